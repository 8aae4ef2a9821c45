package org.policygraph.ingest;

import java.util.List;

/**
 * The conventions of Chinese plans the parser relies on, as data ({@code vocabulary/plan-conventions.tsv}): which
 * chapter titles frame or review (their numbered items are sub-sections) and which set tasks (their ——lead-ins are
 * tasks); a chapter dividing the work among bodies (任务分工: 二、主要目标和任务分工安排) sets tasks although its title names
 * the goals. Matching is by containment in the chapter title.
 */
record PlanConventions(List<String> nonTaskChapters, List<String> taskChapters, List<String> divisionChapters) {

    static final String FILE = "vocabulary/plan-conventions.tsv";

    PlanConventions(List<String> nonTaskChapters, List<String> taskChapters) {
        this(nonTaskChapters, taskChapters, List.of());
    }

    static PlanConventions read(SeedSource source) {
        TsvTable table = TsvTable.read(source, FILE, "kind", "phrase");
        List<String> nonTask = new java.util.ArrayList<>();
        List<String> task = new java.util.ArrayList<>();
        List<String> division = new java.util.ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String phrase = row.required("phrase");
            switch (row.required("kind")) {
                case "NON_TASK_CHAPTER" -> nonTask.add(phrase);
                case "TASK_CHAPTER" -> task.add(phrase);
                case "DIVISION_CHAPTER" -> division.add(phrase);
                default -> throw row.error("kind '" + row.get("kind") + "' is not NON_TASK_CHAPTER, TASK_CHAPTER or "
                        + "DIVISION_CHAPTER");
            }
        }
        return new PlanConventions(List.copyOf(nonTask), List.copyOf(task), List.copyOf(division));
    }

    boolean isNonTaskChapter(String title) {
        return title != null && nonTaskChapters.stream().anyMatch(title::contains)
                && divisionChapters.stream().noneMatch(title::contains);
    }

    /** A section title or an item's lead phrase naming a non-task part by its head: "主要目标完成情况". */
    boolean opensWithNonTaskPhrase(String title) {
        return title != null && nonTaskChapters.stream().anyMatch(title::startsWith);
    }

    boolean isTaskChapter(String title) {
        return title != null && !isNonTaskChapter(title) && taskChapters.stream().anyMatch(title::contains);
    }
}
