package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("UNKNOWN_DEPARTMENT: a 负责部门 name the vocabulary lacks (no link made); UNMATCHED_NAME: a phrase that looks like a department or park name but matches nothing; UNPARSED_LINES: text lines that became no fact; PARSER: anything else the parser reported.")
public enum IngestWarningKind { UNKNOWN_DEPARTMENT, UNMATCHED_NAME, UNPARSED_LINES, PARSER }
