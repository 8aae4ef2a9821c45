package org.policygraph.api.schema;

public class DepartmentEdge extends Edge<Department> {
}
