package org.policygraph.ingest.indicator;

import static org.policygraph.ingest.indicator.Clauses.startsWithAny;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.policygraph.model.TargetComparator;

/**
 * The words printed right before a figure that say how it relates to what it measures: growth and decrease verbs
 * (增长, 下降), verbs of level (达到, 提高到), the bound words of {@link TargetBounds} (超过, 不少于, 约 …), the reporting
 * cues 有近 and 仅, 各 (each) and 力争 (aspirational). They are peeled off the end of the text before the figure, longest
 * first; what is left names it.
 */
final class ComparatorVerbs {

    private enum Tok { GROWTH, GROWTH_NEG, EXCEED, AT_LEAST, AT_MOST, ABOUT, EQUAL, NEUTRAL, ASPIRATION, CUE_ABOUT, CUE,
        EACH }

    private record VerbToken(String text, Tok type) {
    }

    /** Tokens stripped from the end of the text before a number, longest first. */
    private final List<VerbToken> verbTokens;
    /** Verbs that state a level reached: under a 期间 span, the value is the level at the span's end. */
    private final List<String> levelVerbs;

    ComparatorVerbs(TargetBounds bounds, IndicatorWords words) {
        this.verbTokens = buildVerbTokens(bounds, words);
        this.levelVerbs = words.of(IndicatorWords.Kind.LEVEL_VERB);
    }

    /**
     * The verb tokens: growth and decrease verbs ({@link IndicatorWords}), verbs of level and cues, and the bound words
     * printed before a figure ({@link TargetBounds}: 超过, 不少于, 不超过, 约 …), each giving its comparator.
     */
    private static List<VerbToken> buildVerbTokens(TargetBounds bounds, IndicatorWords words) {
        List<VerbToken> t = new ArrayList<>();
        for (String s : words.of(IndicatorWords.Kind.GROWTH_VERB)) {
            t.add(new VerbToken(s, Tok.GROWTH));
        }
        for (String s : words.of(IndicatorWords.Kind.DECREASE_VERB)) {
            t.add(new VerbToken(s, Tok.GROWTH_NEG));
        }
        // a bound word longer than one inside it (不超过 / 超过, 不低于 / 低于) is peeled first: the list is sorted below
        bounds.before().forEach((word, comparator) -> t.add(new VerbToken(word, switch (comparator) {
            case EXCEED -> Tok.EXCEED;
            case AT_LEAST -> Tok.AT_LEAST;
            case AT_MOST -> Tok.AT_MOST;
            case ABOUT -> Tok.ABOUT;
            default -> Tok.EQUAL;
        })));
        for (String s : new String[] {"累计达", "高达", "达到", "达", "提高到", "提高至", "提升至", "提升到", "增长至",
                "增长到", "下降到", "下降至", "降至", "降到", "扩大至", "扩大到", "增加到", "增加至", "保持在", "稳定在", "为",
                "下达", "实现", "压缩至", "压缩到", "压减至", "压减到", "缩短至", "缩短到", "减少至", "减少到", "缩小到", "缩小至",
                "上升到", "上升至"}) {
            if (!bounds.before().containsKey(s)) {
                t.add(new VerbToken(s, Tok.EQUAL));
            }
        }
        t.add(new VerbToken("有近", Tok.CUE_ABOUT));
        t.add(new VerbToken("仅", Tok.CUE));
        t.add(new VerbToken("各", Tok.EACH));
        t.add(new VerbToken("力争", Tok.ASPIRATION));
        t.sort(Comparator.comparingInt((VerbToken v) -> v.text().length()).reversed());
        return List.copyOf(t);
    }

    /** What peeling the words before a figure found. */
    static final class Peeled {
        /** The text before the figure without the peeled words: its name. */
        String rest;
        /** The first growth or decrease verb peeled ("年均增长"), or null. */
        String growthToken;
        /** The growth verb is one of decrease. */
        boolean negative;
        /** The comparator the nearest bound word gives, or null. */
        TargetComparator comparator;
        boolean levelVerb;
        boolean reportingCue;
        boolean aspirational;
        boolean each;
    }

    /** Peels the comparator, growth and cue words off the end of {@code pre}, the text before a figure. */
    Peeled peel(String pre) {
        Peeled p = new Peeled();
        String rest = pre;
        boolean negative = false;
        TargetComparator verbCmp = null;
        boolean peeled = true;
        while (peeled && !rest.isEmpty()) {
            peeled = false;
            for (VerbToken vt : verbTokens) {
                if (!rest.endsWith(vt.text())) {
                    continue;
                }
                int before = rest.length() - vt.text().length() - 1;
                if (vt.text().startsWith("年") && before >= 0 && Character.isDigit(rest.charAt(before))) {
                    continue; // "比2020年增长": 年 ends a year, it does not start 年增长
                }
                rest = rest.substring(0, rest.length() - vt.text().length());
                peeled = true;
                if (startsWithAny(vt.text(), levelVerbs) || vt.text().startsWith("累计")) {
                    p.levelVerb = true;
                }
                switch (vt.type()) {
                    case GROWTH -> p.growthToken = p.growthToken == null ? vt.text() : p.growthToken;
                    case GROWTH_NEG -> {
                        if (p.growthToken == null) {
                            p.growthToken = vt.text();
                            negative = true;
                        }
                    }
                    case EXCEED -> verbCmp = verbCmp == null ? TargetComparator.EXCEED : verbCmp;
                    case AT_LEAST -> verbCmp = verbCmp == null ? TargetComparator.AT_LEAST : verbCmp;
                    case AT_MOST -> verbCmp = verbCmp == null ? TargetComparator.AT_MOST : verbCmp;
                    case ABOUT -> verbCmp = verbCmp == null ? TargetComparator.ABOUT : verbCmp;
                    case CUE_ABOUT -> {
                        verbCmp = verbCmp == null ? TargetComparator.ABOUT : verbCmp;
                        p.reportingCue = true;
                    }
                    case CUE -> p.reportingCue = true;
                    case ASPIRATION -> p.aspirational = true;
                    case EACH -> p.each = true;
                    default -> {
                    }
                }
                break;
            }
        }
        p.rest = rest;
        p.negative = negative;
        p.comparator = verbCmp;
        return p;
    }
}
