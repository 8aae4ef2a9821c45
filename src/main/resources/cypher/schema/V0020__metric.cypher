// Metric (graph-seed/vocabulary/metrics.tsv): a quantity followed across plans; merged on its stable id.
CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
