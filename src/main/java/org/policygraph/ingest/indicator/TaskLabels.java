package org.policygraph.ingest.indicator;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The labels a plan prints before the bodies it gives a task to ("责任单位：", "牵头单位:", "主管部门:"), as the one list
 * of them, {@code vocabulary/responsibility-labels.tsv} (its LABEL rows, read by the role reader,
 * {@code ingest.ResponsibilityLabels}, which builds this): what the figure readers need of a responsibility note, so
 * that a label added to the file is known to both. A figure whose sentence a note closes is the task's, and a note after
 * a value ends its statement.
 */
public final class TaskLabels {

    /** A label followed by its colon, where a note's names start: "责任单位：", "主管部门:". */
    private final String labelled;
    /** A bracket opening with a label: "(责任单位:住建局)", "（牵头单位：市发改委）". */
    private final Pattern note;
    /** A note in brackets closing its paragraph: "…全覆盖。(责任单位:市卫生健康委)". */
    private final Pattern closingNote;
    /** A line opening with a label: "责任单位:市人力资源和社会保障局". */
    private final Pattern line;
    /**
     * What a bracket right after a value opens with when it is a responsibility note, not part of the statement: role
     * words or a label within its first 40 characters ("…60%(牵头单位:市人社局)", "(市发改委牵头)"), or a label on the
     * next line ("…增长7%以上⏎责任单位:…").
     */
    private final Pattern noteAfter;

    /**
     * @param labels the labels as one regular-expression alternation, longest spelling first (a qualifier such as 主要
     *               may be part of it)
     */
    public TaskLabels(String labels) {
        Objects.requireNonNull(labels, "labels");
        this.labelled = "(?:" + labels + ")\\s*[:：]";
        this.note = Pattern.compile("[（(]" + labelled);
        this.closingNote = Pattern.compile("[（(]" + labelled + "[^（()）\\n]{1,60}[）)][。；;]?\\s*$");
        this.line = Pattern.compile(labelled);
        this.noteAfter = Pattern.compile("[（(][^（()）]{0,40}?(?:牵头|配合|负责|" + labels + ")|" + labelled);
    }

    /** Whether a note in brackets opening with a label starts at {@code from} of {@code s}. */
    boolean noteAt(CharSequence s, int from) {
        return note.matcher(s).region(from, s.length()).lookingAt();
    }

    /** Whether {@code rest} of a paragraph holds a labelled note in brackets that closes it. */
    boolean closesWithNote(CharSequence rest) {
        return closingNote.matcher(rest).find();
    }

    /** Whether {@code line} opens with a label. */
    boolean opensLine(CharSequence line) {
        return this.line.matcher(line).lookingAt();
    }

    /** Whether a responsibility note (or a label on the next line) starts at {@code from} of {@code s}. */
    boolean noteAfterAt(CharSequence s, int from) {
        return noteAfter.matcher(s).region(from, s.length()).lookingAt();
    }
}
