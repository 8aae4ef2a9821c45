// The audit trail of the write path: one (:Change) per ingest, retraction or alias edit, newest first.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX change_document IF NOT EXISTS FOR (n:Change) ON (n.documentId);
