package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.policygraph.ingest.indicator.TaskLabels;
import org.policygraph.model.LinkType;

/**
 * How plans label who is responsible for a task, as data ({@code vocabulary/responsibility-labels.tsv}): the labels of
 * notes and lines ("牵头单位：", "配合单位：", "责任单位：") with the role each gives, and the words a task table's header
 * cell contains (牵头, 配合, 责任) with the column each names.
 */
final class ResponsibilityLabels {

    static final String FILE = "vocabulary/responsibility-labels.tsv";
    /**
     * A 责任 / 负责 (or grouping: 分类, 分块) header cell longer than this is a task text containing the word, not a
     * column name.
     */
    private static final int MAX_RESPONSIBLE_HEADER = 8;

    /** What a label's names do: lead, support, or named without a role of their own (read from the note). */
    enum Role { LEAD, SUPPORT, COORDINATE, NAMED, RESPONSIBLE, CATEGORY, OFFICIAL, ASSESSOR }

    /** Where a prose verb's actor stands: before it (X牵头), after it (办公室设在X), or both (X会同Y: Y supports). */
    enum VerbSide { ACTOR_BEFORE, ACTOR_AFTER, JOINTLY }

    /** A verb of prose that gives the actor next to it a role ("由X牵头", "X负责", "专班办公室设在X"). */
    record ProseVerb(String phrase, LinkType role, VerbSide side) {
    }

    private final Map<String, Role> labels;
    /**
     * Words a label may open with without changing its role (LABEL_QUALIFIER rows: 主要): "主要协作单位：" is read as
     * 协作单位, unless the whole spelling is a label of its own (主要责任单位 leads).
     */
    private final List<String> labelQualifiers;
    private final List<Map.Entry<String, Role>> columnWords;
    /** The verbs of prose, in the order of the file. */
    final List<ProseVerb> proseVerbs;
    /**
     * The characters that open a body's name with its level (省发展改革委, 市商务局, 镇人民政府): the NAME_LEVEL rows.
     * Spelt again, as fixed patterns: {@code ResponsibilityCell.LEVEL_ONLY}/{@code LEVEL_TAIL} (these and 街/街道, a
     * bare level sharing a government's tail) and {@code indicator.NonTargets.LEVEL_ONLY} (a 级 level: 国家…村, no 旗).
     */
    final String nameLevels;
    /**
     * Verbs closing the names of a note or cell that read like 牵头 or 配合 ("（X主办，Y协办）"), each with the word it
     * reads like; at a clause's end only, so a label (主办单位：) or a name holding the word is left alone.
     */
    private final Map<String, String> noteVerbs;
    private final Pattern noteVerb;
    /**
     * Words opening a phrase that names no one body (NOT_ONE_BODY rows): a set (各, 相关, 有关, 其他) or a pronoun (本,
     * 该, 上述): such a phrase is never read as the name of a body the vocabulary lacks.
     */
    final List<String> notOneBodyStarts;
    /**
     * Words introducing an example (EXAMPLE_WORD rows: 如, 例如, 比如): "，如县发改局负责的…" names 县发改局, the word
     * before its level is no part of the name.
     */
    final List<String> exampleWords;
    /**
     * Verbs whose object is the actor right after them (OBJECT_VERB rows: 鼓励, 引导, 下达到): "引导各行业协会积极参与",
     * "将任务分解下达到各市、县(区)，压实主体责任" give that actor no role by the verb after it, longest first.
     */
    final List<String> objectVerbs;
    /**
     * Words ending the name of a department's own division (DIVISION_END rows: 处, 科, 室, 股): a department splitting
     * its tasks among its divisions names them without a level ("(工资处、人事处)").
     */
    final List<String> divisionEnds;
    /** Words ending a body's name in a cell whose names run together (经开区, 高新园, 晋陵公司, 五星街道), longest first. */
    final List<String> gluedNameEnds;
    /** Any label, longest spelling first. */
    private final String label;
    /** A label with its colon, where a note's names start: "责任单位：". */
    final Pattern labelAt;
    /** Labelled lines printed under a task without brackets: "牵头单位:区发改局" then "责任单位:…" (one note). */
    final Pattern labelledLines;
    /**
     * A labelled note closing a task's line after its last sentence, without brackets: "…完善推进机制。责任单位：市发改委、
     * 市财政局。" (group 1, up to the end of the line).
     */
    final Pattern labelledTail;
    /**
     * A label printed alone on its line ("牵头单位"), its names on the lines after it: a web table's cells. Group 1 is
     * the label; multi-line, so it finds such lines in a text as well as matching one line.
     */
    final Pattern labelAlone;
    /** The names of a task table's other columns (序号, 主要任务, 完成时限 …: vocabulary/table-columns.tsv). */
    final TableColumns tableColumns;
    /** The same labels for the figure readers. */
    private final TaskLabels taskLabels;

    private ResponsibilityLabels(Map<String, Role> labels, List<Map.Entry<String, Role>> columnWords,
                                 List<ProseVerb> proseVerbs, String nameLevels, List<String> gluedNameEnds,
                                 Map<String, String> noteVerbs, List<String> notOneBodyStarts,
                                 List<String> exampleWords, List<String> labelQualifiers,
                                 List<String> divisionEnds, List<String> objectVerbs, TableColumns tableColumns) {
        this.divisionEnds = List.copyOf(divisionEnds);
        this.objectVerbs = objectVerbs.stream().sorted(Alternation.LONGEST_FIRST).toList();
        this.tableColumns = tableColumns;
        this.labelQualifiers = labelQualifiers.stream().sorted(Alternation.LONGEST_FIRST).toList();
        this.exampleWords = exampleWords.stream().sorted(Alternation.LONGEST_FIRST).toList();
        this.noteVerbs = Map.copyOf(noteVerbs);
        this.notOneBodyStarts = List.copyOf(notOneBodyStarts);
        // after a name (not at the note's start, not after a separator, not after 的/者: "列第一位的为牵头单位" is a
        // convention), before a clause break, a bracket's end or the end of the note
        this.noteVerb = noteVerbs.isEmpty() ? null : Pattern.compile("(?m)(?<=[^\\s、，,；;：:（(的者])("
                + Alternation.longestFirst(noteVerbs.keySet()) + ")(?=\\s*(?:[，,；;。）)\\]】〕]|$))");
        this.gluedNameEnds = gluedNameEnds.stream().sorted(Alternation.LONGEST_FIRST).toList();
        this.labels = labels;
        this.columnWords = columnWords;
        this.proseVerbs = proseVerbs;
        this.nameLevels = nameLevels;
        this.label = labelQualifiers.isEmpty() ? Alternation.longestFirst(labels.keySet())
                : "(?:(?:" + Alternation.longestFirst(labelQualifiers) + ")?(?:"
                + Alternation.longestFirst(labels.keySet()) + "))";
        // a label before its names: "牵头单位：", or in lenticular brackets without a colon, "【牵头单位】"
        String at = "(?:【" + label + "】|" + label + "\\s*[:：])";
        this.labelAt = Pattern.compile(at);
        this.labelledLines = Pattern.compile("(?m)^[ \\t\\-#*>]*(" + at
                + "[^\\n]*(?:\\n[ \\t]*\\n?[ \\t\\-#*>]*" + at + "[^\\n]*)*)");
        // names may carry a bracket of their own: 各县（市、区）政府, 市发改委（首位单位为牵头单位，下同）
        String names = "(?:[^\\n（()）:：]|[（(][^\\n（()）:：]{1,30}[）)])*";
        // labelled parts closing the line, joined by ；, by white space or printed as sentences ("牵头单位：X。配合单位：Y。");
        // a list flattened from a form may print its other fields after them, each set off by white space and labelled
        // with a short word of its own ("…隐患。 责任单位: X,Y 完成时限: 2025年6月"): those are no names
        this.labelledTail = Pattern.compile("(?m)(?<=[。；;！!])[ \\t]*(" + at + names
                + "(?:(?:[；;。][ \\t\u3000]*|[ \\t\u3000]+)" + at + names + ")*)"
                + "(?:[ \\t\u3000]+\\p{IsHan}{2,6}[:：][^\\n]*)?$");
        this.labelAlone = Pattern.compile("(?m)^[ \\t]*【?(" + label + ")】?[ \\t]*[:：]?[ \\t]*$");
        this.taskLabels = new TaskLabels(label);
    }

    /** The labels as the figure readers know them: a note closing a task's sentence makes its figures the task's. */
    TaskLabels taskLabels() {
        return taskLabels;
    }

    /**
     * Whether {@code line} is a labelled responsibility line ("责任单位：市发改委、各县(市、区)政府"): a list of names that
     * plans print without closing punctuation, so a text may end with one.
     */
    boolean isLabelledLine(String line) {
        return labelledLines.matcher(line).lookingAt();
    }

    static ResponsibilityLabels read(SeedSource source) {
        TsvTable table = TsvTable.read(source, FILE, "kind", "phrase", "role");
        Map<String, Role> labels = new LinkedHashMap<>();
        List<Map.Entry<String, Role>> words = new ArrayList<>();
        List<ProseVerb> verbs = new ArrayList<>();
        StringBuilder levels = new StringBuilder();
        Map<String, String> noteVerbs = new LinkedHashMap<>();
        // the kinds that are plain lists of phrases, each phrase listed once
        Map<String, List<String>> phraseLists = new LinkedHashMap<>();
        for (String listKind : List.of("GLUED_NAME_END", "NOT_ONE_BODY", "LABEL_QUALIFIER", "DIVISION_END",
                "OBJECT_VERB", "EXAMPLE_WORD")) {
            phraseLists.put(listKind, new ArrayList<>());
        }
        for (TsvTable.Row row : table.rows()) {
            String phrase = row.required("phrase");
            String kind = row.required("kind");
            List<String> listed = phraseLists.get(kind);
            if (listed != null) {
                if (listed.contains(phrase)) {
                    throw row.error(kind + " '" + phrase + "' is listed twice");
                }
                listed.add(phrase);
                continue;
            }
            if (kind.equals("NAME_LEVEL")) {
                if (phrase.codePointCount(0, phrase.length()) != 1 || levels.indexOf(phrase) >= 0) {
                    throw row.error("a NAME_LEVEL is one character, listed once (has '" + phrase + "')");
                }
                levels.append(phrase);
                continue;
            }
            Role role = row.oneOf("role", Role.class);
            if (kind.equals("NOTE_VERB")) {
                if (role != Role.LEAD && role != Role.SUPPORT) {
                    throw row.error("a NOTE_VERB's role is LEAD or SUPPORT");
                }
                if (noteVerbs.putIfAbsent(phrase, role == Role.LEAD ? LEADS_WORD : SUPPORTS_WORD) != null) {
                    throw row.error("NOTE_VERB '" + phrase + "' is listed twice");
                }
                continue;
            }
            if (kind.startsWith("PROSE_VERB")) {
                VerbSide side = switch (kind) {
                    case "PROSE_VERB" -> VerbSide.ACTOR_BEFORE;
                    case "PROSE_VERB_BEFORE_NAME" -> VerbSide.ACTOR_AFTER;
                    case "PROSE_VERB_JOINTLY" -> VerbSide.JOINTLY;
                    default -> throw row.error("kind '" + kind + "' is not PROSE_VERB, PROSE_VERB_BEFORE_NAME or "
                            + "PROSE_VERB_JOINTLY");
                };
                LinkType link = switch (role) {
                    case LEAD -> LinkType.LEADS;
                    case SUPPORT -> LinkType.SUPPORTS;
                    case COORDINATE -> LinkType.COORDINATES;
                    default -> throw row.error("a prose verb's role is LEAD, SUPPORT or COORDINATE");
                };
                if (side == VerbSide.JOINTLY && link != LinkType.LEADS) {
                    throw row.error("a PROSE_VERB_JOINTLY leads (the names after it support)");
                }
                verbs.add(new ProseVerb(phrase, link, side));
                continue;
            }
            if (role == Role.COORDINATE) {
                throw row.error("COORDINATE is a prose verb's role only");
            }
            switch (kind) {
                case "LABEL" -> {
                    if (role == Role.RESPONSIBLE || role == Role.CATEGORY || role == Role.OFFICIAL || role == Role.ASSESSOR) {
                        throw row.error("a LABEL's role is LEAD, SUPPORT or NAMED");
                    }
                    if (labels.putIfAbsent(phrase, role) != null) {
                        throw row.error("label '" + phrase + "' is listed twice");
                    }
                }
                case "COLUMN" -> {
                    if (role == Role.NAMED) {
                        throw row.error("a COLUMN's role is LEAD, SUPPORT, RESPONSIBLE or CATEGORY");
                    }
                    words.add(Map.entry(phrase, role));
                }
                default -> throw row.error("kind '" + row.get("kind") + "' is not LABEL, COLUMN, NOTE_VERB, LABEL_QUALIFIER, "
                        + "PROSE_VERB…, NAME_LEVEL, NOT_ONE_BODY, EXAMPLE_WORD, OBJECT_VERB, DIVISION_END or GLUED_NAME_END");
            }
        }
        return new ResponsibilityLabels(Map.copyOf(labels), List.copyOf(words), List.copyOf(verbs),
                levels.toString(), List.copyOf(phraseLists.get("GLUED_NAME_END")), noteVerbs,
                phraseLists.get("NOT_ONE_BODY"), phraseLists.get("EXAMPLE_WORD"), phraseLists.get("LABEL_QUALIFIER"),
                phraseLists.get("DIVISION_END"), phraseLists.get("OBJECT_VERB"), TableColumns.read(source));
    }

    /** The words a note's reader knows for its roles: X牵头, Y配合. */
    private static final String LEADS_WORD = "牵头";
    private static final String SUPPORTS_WORD = "配合";

    /**
     * {@code note} with each verb of {@link #noteVerbs} that closes a clause written as the word it reads like:
     * "X主办，Y、Z协办" → "X牵头，Y、Z配合". For reading the names' roles only; the quote stays the printed note.
     */
    String withCommonVerbs(String note) {
        if (noteVerb == null) {
            return note;
        }
        return noteVerb.matcher(note).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                noteVerbs.get(m.group(1))));
    }

    /**
     * Whether {@code phrase} is a label's whole spelling (牵头单位, 责任单位): in prose it names the role a plan's
     * convention describes ("牵头单位负责全程协调"), not an actor.
     */
    boolean isLabel(String phrase) {
        return labels.containsKey(unqualified(phrase));
    }

    /** {@code label} without a qualifier it opens with (主要协作单位 → 协作单位), unless it is a label spelt whole. */
    private String unqualified(String label) {
        if (labels.containsKey(label)) {
            return label;
        }
        for (String q : labelQualifiers) {
            if (label.startsWith(q) && labels.containsKey(label.substring(q.length()))) {
                return label.substring(q.length());
            }
        }
        return label;
    }

    /** Whether a header cell names the officials in charge of a row (分管领导, 责任人): people printed before bodies. */
    boolean namesOfficials(String cell) {
        return columnWords.stream().anyMatch(w -> w.getValue() == Role.OFFICIAL && cell.contains(w.getKey()));
    }

    /** The link a label gives its names (牵头单位 → LEADS, 配合单位 → SUPPORTS), or null for a NAMED label. */
    LinkType roleOf(String printedLabel) {
        Role role = labels.get(unqualified(printedLabel.replaceAll("[\\s:：【】]", "")));
        return role == Role.LEAD ? LinkType.LEADS : role == Role.SUPPORT ? LinkType.SUPPORTS : null;
    }

    /**
     * The column a header cell (without white space) names by the words of this file — the first of OFFICIAL, ASSESSOR,
     * LEAD, SUPPORT, RESPONSIBLE, CATEGORY whose word it contains — or null when it names none. A column of officials
     * (责任领导, 分管领导) names people, not bodies: it is read as a grouping column. A column of assessing bodies
     * (评分部门) names bodies that hold no role in the task.
     */
    TableHeaders.Column columnOf(String cell) {
        for (Role role : List.of(Role.OFFICIAL, Role.ASSESSOR, Role.LEAD, Role.SUPPORT, Role.RESPONSIBLE, Role.CATEGORY)) {
            boolean named = columnWords.stream().anyMatch(w -> w.getValue() == role && cell.contains(w.getKey()));
            if (named && (role == Role.LEAD || role == Role.SUPPORT || cell.length() <= MAX_RESPONSIBLE_HEADER)) {
                return switch (role) {
                    case OFFICIAL -> TableHeaders.Column.CATEGORY;
                    case ASSESSOR -> TableHeaders.Column.ASSESSOR;
                    case LEAD -> TableHeaders.Column.LEAD;
                    case SUPPORT -> TableHeaders.Column.SUPPORT;
                    case CATEGORY -> TableHeaders.Column.CATEGORY;
                    default -> TableHeaders.Column.RESPONSIBLE;
                };
            }
        }
        return null;
    }
}
