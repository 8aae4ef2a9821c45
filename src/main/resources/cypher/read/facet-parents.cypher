// The parents a root measure filter names (a department in a role, a park, an initiative: MeasureConditions.Parents),
// at most two: where the name is one node's name or alias, the filter's measures are that node's list and their facets
// are its stored counts (read/measure-facets-counted); a name two nodes share is counted over the matches instead.
{{PARENTS}}
RETURN parent.id AS id
LIMIT 2
