package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.policygraph.ingest.TableHeaders.Column;
import org.policygraph.model.LinkType;

import static org.policygraph.ingest.CellContents.PERSON_NAME;

/**
 * The cells of bodies of a task table's row as LEADS / SUPPORTS links of the row's measure, quoted with the cell's raw
 * text: a 牵头单位 column's bodies lead and a 配合单位 column's support, unless the cell says 牵头 / 配合 itself; a
 * 责任单位 column's support beside a 牵头单位 column, else the cell's own words say who leads.
 */
final class TaskRowLinks {

    private final DocumentDraft draft;
    private final PlanParser.ParseContext context;
    private final String raw;
    private final CellContents contents;

    TaskRowLinks(DocumentDraft draft, PlanParser.ParseContext context, CellContents contents) {
        this.draft = draft;
        this.context = context;
        this.raw = draft.source.raw();
        this.contents = contents;
    }

    /** Links the bodies of each of the row's columns of bodies to its measure. */
    void link(DocumentDraft.Measure measure, TableRow r) {
        boolean hasLeadColumn = r.pieces.containsKey(Column.LEAD);
        link(measure, r, Column.LEAD, LinkType.LEADS);
        link(measure, r, Column.RESPONSIBLE, hasLeadColumn ? LinkType.SUPPORTS : null);
        link(measure, r, Column.SUPPORT, LinkType.SUPPORTS);
    }

    /** Links one responsibility column; {@code role} null = read the cell's own 牵头/配合 words. */
    private void link(DocumentDraft.Measure measure, TableRow r, Column column, LinkType role) {
        List<Span> spans = r.pieces.get(column);
        if (spans == null) {
            return;
        }
        if (r.namesApart) {
            spans.forEach(s -> link(measure, r, List.of(s), column, role)); // each quoted by itself
        } else {
            link(measure, r, spans, column, role);
        }
    }

    private void link(DocumentDraft.Measure measure, TableRow r, List<Span> spans, Column column, LinkType role) {
        Span cell = new Span(spans.get(0).start(), spans.get(spans.size() - 1).end());
        String quote = cell.of(raw);
        // "X主办，Y协办" reads like "X牵头，Y配合" (vocabulary: NOTE_VERB)
        String joined = context.labels().withCommonVerbs(String.join(r.vertical ? "、" : "",
                spans.stream().map(s -> namesJoinedByAnd(namesSpaced(s.of(raw)))).toList()));
        // a plain list of a 责任单位 column: its first body leads where the text says so (列第一位的为牵头单位), a
        // body carrying the sign the text declares leads (带*号的为牵头单位)
        List<ResponsibilityCell.Assignment> assignments = ResponsibilityCell.parse(context.departments().bodyNameEndings(),
                ResponsibilityCell.withDeclaredLeadSign(joined, draft.declaredLeadSign), draft.firstListedLeads);
        if (role != null && !joined.contains("牵头") && !joined.contains("配合")) {
            assignments = assignments.stream().map(a -> new ResponsibilityCell.Assignment(role, a.printedName()))
                    .toList();
        }
        ResponsibilityLinks.link(draft, context, measure.id, measure.location, quote, assignments, r.where,
                column == Column.RESPONSIBLE ? "负责部门" : column == Column.LEAD ? "牵头单位" : "配合单位");
    }

    /**
     * A cell of names separated by white space only ("区国投集团 各有关乡镇(街道)": a line break lost in copying) as a
     * list "区国投集团、各有关乡镇(街道)" when every part reads as names; the cell as printed otherwise. A person's name
     * printed after a body's ("市民政局 伍泽国": a 牵头单位及主要负责人 cell gives the body and its head) is no body:
     * a part of two or three characters that reads as no name, right after a part that does, is left out.
     */
    private String namesSpaced(String rawCell) {
        String cell = TextCleaner.cleanLine(rawCell);
        List<String> parts = Arrays.stream(rawCell.strip().split("[\\s\u3000]+"))
                .map(TextCleaner::cleanLine).toList();
        if (parts.size() < 2) {
            return cell;
        }
        List<String> names = new ArrayList<>();
        boolean previousIsName = false;
        for (String part : parts) {
            boolean name = part.codePoints().anyMatch(CellContents::isHan) && contents.looksLikeNames(part);
            if (!name && !(previousIsName && PERSON_NAME.matcher(part).matches())) {
                return cell;
            }
            if (name) {
                names.add(part);
            }
            previousIsName = name;
        }
        return String.join("、", names);
    }

    /**
     * A list whose names are joined by 和 or 及 ("审计局、财政局和市直各单位") with 、 there instead, where the one rule
     * for names joined by a conjunction splits them ({@link ResponsibilityLinks#namesJoinedByConjunction}); a name
     * holding the word (市人力资源和社会保障局, 发展和改革委员会) does not split so.
     */
    private String namesJoinedByAnd(String names) {
        List<String> parts = new ArrayList<>();
        for (String part : ResponsibilityCell.splitAtEnumerationCommas(names)) { // not inside 各县(市、区)
            parts.add(String.join("、", ResponsibilityLinks.namesJoinedByConjunction(context.departments(), part)));
        }
        return String.join("、", parts);
    }
}
