package org.policygraph.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list printed one task a line, with no numbering, right after the words announcing it with its count, as a news page
 * prints the year's projects of a work report ("…接续办好15件重点民生实事。具体包括:" ⏎ "新开工改造城镇老旧小区3011万平方米。"
 * ⏎ … fifteen lines, each a sentence). Nothing marks where the list ends but the count: the lines are the list's tasks
 * only when the run of unnumbered sentence lines after the words leading in holds exactly as many lines as announced.
 * Fewer or more lines (a page's paragraphs after a colon), a count too small to make a list, or words leading in that
 * do not close with a colon read as no list.
 */
final class AnnouncedLines {

    /** The fewest tasks that make the lines a list. */
    static final int MIN_LINES = 3;
    /** The words leading into the list close with a colon: "具体包括:", "分别是：". */
    private static final Pattern LEAD_INTO_LIST = Pattern.compile("[：:]\\s*$");
    /** A count of the list's items: "15件", "十件", "20项", "十大". */
    private static final Pattern COUNT = Pattern.compile(
            "(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*(?:件|项|个|大|条)");
    /** A sentence end, splitting the words leading in into sentences. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！!？?]");
    /** How many sentences before the colon may announce the count: the sentence closing with it and the one before. */
    private static final int COUNT_WITHIN = 2;
    /** A line opened by a number of an outline or a list: "1." "（一）" "一、" "①". */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:\\d{1,2}\\s*" + ItemNumbers.CLOSING_MARK_AT_LINE_START + "|" + ItemNumbers.BRACKETED_NUMBER
                    + "|[（(]\\s*[一二三四五六七八九十]+\\s*[）)]|[一二三四五六七八九十]+、|[①-⑳])");

    private AnnouncedLines() {
    }

    /**
     * How many of {@code lines} (the text lines after {@code lead}, cleaned, in order) are the tasks of the list
     * {@code lead} announces: its count, when that many lines and no more run on as unnumbered sentences; else 0.
     */
    static int listed(String lead, List<String> lines) {
        int count = announced(lead);
        if (count < MIN_LINES) {
            return 0;
        }
        int run = 0;
        while (run < lines.size() && isUnnumberedSentence(lines.get(run))) {
            run++;
        }
        return run == count ? count : 0;
    }

    /** The count announced in the words leading into a list (the last in the last two sentences), or -1. */
    static int announced(String lead) {
        Matcher colon = LEAD_INTO_LIST.matcher(lead);
        if (!colon.find()) {
            return -1;
        }
        String[] sentences = SENTENCE_END.split(lead.substring(0, colon.start()));
        for (int i = sentences.length - 1; i >= Math.max(0, sentences.length - COUNT_WITHIN); i--) {
            Matcher count = COUNT.matcher(sentences[i]);
            int value = -1;
            while (count.find()) {
                String number = count.group(1);
                value = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number)
                        : OutlineParser.numeralValue(number);
            }
            if (value > 0) {
                return value;
            }
        }
        return -1;
    }

    private static boolean isUnnumberedSentence(String line) {
        return PlanParser.isSentenceLine(line) && !NUMBERED.matcher(line).find();
    }
}
