package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.model.InitiativeRecord;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.ParkRecord;
import org.policygraph.model.SourceRef;

/**
 * CONCERNS (Measure → Park) and ADVANCES (Measure → Initiative): a measure whose text names a park or initiative by
 * its name or an alias. Matching is longest-first and non-overlapping (so 光谷生物城 is not also read as 光谷), on
 * the measure's raw text with OCR spaces ignored; the quote is the raw sentence containing the first mention.
 */
final class MentionLinker {

    private record Term(String spelling, String targetId) {
    }

    private final List<Term> parkTerms;
    private final List<Term> initiativeTerms;

    MentionLinker(SeedVocabulary vocabulary) {
        List<Term> parks = new ArrayList<>();
        for (ParkRecord park : vocabulary.vocabulary().parks()) {
            parks.add(new Term(normalize(park.name()), park.id()));
            park.aliases().forEach(alias -> parks.add(new Term(normalize(alias), park.id())));
        }
        List<Term> initiatives = new ArrayList<>();
        for (InitiativeRecord initiative : vocabulary.vocabulary().initiatives()) {
            initiatives.add(new Term(normalize(initiative.name()), initiative.id()));
            initiative.aliases().forEach(alias -> initiatives.add(new Term(normalize(alias), initiative.id())));
        }
        this.parkTerms = longestFirst(parks);
        this.initiativeTerms = longestFirst(initiatives);
    }

    void link(DocumentDraft draft) {
        for (DocumentDraft.Measure measure : draft.measures) {
            NormalizedText text = NormalizedText.of(draft.source.raw(), measure.quote.start(), measure.quote.end());
            linkMentions(draft, measure, text, parkTerms, LinkType.CONCERNS);
        }
        for (DocumentDraft.Measure measure : draft.measures) {
            NormalizedText text = NormalizedText.of(draft.source.raw(), measure.quote.start(), measure.quote.end());
            linkMentions(draft, measure, text, initiativeTerms, LinkType.ADVANCES);
        }
    }

    private static void linkMentions(DocumentDraft draft, DocumentDraft.Measure measure, NormalizedText text,
                                     List<Term> terms, LinkType type) {
        Map<String, int[]> firstMention = new LinkedHashMap<>();
        String normalized = text.text();
        int i = 0;
        while (i < normalized.length()) {
            Term match = null;
            for (Term term : terms) {
                if (normalized.startsWith(term.spelling(), i)) {
                    match = term;
                    break;
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            if (!namesAField(normalized, i + match.spelling().length())) {
                firstMention.putIfAbsent(match.targetId(), new int[] {i, i + match.spelling().length()});
            }
            i += match.spelling().length();
        }
        firstMention.forEach((targetId, at) -> {
            int[] sentence = text.sentenceAround(at[0], at[1]);
            String quote = draft.source.raw().substring(sentence[0], sentence[1]);
            draft.link(new LinkRecord(type, measure.id, targetId,
                    new SourceRef(draft.documentId(), measure.location, quote)), measure.where);
        });
    }

    /**
     * True where the mention just ended is an item of a list of fields ("自贸区、供应链、跨境贸易等重点领域专业人才"):
     * there the zone's name stands for a line of work, not the place.
     */
    static boolean namesAField(String text, int mentionEnd) {
        if (mentionEnd >= text.length() || text.charAt(mentionEnd) != '、') {
            return false;
        }
        int clauseEnd = mentionEnd;
        while (clauseEnd < text.length() && "，,。；;：:".indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        return FIELD_LIST_END.matcher(text.substring(mentionEnd, clauseEnd)).find();
    }

    private static final java.util.regex.Pattern FIELD_LIST_END = java.util.regex.Pattern.compile("等[^、]{0,6}领域");

    private static List<Term> longestFirst(List<Term> terms) {
        List<Term> sorted = new ArrayList<>(terms.stream().filter(t -> !t.spelling().isEmpty()).toList());
        sorted.sort(Comparator.comparingInt((Term t) -> t.spelling().length()).reversed()
                .thenComparing(Term::spelling));
        return sorted;
    }

    private static String normalize(String spelling) {
        return spelling.replaceAll("\\s", "");
    }
}
