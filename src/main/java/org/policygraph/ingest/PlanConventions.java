package org.policygraph.ingest;

import java.util.List;

/**
 * The conventions of Chinese plans the parser relies on, as data ({@code vocabulary/plan-conventions.tsv}): which
 * chapter titles frame or review (their numbered items are sub-sections) and which set tasks (their ——lead-ins are
 * tasks); a chapter dividing the work among bodies (任务分工: 二、主要目标和任务分工安排) sets tasks although its title names
 * the goals. Matching is by containment in the chapter title.
 */
record PlanConventions(List<String> nonTaskChapters, List<String> taskChapters, List<String> divisionChapters,
                       List<String> planTitleEndings, List<String> reportOpenings, List<String> principlesChapters,
                       List<String> plannedFigures, List<String> addresses,
                       List<String> reportMarks) {

    static final String FILE = "vocabulary/plan-conventions.tsv";

    PlanConventions(List<String> nonTaskChapters, List<String> taskChapters) {
        this(nonTaskChapters, taskChapters, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static PlanConventions read(SeedSource source) {
        TsvTable table = TsvTable.read(source, FILE, "kind", "phrase");
        List<String> nonTask = new java.util.ArrayList<>();
        List<String> task = new java.util.ArrayList<>();
        List<String> division = new java.util.ArrayList<>();
        List<String> planTitles = new java.util.ArrayList<>();
        List<String> reports = new java.util.ArrayList<>();
        List<String> principles = new java.util.ArrayList<>();
        List<String> planned = new java.util.ArrayList<>();
        List<String> addresses = new java.util.ArrayList<>();
        List<String> marks = new java.util.ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String phrase = row.required("phrase");
            switch (row.required("kind")) {
                case "NON_TASK_CHAPTER" -> nonTask.add(phrase);
                case "TASK_CHAPTER" -> task.add(phrase);
                case "DIVISION_CHAPTER" -> division.add(phrase);
                case "PLAN_TITLE_ENDING" -> planTitles.add(phrase);
                case "REPORT_OPENING" -> reports.add(phrase);
                case "PRINCIPLES_CHAPTER" -> principles.add(phrase);
                case "PLANNED_FIGURE" -> planned.add(phrase);
                case "ADDRESS" -> addresses.add(phrase);
                case "REPORT_MARK" -> marks.add(phrase);
                default -> throw row.error("kind '" + row.get("kind") + "' is not NON_TASK_CHAPTER, TASK_CHAPTER, "
                        + "DIVISION_CHAPTER, PLAN_TITLE_ENDING, REPORT_OPENING, PRINCIPLES_CHAPTER, PLANNED_FIGURE, ADDRESS or REPORT_MARK");
            }
        }
        return new PlanConventions(List.copyOf(nonTask), List.copyOf(task), List.copyOf(division),
                List.copyOf(planTitles), List.copyOf(reports), List.copyOf(principles), List.copyOf(planned),
                List.copyOf(addresses), List.copyOf(marks));
    }

    /**
     * Whether a text's heading names it a plan: its head (before a "：" opening a slogan, "2025年工作任务：勇创佳绩…")
     * ends with a word naming a kind of plan ("…工作计划", "…主要工作安排和任务分解"). A headline reporting a plan
     * ("…行动方案发布", "…方案出台") does not end with one.
     */
    boolean namesAPlan(String heading) {
        String head = heading.split("[：:]", 2)[0].strip();
        return planTitleEndings.stream().anyMatch(head::endsWith);
    }

    /** Whether a text states a figure a plan set, as an account of the plan's execution does ("当年计划投资63.27亿元"). */
    boolean statesAPlannedFigure(String text) {
        return plannedFigures.stream().anyMatch(text::contains);
    }

    /**
     * Whether a line is a speech's address to its audience ("各位代表：", "同志们："): a short line naming those addressed
     * ({@code ADDRESS} phrases), maybe closed by a colon. It heads nothing: what a speech says after it is its text.
     */
    boolean isAddress(String line) {
        String head = line.strip().replaceFirst("[：:]$", "");
        return addresses.stream().anyMatch(head::equals);
    }

    /**
     * Whether a line of a text's lead reads as a news report's: it opens as one ({@link #opensAReport}) or holds a
     * dateline's or a byline's word ({@code REPORT_MARK}: "武汉讯(记者…)", "极目新闻记者 某某", "…网获悉"). Said when a
     * text is refused, so that the editor sees why.
     */
    boolean marksAReport(String line) {
        return opensAReport(line) || reportMarks.stream().anyMatch(line::contains);
    }

    /** Whether a paragraph opens as a news report does ("本报讯", "记者从市政府获悉"). */
    boolean opensAReport(String paragraph) {
        return reportOpenings.stream().anyMatch(paragraph::startsWith);
    }

    /**
     * These conventions for the chapters of a covering notice printed without its plan (一、…情况 二、工作要求): every
     * chapter and item frames, none sets the plan's tasks.
     */
    PlanConventions noticeChapters() {
        return new PlanConventions(List.of(""), List.of(), List.of(), planTitleEndings, reportOpenings,
                principlesChapters, plannedFigures, addresses, reportMarks);
    }

    boolean isNonTaskChapter(String title) {
        return title != null && nonTaskChapters.stream().anyMatch(title::contains)
                && divisionChapters.stream().noneMatch(title::contains);
    }

    /** A section title or an item's lead phrase naming a non-task part by its head: "主要目标完成情况". */
    boolean opensWithNonTaskPhrase(String title) {
        return title != null && nonTaskChapters.stream().anyMatch(title::startsWith);
    }

    /**
     * Whether a section's title names the plan's principles or guiding ideas (基本原则, 指导思想): its prose says how the
     * work is to be done ("各区市县各部门协同配合市级统一建设"), it charges no one with a task.
     */
    boolean isPrinciplesChapter(String title) {
        return title != null && principlesChapters.stream().anyMatch(title::contains);
    }

    boolean isTaskChapter(String title) {
        return title != null && !isNonTaskChapter(title) && taskChapters.stream().anyMatch(title::contains);
    }
}
