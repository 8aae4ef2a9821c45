package org.policygraph.model;

import java.util.List;

/** The curated vocabularies: departments, parks and initiatives with their aliases. */
public record Vocabulary(List<DepartmentRecord> departments, List<ParkRecord> parks,
                         List<InitiativeRecord> initiatives) {
}
