package org.policygraph.ingest;

import java.util.List;
import java.util.Set;

import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.SourceRef;

/**
 * RESTATES: a task-table row repeats (often shortened or slightly reworded) a passage of the body. The row is linked
 * to the candidate whose text contains the largest share of the row's character bigrams; the layout chooses the
 * candidates (001: the tasks of the body section matching the table's title; 003: the body sections).
 */
final class RestatementMatcher {

    /** Below this share of shared bigrams a row is not said to restate anything (a warning is recorded instead). */
    static final double MIN_CONTAINMENT = 0.5;
    /** Table title ↔ section title similarity needed to narrow a table's candidates to one section's tasks. */
    private static final double MIN_TITLE_SIMILARITY = 0.6;

    private RestatementMatcher() {
    }

    /** Ids of the body Measures under the sub-section whose title matches {@code tableTitle}; all body measures if none does. */
    static List<String> measuresOfMatchingSection(DocumentDraft draft, String tableTitle) {
        Set<String> titleGrams = NormalizedText.bigrams(tableTitle);
        DocumentDraft.Section best = null;
        double bestScore = 0;
        for (DocumentDraft.Section section : draft.sections) {
            if (!isSubSection(section)) {
                continue;
            }
            Set<String> grams = NormalizedText.bigrams(section.title);
            double score = Math.min(NormalizedText.containment(titleGrams, grams),
                    NormalizedText.containment(grams, titleGrams));
            if (score > bestScore) {
                best = section;
                bestScore = score;
            }
        }
        String parentId = best != null && bestScore >= MIN_TITLE_SIMILARITY ? best.id : null;
        return draft.measures.stream()
                .filter(m -> m.bodyMeasure && (parentId == null || parentId.equals(m.parentId)))
                .map(m -> m.id)
                .toList();
    }

    /** Ids of the body sub-sections （一）… that have text of their own. */
    static List<String> sectionsWithText(DocumentDraft draft) {
        return draft.sections.stream()
                .filter(s -> isSubSection(s) && s.ownText != null && !s.text.isBlank())
                .map(s -> s.id)
                .toList();
    }

    private static boolean isSubSection(DocumentDraft.Section section) {
        return section.location.contains("(") && section.location.endsWith(")");
    }

    static void link(DocumentDraft draft) {
        for (DocumentDraft.Measure row : draft.measures) {
            if (row.restateCandidates.isEmpty()) {
                continue;
            }
            Set<String> rowGrams = NormalizedText.bigrams(row.text);
            String bestId = null;
            double bestScore = -1;
            for (String candidateId : row.restateCandidates) {
                double score = NormalizedText.containment(rowGrams, NormalizedText.bigrams(textOf(draft, candidateId)));
                if (score > bestScore) {
                    bestId = candidateId;
                    bestScore = score;
                }
            }
            if (bestId == null || bestScore < MIN_CONTAINMENT) {
                draft.warnings.add(row.where + ": " + row.location + " restates no body passage clearly (best "
                        + bestId + " shares " + Math.round(bestScore * 100) + "% of its bigrams); no RESTATES link");
                continue;
            }
            draft.link(new LinkRecord(LinkType.RESTATES, row.id, bestId,
                    new SourceRef(draft.documentId(), row.location, draft.quote(row.quote))), row.where);
        }
    }

    private static String textOf(DocumentDraft draft, String id) {
        DocumentDraft.Measure measure = draft.measure(id);
        if (measure != null) {
            return measure.text;
        }
        DocumentDraft.Section section = draft.section(id);
        return section == null ? "" : section.text;
    }
}
