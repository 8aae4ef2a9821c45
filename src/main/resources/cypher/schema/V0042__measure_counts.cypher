// A data migration, run once: the measure counts that answer totalCount without counting (seed/measure-counts keeps
// them from this release on, in every write's own transaction): each department's roles on measures by type, each
// document's measures. Absolute values, so a run cut short (or repeated) just computes them again. A few parents per
// transaction (CALL ... IN TRANSACTIONS, which the runner sends in an auto-commit transaction). The migrate Job runs it
// before the release serves; writes of the previous release after it would not keep the counts (as for V0041's keys).
MATCH (d:Department)
CALL (d) {
  SET d.measuresLed = COUNT { (d)-[:LEADS]->(:Measure) },
      d.measuresSupported = COUNT { (d)-[:SUPPORTS]->(:Measure) },
      d.measuresCoordinated = COUNT { (d)-[:COORDINATES]->(:Measure) }
} IN TRANSACTIONS OF 50 ROWS;
MATCH (doc:Document)
CALL (doc) {
  SET doc.measureCount = COUNT { (:Measure {documentId: doc.id}) }
} IN TRANSACTIONS OF 200 ROWS;
