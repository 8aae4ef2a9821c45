package org.policygraph.ingest;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page summarising a government work report's plan for the year often prints no title, no outline and no task
 * table: it opens with the year's targets in the plan's own voice ("全市经济社会发展主要预期目标是：地区生产总值增长
 * 5.5%以上，…。"), maybe after the plan's general requirements ("2024年政府工作总体要求：" ⏎ "坚持以…。"), then its tasks
 * as unnumbered headings and paragraphs. Such an opening names the text a plan as a title would: the plan whose targets
 * these are, named by the words announcing them ("全市经济社会发展主要预期目标").
 * <p>
 * A department's notice of progress opens the same way, relaying the targets set for the year with what they come
 * from ("根据省政府工作报告，2021年重点民生实事（…）目标任务为：开工改造小区1500个，…。截至8月底，已开工…"): the plan whose
 * targets these are is named by the words announcing them too.
 * <p>
 * What separates it from a news report of the same plan is the voice: the statement of the targets opens its line with
 * no clause before it but that basis (a report says "会议提出，今年…主要预期目标是：" or opens with 本报讯, 记者),
 * states figures with their units on its line or on the line after it, and nothing but the plan's framing parts (a
 * heading naming 总体要求, 指导思想 … and its paragraphs) stands before it (a report opens with a headline or a dateline of events).
 */
final class GoalsOpening {

    private GoalsOpening() {
    }

    /**
     * "根据省政府工作报告，": the clause a plan's own statement of its targets may open with, naming what the targets
     * come from (根据, 按照, 依据 …), as a department's notice relays the year's targets the government set. A report's
     * clause saying who set them ("会议提出，") is no such basis.
     */
    private static final String BASIS = "(?:(?:根据|按照|依据)[^。；;：:，,！!？?]{1,40}[，,])?";
    /**
     * "全市经济社会发展主要预期目标是：…", "2024年发展主要预期目标：", "…主要预期目标建议为：", "…目标任务为：", maybe after
     * the targets' basis ({@link #BASIS}): the words announcing the targets (group 1, no clause break in them), then
     * what the line states after the colon (group 2).
     */
    private static final Pattern STATEMENT = Pattern.compile(
            "^" + BASIS + "([^。；;：:，,！!？?]{0,60}目标(?:任务)?)" + PlanParser.GOALS_VERB + "[：:](.*)$");
    /** The longest heading of a framing part before the targets ("2024年政府工作总体要求："). */
    private static final int MAX_FRAMING_HEADING = TableCaptions.MAX_HEADING;

    /**
     * The name of the plan whose targets the text opens with, or null.
     *
     * @param lines the text's lines, cleaned, in order, blank lines and table rows left out
     * @param statesAFigure whether a line states a figure with its unit
     */
    static String planNamed(List<String> lines, PlanConventions conventions,
                            Predicate<String> statesAFigure) {
        boolean framing = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            Matcher statement = STATEMENT.matcher(text);
            if (statement.matches() && !conventions.opensAReport(text)) {
                boolean figures = statesAFigure.test(statement.group(2))
                        || statement.group(2).isBlank() && i + 1 < lines.size() && statesAFigure.test(lines.get(i + 1));
                return figures ? statement.group(1) : null;
            }
            if (isFramingHeading(text, conventions)) {
                framing = true;
            } else if (!framing || !endsASentence(text)) {
                return null;
            }
        }
        return null;
    }

    /** A short line heading a part that frames the plan ("2024年政府工作总体要求：", "指导思想"), no sentence. */
    private static boolean isFramingHeading(String text, PlanConventions conventions) {
        String head = text.replaceFirst("[：:]$", "");
        return head.length() <= MAX_FRAMING_HEADING && !endsASentence(head) && !head.matches(".*[，,。；;：:].*")
                && conventions.isNonTaskChapter(head);
    }

    private static boolean endsASentence(String text) {
        return !text.isEmpty() && "。；;！!？?".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
