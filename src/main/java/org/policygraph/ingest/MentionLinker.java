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

    /**
     * Links mentions of the vocabulary's parks and initiatives; with {@code unknownBodies} (a submitted plan), a
     * park-shaped name the vocabulary lacks becomes an uncurated Park that the measure CONCERNS.
     */
    void link(DocumentDraft draft, UnknownBodies unknownBodies) {
        for (DocumentDraft.Measure measure : draft.measures) {
            NormalizedText text = NormalizedText.of(draft.source.raw(), measure.quote.start(), measure.quote.end());
            List<ParkNames.Found> unknown = unknownBodies == null ? List.of() : unknownParks(text.text());
            linkMentions(draft, measure, text, parkTerms, LinkType.CONCERNS, unknown);
            Map<String, int[]> firstMention = new LinkedHashMap<>();
            for (ParkNames.Found park : unknown) {
                firstMention.putIfAbsent(park.name(), new int[] {park.start(), park.end()});
            }
            firstMention.forEach((name, at) -> {
                int[] sentence = text.sentenceAround(at[0], at[1]);
                String quote = draft.source.raw().substring(sentence[0], sentence[1]);
                boolean first = !unknownBodies.knowsPark(name);
                String id = unknownBodies.park(name, quote, measure.location);
                if (first) {
                    draft.warnings.add(measure.where + ": " + measure.location + ": park or zone '" + name
                            + "' is not in the parks vocabulary (name or alias); kept as an uncurated park "
                            + "(curated: false): add it, or an alias (addParkAlias), to graph-seed");
                }
                draft.link(new LinkRecord(LinkType.CONCERNS, measure.id, id,
                        new SourceRef(draft.documentId(), measure.location, quote)), measure.where);
            });
        }
        for (DocumentDraft.Measure measure : draft.measures) {
            NormalizedText text = NormalizedText.of(draft.source.raw(), measure.quote.start(), measure.quote.end());
            linkMentions(draft, measure, text, initiativeTerms, LinkType.ADVANCES, List.of());
        }
    }

    /**
     * Park-shaped names that are not a vocabulary spelling: "成都高新综合保税区" is its own zone even though it ends in
     * the spelling 综合保税区; a name at most {@link #PREFIX_SLACK} characters longer than a spelling it ends with
     * ("武汉东湖新技术开发区") is that park.
     */
    private List<ParkNames.Found> unknownParks(String text) {
        List<ParkNames.Found> unknown = new ArrayList<>();
        for (ParkNames.Found park : ParkNames.in(text)) {
            boolean known = parkTerms.stream().anyMatch(t -> park.name().endsWith(t.spelling())
                    && park.name().length() - t.spelling().length() <= PREFIX_SLACK);
            if (!known) {
                unknown.add(park);
            }
        }
        return unknown;
    }

    private static final int PREFIX_SLACK = 2;

    /** Vocabulary mentions; none inside a span of {@code claimed} (a longer name of an uncurated park). */
    private static void linkMentions(DocumentDraft draft, DocumentDraft.Measure measure, NormalizedText text,
                                     List<Term> terms, LinkType type, List<ParkNames.Found> claimed) {
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
            int from = i;
            int to = i + match.spelling().length();
            boolean insideClaimed = claimed.stream().anyMatch(c -> c.start() <= from && to <= c.end());
            if (!insideClaimed && !namesAField(normalized, i + match.spelling().length())) {
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
