package org.policygraph.model;

import java.util.List;

/** The curated vocabularies: departments, parks and initiatives with their aliases; generic actors. */
public record Vocabulary(List<DepartmentRecord> departments, List<ParkRecord> parks,
                         List<InitiativeRecord> initiatives, List<GenericActorRecord> genericActors) {

    public Vocabulary(List<DepartmentRecord> departments, List<ParkRecord> parks, List<InitiativeRecord> initiatives) {
        this(departments, parks, initiatives, List.of());
    }
}
