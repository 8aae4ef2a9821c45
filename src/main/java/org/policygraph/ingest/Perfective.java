package org.policygraph.ingest;

import java.util.regex.Pattern;

/**
 * A verb completed by 了 ("进行了", "完成了", "迈上了"): what a text reports as done, not what a plan sets. The one
 * definition for the prose-role reader (a role clause that reports who did something sets no role) and for the reading
 * of a text that opens as a review of its year.
 */
public final class Perfective {

    /** 了 after a Han character, not in the words that merely hold it (为了, 除了, 罢了, 不了, 了解, 了如指掌). */
    public static final Pattern VERB = Pattern.compile("(?<=[\\p{IsHan}&&[^为除罢不]])了(?![解如])");

    private Perfective() {
    }
}
