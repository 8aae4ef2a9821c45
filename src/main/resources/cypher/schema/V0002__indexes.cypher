// Lookups by name and by owning document, and the filters the API offers.
CREATE INDEX department_name IF NOT EXISTS FOR (n:Department) ON (n.name);
CREATE INDEX park_name IF NOT EXISTS FOR (n:Park) ON (n.name);
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
CREATE INDEX document_doc_number IF NOT EXISTS FOR (n:Document) ON (n.docNumber);
CREATE INDEX section_document IF NOT EXISTS FOR (n:Section) ON (n.documentId);
CREATE INDEX measure_document IF NOT EXISTS FOR (n:Measure) ON (n.documentId);
CREATE INDEX indicator_document IF NOT EXISTS FOR (n:Indicator) ON (n.documentId);
CREATE INDEX indicator_year IF NOT EXISTS FOR (n:Indicator) ON (n.year);
// Chinese full-text search over measures and sections: the cjk analyzer indexes character bigrams,
// so queries need at least two characters.
CREATE FULLTEXT INDEX text_search IF NOT EXISTS FOR (n:Measure|Section) ON EACH [n.title, n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
