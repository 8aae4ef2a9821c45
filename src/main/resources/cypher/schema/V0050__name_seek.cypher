// department(name:), park(name:), … find a node by its canonical name with a seek on the label's name index before
// they look up aliases in name_lookup (read: graph/NameLookup). Department, Park and Initiative have theirs since V0002;
// Metric and GenericActor get theirs here.
CREATE INDEX metric_name IF NOT EXISTS FOR (n:Metric) ON (n.name);
CREATE INDEX generic_actor_name IF NOT EXISTS FOR (n:GenericActor) ON (n.name);
