package org.policygraph.ingest.indicator;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share phrased around its noun: "实现 5G 网络 80% 以上区域覆盖" (a SHARE_NOUN after it), "90%以上乡镇实现…" (a share
 * opening its clause, then what it is a share of and what that does), "建成区20%以上面积达到…" (the AREA it is of). Such
 * a share ends its statement though a noun follows, and is named by the clause around it.
 */
final class ShareNouns {

    /** A causative verb before a share of what follows: "使90%以上城镇家庭具备千兆接入能力". */
    private static final Pattern CAUSATIVE = Pattern.compile("使得?|让");

    /** The area a share is of, printed right after it: "建成区20%以上面积达到…" (AREA). */
    private final List<String> areaWords;
    /** Nouns a share phrased around its noun ends on (SHARE_NOUN words): "实现 5G 网络 80% 以上区域覆盖". */
    private final Pattern shareNoun;
    /** A share opening its clause, then the noun it is a share of and what that does (SHARE_VERB): "90%以上乡镇实现…". */
    private final Pattern shareOfWhatFollows;
    private final IndicatorNames naming;

    ShareNouns(IndicatorWords words, IndicatorNames naming) {
        this.naming = Objects.requireNonNull(naming, "naming");
        this.areaWords = words.of(IndicatorWords.Kind.AREA);
        // the word lists below are read in the order the file prints them (IndicatorWords#inOrder), as the Java
        // alternations they replace were
        this.shareNoun = Pattern.compile("^[^，,。；;：:、]{0,12}?(" + words.inOrder(IndicatorWords.Kind.SHARE_NOUN) + ")");
        this.shareOfWhatFollows = Pattern.compile("[^，,。；;：:、（()）\\d]{1,12}?"
                + words.inOrder(IndicatorWords.Kind.SHARE_VERB));
    }

    /** Nothing but (a causative verb) stands before a share opening its clause ("90%以上乡镇实现…", "使90%以上…"). */
    boolean opensClause(String clauseBefore) {
        String before = naming.clean(clauseBefore);
        return before.isEmpty() || CAUSATIVE.matcher(before).matches();
    }

    /** The SHARE_NOUN the text after a share runs to: "…80%以上区域覆盖". */
    Matcher noun(CharSequence after) {
        return shareNoun.matcher(after);
    }

    /** What a share opening its clause is of, and what that does: "乡镇实现…". */
    Matcher ofWhatFollows(CharSequence text) {
        return shareOfWhatFollows.matcher(text);
    }

    /** The AREA words a share of an area is printed before. */
    List<String> areaWords() {
        return areaWords;
    }
}
