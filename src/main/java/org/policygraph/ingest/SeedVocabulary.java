package org.policygraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.model.EditorAliases;
import org.policygraph.model.Vocabulary;

/**
 * The curated vocabularies as read: the model's {@link Vocabulary} plus the phrases that look like departments but
 * are not (各相关部门 ...), the grammar that recognises the generic actors no list holds, the endings of a body's name
 * ({@link BodyNameEndings}), and where each id was defined (for error messages).
 */
public record SeedVocabulary(Vocabulary vocabulary, Set<String> notDepartments, Map<String, String> definedAt,
                             PlanConventions conventions, GenericActorGrammar genericActorGrammar,
                             ResponsibilityLabels responsibilityLabels, BodyNameEndings bodyNameEndings) {

    public boolean hasDepartment(String id) {
        return vocabulary.departments().stream().anyMatch(d -> d.id().equals(id));
    }

    /** The place of the department {@code id} (departments.tsv's place), null when it has none or is unknown. */
    public String placeOf(String id) {
        return vocabulary.departments().stream().filter(d -> d.id().equals(id)).map(d -> d.place())
                .filter(p -> p != null).findFirst().orElse(null);
    }

    public boolean hasPark(String id) {
        return vocabulary.parks().stream().anyMatch(p -> p.id().equals(id));
    }

    public boolean hasGenericActor(String id) {
        return vocabulary.genericActors().stream().anyMatch(g -> g.id().equals(id));
    }

    public boolean hasInitiative(String id) {
        return vocabulary.initiatives().stream().anyMatch(i -> i.id().equals(id));
    }

    /** This vocabulary with the aliases editors added (a submitted document is read with them). */
    public SeedVocabulary with(EditorAliases aliases) {
        return new SeedVocabulary(aliases.applyTo(vocabulary), notDepartments, definedAt, conventions,
                genericActorGrammar, responsibilityLabels, bodyNameEndings);
    }
}
