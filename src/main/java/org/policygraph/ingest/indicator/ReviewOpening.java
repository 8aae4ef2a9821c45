package org.policygraph.ingest.indicator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.Perfective;

/**
 * A text that opens as a review of one year: its first paragraph opens with the year and a comma, and its first
 * sentence tells what was done in it ("2024年,某市坚持…,全力推动…工作迈上了新台阶,全市经济持续回升向好。"), as a
 * year's work summary, the review page of a city site or the opening of a work report's review printed without its
 * heading do. The figures of such a text are that year's results, whatever heading (or none) they stand under, unless a
 * heading of their own says what is to be done ({@link ReviewHeadings}).
 *
 * <p>A plan opening with its year reads otherwise: "2024年,奉贤区乡村振兴工作将坚持…", "2022年,我县“三农”工作要以…为
 * 指导", "2026年,全区经济社会发展的主要预期目标是:…" — no verb of the sentence is completed (了), or the sentence looks
 * ahead (将, 力争, 拟). A text printing a year after the one it opens with looks ahead to it ("2023年,…取得了…成效。
 * 2024年工作目标:…"): it is no review of one year.
 */
final class ReviewOpening {

    private ReviewOpening() {
    }

    /** How far into a text its opening paragraph is looked for (a title and a salutation may stand before it). */
    private static final int OPENING_REACH = 600;

    /** The end of the opening sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?\n]");

    /** A sentence that looks ahead: 将 (will), 力争 (strive to), 拟 (intend to). */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("将|力争|拟");

    /**
     * A year printed in the text; a document number's year ("〔2024〕") is another document's, and a full date
     * ("2025年1月6日", the day a report was delivered) dates the writing, not what the text is about.
     */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d〔\\[［(（])((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)");

    /**
     * The year the text reviews: the year its opening paragraph opens with, where the paragraph's first sentence
     * completes a verb (了) and does not look ahead, the year is not after the year of issue, and the text prints no
     * later year. Null otherwise.
     */
    static Integer reviewedYear(String text, Integer issued) {
        if (text == null) {
            return null;
        }
        Matcher opening = DocumentYears.OPENING_YEAR_LINE
                .matcher(text.substring(0, Math.min(text.length(), OPENING_REACH)));
        if (!opening.find()) {
            return null;
        }
        int year = Integer.parseInt(opening.group(1));
        if (issued != null && year > issued) {
            return null;
        }
        Matcher end = SENTENCE_END.matcher(text);
        String sentence = text.substring(opening.end(), end.find(opening.end()) ? end.start() : text.length());
        if (!Perfective.VERB.matcher(sentence).find() || LOOKS_AHEAD.matcher(sentence).find()) {
            return null;
        }
        Matcher printed = YEAR.matcher(text);
        while (printed.find()) {
            if (Integer.parseInt(printed.group(1)) > year) {
                return null;
            }
        }
        return year;
    }
}
