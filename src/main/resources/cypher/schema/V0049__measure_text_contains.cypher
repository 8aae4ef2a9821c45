// measures(filter: {textContains:}) on the root list (issue 16): `m.text CONTAINS $v OR m.title CONTAINS $v` had no
// index to use, so the page walked the measures in page-key order and totalCount and the facets read every measure.
// A TEXT index (provider text-2.0: trigrams) answers CONTAINS on one property exactly — for any string, also one
// shorter than three characters — so the matches come from the index, O(matches): one index on the text, one on the
// title (MeasureConditions.textCandidates). The full-text index text_search does not fit: its cjk analyzer makes words
// of Latin letters and digits, so a phrase query misses a substring of a word ("02" in "2025"), and a single Han
// character inside a run of them is no term at all.
CREATE TEXT INDEX measure_text_contains IF NOT EXISTS FOR (n:Measure) ON (n.text);
CREATE TEXT INDEX measure_title_contains IF NOT EXISTS FOR (n:Measure) ON (n.title);
