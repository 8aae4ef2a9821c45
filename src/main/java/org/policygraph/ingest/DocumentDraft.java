package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.policygraph.model.GenericActorRecord;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.SectionRecord;
import org.policygraph.model.SourceRef;

/**
 * The mutable working state of one document between parsing and validation: sections and measures in document
 * order, links, warnings. Corrections (splits) change it before it is frozen into records; every element remembers
 * the {@code file:line} it came from so a validation error can point at it.
 */
final class DocumentDraft {

    final DocumentCatalog.Entry entry;
    final SourceText source;
    final List<Section> sections = new ArrayList<>();
    final List<Measure> measures = new ArrayList<>();
    final List<PendingLink> links = new ArrayList<>();
    /** (type, from, to) of every link in {@link #links}. */
    private final Set<List<Object>> linkKeys = new HashSet<>();
    final List<String> warnings = new ArrayList<>();
    /** A note's remark that holds for the tasks printed after it ("…，下同"), ending at raw offset {@code end}. */
    record StandingNote(int end, String location, String quote, List<ResponsibilityCell.Assignment> assignments,
                        String where) {
    }

    final List<StandingNote> standingNotes = new ArrayList<>();
    /**
     * The bracketed notes read as responsibility notes, by where they start: prose reading leaves them to the note's
     * reading, and looks up those inside each passage it reads (ordered: not every note of the document per passage).
     */
    final NavigableMap<Integer, Span> readNotes = new TreeMap<>();
    /** A note said, for what follows (下同), that the first body of a list leads and the others share the task. */
    boolean firstListedLeads;
    /** The sign the text declares to mark the lead of a list ("带*号的为牵头单位"), or null. */
    Character declaredLeadSign;
    /** Generic actors the roles name that no list holds (recognised from their parts), by id. */
    final Map<String, GenericActorRecord> recognisedGenericActors = new LinkedHashMap<>();
    private final Map<String, String> definedAt = new HashMap<>();
    /** Every section and measure by id: the parser looks elements up once per task, so no list scan. */
    private final Map<String, Section> sectionsById = new HashMap<>();
    private final Map<String, Measure> measuresById = new HashMap<>();
    /** Lines the parser read but put in no record, with why (reported as UNPARSED_LINES). */
    final Map<Integer, String> unrepresented = new java.util.TreeMap<>();
    /** Lines the parser read as structure that no quote covers (table header rows): represented, not lost. */
    final java.util.Set<Integer> structureLines = new java.util.TreeSet<>();
    /** First line of the 版记 (抄送 / 印发) footer, or -1. */
    int footerLine = -1;
    /** First line of the plan's outline (its first 一、), before which the title block and notice stand. */
    int bodyLine = 1;

    DocumentDraft(DocumentCatalog.Entry entry, SourceText source) {
        this.entry = entry;
        this.source = source;
    }

    void unrepresented(int line, String why) {
        unrepresented.putIfAbsent(line, why);
    }

    void represented(int line) {
        structureLines.add(line);
    }

    void footerFrom(int line) {
        footerLine = line;
    }

    void bodyFrom(int line) {
        bodyLine = line;
    }

    String documentId() {
        return entry.id();
    }

    /** Ids are {@code document + "/" + location} with spaces removed (graph-seed/FORMAT.md). */
    String idOf(String location) {
        return documentId() + "/" + location.replaceAll("\\s", "");
    }

    Section addSection(String location, String parentId, String label, String title, String text, Span quote,
                       Span ownText) {
        String where = source.where(quote.start());
        String unique = unclaimed(location, where);
        Section section = new Section(idOf(unique), unique, parentId, label, title, text, quote, ownText, where);
        claim(section.id, section.where);
        sections.add(section);
        sectionsById.put(section.id, section);
        return section;
    }

    Measure addMeasure(String location, String parentId, String number, String list, String text, Span quote,
                       boolean bodyMeasure) {
        String where = source.where(quote.start());
        String unique = unclaimed(location, where);
        Measure measure = new Measure(idOf(unique), unique, parentId, number, list, text, quote, bodyMeasure, where);
        claim(measure.id, measure.where);
        measures.add(measure);
        measuresById.put(measure.id, measure);
        return measure;
    }

    void insertMeasureAfter(Measure previous, Measure added) {
        claim(added.id, added.where);
        measures.add(measures.indexOf(previous) + 1, added);
        measuresById.put(added.id, added);
    }

    /**
     * The location, or when an earlier element holds it — a plan numbering a part again (a second 一、 after a
     * restarted outline or an inserted table) — the location with ~2, ~3 …, and a warning naming both lines: a
     * numbering slip loses nothing and refuses nothing.
     */
    private String unclaimed(String location, String where) {
        String unique = location;
        for (int k = 2; definedAt.containsKey(idOf(unique)); k++) {
            unique = location + "~" + k;
        }
        if (!unique.equals(location)) {
            warnings.add(where + ": '" + location + "' is numbered a second time (first at "
                    + definedAt.get(idOf(location)) + "); kept as '" + unique + "'");
        }
        return unique;
    }

    private void claim(String id, String where) {
        String earlier = definedAt.putIfAbsent(id, where);
        if (earlier != null) {
            throw new SeedException(where, "id '" + id + "' is already used by the element at " + earlier);
        }
    }

    Section section(String id) {
        return sectionsById.get(id);
    }

    Measure measure(String id) {
        return measuresById.get(id);
    }

    String quote(Span span) {
        return span.of(source.raw());
    }

    void link(LinkRecord link, String where) {
        links.add(new PendingLink(link, where));
        linkKeys.add(linkKey(link));
    }

    /**
     * Adds the link unless one of the same type between the same two elements is already there (a role stated twice,
     * e.g. in a note and in the table); a set lookup, so a plan of thousands of tasks does not rescan its links.
     */
    void linkUnlessPresent(LinkRecord link, String where) {
        if (!linkKeys.contains(linkKey(link))) {
            link(link, where);
        }
    }

    /**
     * Whether the link restates a role the same body already has on the same task in a stronger form: a body that
     * leads a task does not also support it, as a 责任单位 list that repeats the 牵头单位 would otherwise say. (A section's
     * prose may well have a body lead one thing and support another: both stay.)
     */
    boolean isSubsumed(LinkRecord link) {
        return link.type() == LinkType.SUPPORTS && measuresById.containsKey(link.toId())
                && linkKeys.contains(List.of(LinkType.LEADS, link.fromId(), link.toId()));
    }

    private static List<Object> linkKey(LinkRecord link) {
        return List.of(link.type(), link.fromId(), link.toId());
    }

    List<SectionRecord> sectionRecords() {
        Map<String, Integer> siblings = new LinkedHashMap<>();
        List<SectionRecord> records = new ArrayList<>();
        for (Section s : sections) {
            int order = siblings.merge(String.valueOf(s.parentId), 1, Integer::sum);
            records.add(new SectionRecord(s.id, documentId(), s.parentId, s.label, s.title, s.text, order,
                    new SourceRef(documentId(), s.location, quote(s.quote))));
        }
        return List.copyOf(records);
    }

    List<MeasureRecord> measureRecords() {
        Map<String, Integer> siblings = new LinkedHashMap<>();
        List<MeasureRecord> records = new ArrayList<>();
        for (Measure m : measures) {
            int order = siblings.merge(m.parentId, 1, Integer::sum);
            records.add(new MeasureRecord(m.id, documentId(), m.parentId, m.number, m.list,
                    TextCleaner.leadPhrase(m.text), m.text, m.timeline, order,
                    new SourceRef(documentId(), m.location, quote(m.provenance()))));
        }
        return List.copyOf(records);
    }

    static final class Section {
        final String id;
        final String location;
        final String parentId;
        final String label;
        final String title;
        final String text;
        final Span quote;
        /** The section's own body text in the raw file (null when it has none): what the indicator finder reads. */
        final Span ownText;
        final String where;
        /** A task-table section's lines that no header made rows of (null when none): read for indicators only. */
        Span unreadLines;
        /** The figures of the table's 合计 and group rows (a total per figure column), read with no row of their own. */
        final List<TotalFigure> totals = new ArrayList<>();
        /**
         * The section is the covering notice's own text (a notice printed without the plan it issues), or a plan's
         * preamble before its first heading: its "各部门要…" charges the addressees in general, not a body with a task,
         * so it is read for no such role.
         */
        boolean noticeText;

        Section(String id, String location, String parentId, String label, String title, String text, Span quote,
                Span ownText, String where) {
            this.id = id;
            this.location = location;
            this.parentId = parentId;
            this.label = label;
            this.title = title;
            this.text = text;
            this.quote = quote;
            this.ownText = ownText;
            this.where = where;
        }
    }

    static final class Measure {
        final String id;
        final String location;
        final String parentId;
        final String number;
        final String list;
        String text;
        Span quote;
        String timeline;
        /** A task-table row's 进展情况 cells: what the row reports as done (read for actuals, not part of the task). */
        List<Span> progress = List.of();
        /** The header of the table's one progress column naming the share done (当前进度); null where none. */
        String progressColumn;
        /**
         * The task cells of a row whose lines interleave them with other cells (a markdown table whose task cell is
         * merged over several rows): read one by one for figures; empty when {@link #quote} holds the task alone.
         */
        List<Span> taskCells = List.of();
        /** Body measures get indicators; task-table rows restate body text and do not. */
        final boolean bodyMeasure;
        /** Ids of the body Sections/Measures this task-table row may restate; empty for body measures. */
        List<String> restateCandidates = List.of();
        /**
         * The task's text printed after its names (a run-on table's row: sentences after the names that name none of
         * their own): part of the task, read for its figures, apart from the quote so its names are no mention.
         */
        List<Span> continued = List.of();

        /**
         * What the measure's source quote covers: its quote, through the end of any text {@link #continued} after its
         * names, so that every sentence of its text is in the quote (the names between stay in it, verbatim).
         */
        Span provenance() {
            int end = quote.end();
            for (Span part : continued) {
                end = Math.max(end, part.end());
            }
            return end == quote.end() ? quote : new Span(quote.start(), end);
        }
        /** A row of a table printed one cell a line without 序号: its figures are read from the table's lines. */
        boolean figuresReadWithTable;
        /**
         * A task-table row's 年度目标 / 目标值 cell and its 单位 cell (null when the table has none): the target the row
         * sets for what its task cell names ("粮食播种面积 | 万亩 | 0.07").
         */
        Span targetCell;
        Span unitCell;
        /** A split table's row: each place's share of {@link #targetCell}, the figure alone ("元坝镇280" → 280). */
        List<Span> shareCells = List.of();
        /**
         * The row's cells under a header naming a quantity with its unit in brackets ("总投资(万元)" / "1200"): each a
         * figure of that quantity, in the header's unit.
         */
        List<HeaderFigure> headerFigures = List.of();
        final String where;

        Measure(String id, String location, String parentId, String number, String list, String text, Span quote,
                boolean bodyMeasure, String where) {
            this.id = id;
            this.location = location;
            this.parentId = parentId;
            this.number = number;
            this.list = list;
            this.text = text;
            this.quote = quote;
            this.bodyMeasure = bodyMeasure;
            this.where = where;
        }
    }

    /** A link with the {@code file:line} that stated it. */
    record PendingLink(LinkRecord link, String where) {
    }

    /**
     * A task-table cell under a header that names a quantity and prints its unit in brackets ("总投资(万元)",
     * "当年投资（万元）"): the cell's figure is that quantity of the row, in that unit.
     *
     * @param cell     the cell
     * @param quantity what the header names, its bracket dropped ("总投资"), with the row's short task name before it
     * @param unit     the unit the header's bracket prints ("万元")
     * @param actual   the header names what was done so far (a progress column's name: 累计完成投资): an actual
     * @param year     the year the header prints for the figure, where {@code dated}
     * @param dated    the figure is a target table's for one of its horizons (现值 | 2023年目标 | 2025年目标): it holds
     *                 for {@code year}, none where that is null, not the plan's year
     */
    record HeaderFigure(Span cell, String quantity, String unit, boolean actual, Integer year, boolean dated) {
    }

    /** A figure of a table's total row: its line, its cell, what it sums (合计投资计划), the header's unit, reported or set. */
    record TotalFigure(Span row, Span cell, String quantity, String unit, boolean actual) {
    }
}
