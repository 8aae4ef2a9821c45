package org.policygraph.model;

import java.util.List;

/** The curated vocabularies: departments, parks and initiatives with their aliases; generic actors. */
public record Vocabulary(List<DepartmentRecord> departments, List<ParkRecord> parks,
                         List<InitiativeRecord> initiatives, List<GenericActorRecord> genericActors,
                         List<Succession> successions) {

    public Vocabulary(List<DepartmentRecord> departments, List<ParkRecord> parks, List<InitiativeRecord> initiatives) {
        this(departments, parks, initiatives, List.of(), List.of());
    }

    /** Department {@code fromId} was succeeded by {@code toId} (renamed, merged) on {@code since} (YYYY[-MM[-DD]]). */
    public record Succession(String fromId, String toId, String since, String note) {
    }
}
