// The change sequence (write/change): one counter node, and the audit records by their number, which the changes
// subscription polls (read/changes-after).
CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (n:ChangeLog) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_seq IF NOT EXISTS FOR (n:Change) ON (n.seq);
