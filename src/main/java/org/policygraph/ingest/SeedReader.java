package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.indicator.DocumentYears;
import org.policygraph.ingest.indicator.IndicatorCorrections;
import org.policygraph.ingest.indicator.IndicatorTableHeads;
import org.policygraph.ingest.indicator.IndicatorWords;
import org.policygraph.ingest.indicator.MetricVocabulary;
import org.policygraph.ingest.indicator.TargetBounds;
import org.policygraph.ingest.indicator.TaskLabels;
import org.policygraph.ingest.indicator.Units;
import org.policygraph.ingest.indicator.RuleBasedIndicatorFinder;
import org.policygraph.ingest.indicator.TaskTableRow;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;
import org.policygraph.model.DocumentRecord;
import org.policygraph.model.IndicatorPeriod;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.Vocabulary;

/**
 * Entry point of the seed: reads graph-seed (documents, vocabularies, corrections, source texts) into validated,
 * deterministic {@link DocumentBundle}s, one per seeded document.
 *
 * <pre>{@code
 * SeedReader reader = new SeedReader(SeedSource.directory(Path.of("graph-seed")), indicatorFinder);
 * Vocabulary vocabulary = reader.vocabulary();          // departments, parks (with ADMINISTERS), initiatives
 * List<DocumentBundle> bundles = reader.readAll();       // or reader.read("003")
 * }</pre>
 *
 * Department names in 负责部门 cells that the vocabulary does not list are kept out of the graph and reported in
 * {@link DocumentBundle#warnings()}; with {@code strictDepartments} they fail the read instead. Any broken record is a
 * {@link SeedException} naming {@code file:line}.
 */
public final class SeedReader {

    static final String INDICATOR_CORRECTIONS = "corrections/indicators.tsv";
    static final String METRICS = "vocabulary/metrics.tsv";

    private final SeedSource source;
    /** Null until the catalog is read when the standard finder is used: it needs the documents' years. */
    private IndicatorFinder indicatorFinder;
    private final boolean strictDepartments;
    private SeedVocabulary vocabulary;
    private DocumentCatalog catalog;
    private Corrections corrections;
    private MetricVocabulary metrics;
    private TargetBounds targetBounds;
    private Units units;
    private IndicatorWords indicatorWords;
    private IndicatorTableHeads indicatorTableHeads;

    /**
     * Reads with the rule-based indicator extractor, corrected by {@code corrections/indicators.tsv} and told each
     * document's year of issue and horizon from {@code documents.tsv}.
     */
    public SeedReader(SeedSource source) {
        this.source = Objects.requireNonNull(source, "source");
        this.indicatorFinder = null;
        this.strictDepartments = false;
    }

    public SeedReader(SeedSource source, IndicatorFinder indicatorFinder) {
        this(source, indicatorFinder, false);
    }

    public SeedReader(SeedSource source, IndicatorFinder indicatorFinder, boolean strictDepartments) {
        this.source = Objects.requireNonNull(source, "source");
        this.indicatorFinder = Objects.requireNonNull(indicatorFinder, "indicatorFinder");
        this.strictDepartments = strictDepartments;
    }

    public Vocabulary vocabulary() {
        return seedVocabulary().vocabulary();
    }

    public synchronized SeedVocabulary seedVocabulary() {
        if (vocabulary == null) {
            vocabulary = VocabularyReader.read(source);
        }
        return vocabulary;
    }

    /** A vocabulary with the prose reader built for it, and the editor aliases it was made with. */
    private record Prepared(EditorAliases aliases, SeedVocabulary vocabulary, ProseRoles prose) {
    }

    /** The last vocabulary prepared: the seed's (no aliases) or the one of the aliases editors last had. */
    private Prepared prepared;

    /**
     * The vocabulary with {@code aliases} and its prose reader, built once per vocabulary: again only when the
     * aliases editors added have changed since the last read.
     */
    private synchronized Prepared prepared(EditorAliases aliases) {
        if (prepared == null || !prepared.aliases().equals(aliases)) {
            SeedVocabulary v = seedVocabulary().with(aliases);
            prepared = new Prepared(aliases, v, ProseRoles.of(v));
        }
        return prepared;
    }

    /** All seeded documents, in documents.tsv order. */
    public List<DocumentBundle> readAll() {
        List<DocumentBundle> bundles = new ArrayList<>();
        for (DocumentCatalog.Entry entry : catalog().entries()) {
            bundles.add(read(entry));
        }
        return List.copyOf(bundles);
    }

    public DocumentBundle read(String documentId) {
        return read(catalog().entry(documentId).orElseThrow(() -> new SeedException(
                source.describe(DocumentCatalog.DOCUMENTS), "no document with id '" + documentId + "'")));
    }

    private synchronized DocumentCatalog catalog() {
        if (catalog == null) {
            SeedVocabulary v = seedVocabulary();
            catalog = new DocumentCatalog(source, v);
            corrections = new Corrections(source);
            Set<String> ids = new HashSet<>();
            catalog.entries().forEach(e -> ids.add(e.id()));
            corrections.checkDocuments(ids::contains);
            if (indicatorFinder == null) {
                indicatorFinder = new RuleBasedIndicatorFinder(indicatorCorrections(), documentYears(), metrics(),
                        targetBounds(), units(), indicatorWords(), indicatorTableHeads(), taskLabels());
            }
        }
        return catalog;
    }

    /** Each seeded document's year of issue and target horizon, as documents.tsv gives them. */
    public synchronized Map<String, DocumentYears> documentYears() {
        Map<String, DocumentYears> years = new LinkedHashMap<>();
        for (DocumentCatalog.Entry entry : catalog().entries()) {
            years.put(entry.id(), DocumentYears.of(entry.issuedOn(), entry.horizon(), entry.title()));
        }
        return years;
    }

    /** The curated metrics of {@code vocabulary/metrics.tsv} (none when the file is absent). */
    public synchronized MetricVocabulary metrics() {
        if (metrics == null) {
            metrics = MetricVocabulary.read(source, METRICS);
        }
        return metrics;
    }

    /** The words bounding a target's figure, {@code vocabulary/target-bounds.tsv} (read once). */
    private synchronized TargetBounds targetBounds() {
        if (targetBounds == null) {
            targetBounds = TargetBounds.read(source);
        }
        return targetBounds;
    }

    /** The units a figure may carry, {@code vocabulary/units.tsv} (read once). */
    private synchronized Units units() {
        if (units == null) {
            units = Units.read(source);
        }
        return units;
    }

    /** The indicator tables' column words, {@code vocabulary/table-columns.tsv} (read once). */
    private synchronized IndicatorTableHeads indicatorTableHeads() {
        if (indicatorTableHeads == null) {
            indicatorTableHeads = IndicatorTableHeads.read(source);
        }
        return indicatorTableHeads;
    }

    /**
     * The labels of a task's responsibility note as the figure readers know them: the role reader's own list
     * ({@code vocabulary/responsibility-labels.tsv}), so that a label added there is known to both.
     */
    public TaskLabels taskLabels() {
        return seedVocabulary().responsibilityLabels().taskLabels();
    }

    /** The verbs and name words the prose rules read figures with, {@code vocabulary/indicator-words.tsv} (read once). */
    private synchronized IndicatorWords indicatorWords() {
        if (indicatorWords == null) {
            indicatorWords = IndicatorWords.read(source);
        }
        return indicatorWords;
    }

    private IndicatorCorrections indicatorCorrections() {
        return IndicatorCorrections.read(source, INDICATOR_CORRECTIONS);
    }

    private DocumentBundle read(DocumentCatalog.Entry entry) {
        SourceText text = catalog().sourceText(entry);
        DocumentRecord document = catalog.documentRecord(entry, text);
        Set<String> seeded = new HashSet<>();
        catalog.entries().forEach(e -> seeded.add(e.id()));
        Prepared p = prepared(EditorAliases.none());
        List<DocumentCatalog.Citation> citations = catalog.citations(entry, text);
        return assemble(entry, markTables(text, p.vocabulary()), document, citations, indicatorFinder, p.vocabulary(),
                p.prose(), seeded, false)
                .bundle();
    }

    /**
     * The text with its rows of tables printed without tabs or a leading '|' marked (SourceText#withTablesMarked): once,
     * before anything reads its lines as rows (a submitted text's checks, the parser).
     */
    private static SourceText markTables(SourceText text, SeedVocabulary v) {
        return text.withTablesMarked(cells -> TableHeaders.isPipeTableHeader(v.responsibilityLabels(), cells),
                cells -> TableHeaders.isSpacedTableHeader(v.responsibilityLabels(), cells));
    }

    /** What an ingest would write, and what the editor should look at. */
    public record Submission(DocumentBundle bundle, List<IngestWarning> warnings) {
    }

    /**
     * A plan submitted at run time (the {@code ingestDocument} mutation, the ingest command): metadata and text
     * checked, then parsed and validated exactly like a seeded document, against the curated vocabulary plus the
     * aliases editors added. Seeded documents cannot be submitted (graph-seed is their source of truth).
     *
     * @throws SeedException naming the metadata or {@code text:line} at fault; nothing has been written then
     * @throws ParserFailure where the parser itself fails (a bug, not the text's fault)
     */
    public Submission readSubmitted(SubmittedDocument submitted, EditorAliases aliases) {
        Set<String> seeded = new HashSet<>();
        catalog().entries().forEach(e -> seeded.add(e.id()));
        Prepared p = prepared(aliases);
        SeedVocabulary v = p.vocabulary();
        DocumentCatalog.Entry entry = DocumentCatalog.submittedEntry(submitted, v, seeded);
        try {
            SourceText text = markTables(new SourceText(submitted.textOrigin(),
                    submitted.text() == null ? "" : submitted.text()), v);
            Optional<IngestWarning> unfinishedEnding = SubmissionChecks.checkText(text, v.responsibilityLabels(),
                    v.bodyNameEndings());
            DocumentRecord document = DocumentCatalog.documentRecord(entry, text);
            // a plan submitted without issuedOn still prints when it was issued: past years in it are then reported facts
            Map<String, DocumentYears> years = Map.of(entry.id(),
                    DocumentYears.ofSubmitted(entry.issuedOn(), entry.horizon(), entry.title(), text.raw()));
            IndicatorFinder finder = new RuleBasedIndicatorFinder(indicatorCorrections(), years, metrics(),
                    targetBounds(), units(), indicatorWords(), indicatorTableHeads(), taskLabels());
            seeded.add(entry.id());
            Assembled assembled = assemble(entry, text, document, List.of(), finder, v, p.prose(), seeded, true);
            return new Submission(assembled.bundle(), SubmissionChecks.warnings(assembled.bundle(), text, v,
                    assembled.draft(), unfinishedEnding));
        } catch (SeedException refused) {
            throw refused;
        } catch (RuntimeException bug) {
            throw new ParserFailure(submitted.textOrigin(), bug);
        }
    }

    /** A validated bundle with the draft it was frozen from (which lines the parser put where). */
    private record Assembled(DocumentBundle bundle, DocumentDraft draft) {
    }

    private Assembled assemble(DocumentCatalog.Entry entry, SourceText text, DocumentRecord document,
                                    List<DocumentCatalog.Citation> citations, IndicatorFinder finder,
                                    SeedVocabulary v, ProseRoles prose, Set<String> knownDocumentIds,
                                    boolean submitted) {
        DepartmentResolver departments = new DepartmentResolver(v, entry.place());
        DocumentDraft draft = new DocumentDraft(entry, text);
        // A submitted plan may name bodies nobody curated yet: they become uncurated nodes. The seed is curated: there
        // an unknown name is a warning (or an error, strict).
        UnknownBodies unknownBodies = submitted ? new UnknownBodies(entry.id(), entry.place(), v.bodyNameEndings()) : null;
        PlanParser.ParseContext context = new PlanParser.ParseContext(departments, strictDepartments, unknownBodies,
                v.responsibilityLabels());
        new PlanParser(draft, context, v.conventions()).parse();
        linkStatedRoles(draft, context, prose, v.conventions());
        corrections.applySplits(draft);
        corrections.applyRoles(draft, departments, v);
        new MentionLinker(v).link(draft, unknownBodies);
        RestatementMatcher.link(draft);

        Map<String, DocumentRecord> cited = new LinkedHashMap<>();
        for (DocumentCatalog.Citation citation : citations) {
            draft.link(citation.link(), citation.where());
            if (citation.external() != null) {
                cited.putIfAbsent(citation.external().id(), citation.external());
            }
        }
        List<IndicatorRecord> indicators = findIndicators(draft, finder);

        List<LinkRecord> links = new ArrayList<>();
        Map<LinkRecord, String> linkOrigins = new IdentityHashMap<>();
        for (DocumentDraft.PendingLink pending : draft.links) {
            if (draft.isSubsumed(pending.link())) {
                continue;
            }
            links.add(pending.link());
            linkOrigins.put(pending.link(), pending.where());
        }
        DocumentBundle bundle = new DocumentBundle(document, List.copyOf(cited.values()), draft.sectionRecords(),
                draft.measureRecords(), indicators, List.copyOf(links), List.copyOf(draft.warnings),
                unknownBodies == null ? List.of() : unknownBodies.records(),
                List.copyOf(draft.recognisedGenericActors.values()));

        Map<String, String> origins = new LinkedHashMap<>();
        origins.put(entry.id(), entry.where());
        draft.sections.forEach(s -> origins.put(s.id, s.where));
        draft.measures.forEach(m -> origins.put(m.id, m.where));
        new BundleValidator(v, knownDocumentIds).validate(bundle, text.raw(), origins, linkOrigins);
        return new Assembled(bundle, draft);
    }

    /**
     * Responsibilities printed in notes (on headings and tasks) and stated in prose (in a section's own text and in
     * body tasks), each linked to the section or measure it is printed in. Table cells were read by the parser.
     */
    private static void linkStatedRoles(DocumentDraft draft, PlanParser.ParseContext context, ProseRoles prose,
                                        PlanConventions conventions) {
        String raw = draft.source.raw();
        Map<String, DocumentDraft.Section> byId = new HashMap<>();
        draft.sections.forEach(s -> byId.put(s.id, s));
        for (DocumentDraft.Section section : List.copyOf(draft.sections)) {
            Span heading = section.quote;
            ResponsibilityLinks.linkNotes(draft, context, section.id, section.location, heading, section.where);
            ResponsibilityLinks.linkLeadHeading(draft, context, section.id, section.location, section.title, heading,
                    section.where);
            if (section.ownText != null && section.ownText.start() >= heading.end()) {
                ResponsibilityLinks.linkNotes(draft, context, section.id, section.location, section.ownText,
                        section.where);
            }
            Span own = section.ownText;
            if (own != null && !underPrinciples(section, byId, conventions)) {
                proseRoles(draft, context, prose, section.id, section.location, own, section.where, raw,
                        !section.noticeText);
            }
        }
        for (DocumentDraft.Measure measure : List.copyOf(draft.measures)) {
            if (measure.bodyMeasure) {
                ResponsibilityLinks.linkNotes(draft, context, measure);
                proseRoles(draft, context, prose, measure.id, measure.location, measure.quote, measure.where, raw,
                        true);
            }
        }
        linkClosingSentences(draft, context);
        ResponsibilityLinks.linkStandingNotes(draft, context);
    }

    /**
     * "上述项目由X牵头负责。" printed on its own line after the projects of an outlined plan: the outline reads it as the
     * close of the last body measure's text, whose prose gives that measure the role; the sentence leads every body
     * measure of the same section since the previous such sentence (or the section's start) too.
     */
    private static void linkClosingSentences(DocumentDraft draft, PlanParser.ParseContext context) {
        String raw = draft.source.raw();
        BodyNameEndings endings = context.departments().bodyNameEndings();
        Map<String, List<DocumentDraft.Measure>> open = new HashMap<>();
        for (DocumentDraft.Measure measure : List.copyOf(draft.measures)) {
            if (!measure.bodyMeasure) {
                continue;
            }
            List<DocumentDraft.Measure> run = open.computeIfAbsent(String.valueOf(measure.parentId),
                    k -> new ArrayList<>());
            run.add(measure);
            String printed = measure.quote.of(raw).stripTrailing();
            int lineStart = printed.lastIndexOf('\n') + 1;
            String closing = TextCleaner.cleanLine(printed.substring(lineStart));
            List<ResponsibilityCell.Assignment> leads = lineStart > 0
                    ? UnoutlinedLists.closingLeads(endings, closing) : List.of();
            if (leads.isEmpty()) {
                continue;
            }
            String quote = printed.substring(lineStart).strip();
            for (DocumentDraft.Measure led : run) {
                ResponsibilityLinks.link(draft, context, led.id, led.location, quote, leads, led.where,
                        "sentence closing the projects above it");
            }
            run.clear();
        }
    }

    /**
     * Whether a section is (or lies under) the plan's principles or guiding ideas (二、基本原则): its prose frames how the
     * work is done and gives no one a role; notes printed there are still read.
     */
    private static boolean underPrinciples(DocumentDraft.Section section, Map<String, DocumentDraft.Section> byId,
                                           PlanConventions conventions) {
        for (DocumentDraft.Section s = section; s != null; s = s.parentId == null ? null : byId.get(s.parentId)) {
            if (conventions.isPrinciplesChapter(s.title)) {
                return true;
            }
        }
        return false;
    }

    private static void proseRoles(DocumentDraft draft, PlanParser.ParseContext context, ProseRoles prose,
                                   String targetId, String location, Span span, String where, String raw,
                                   boolean charges) {
        for (ProseRoles.Found found : prose.find(raw, span,
                draft.readNotes.subMap(span.start(), true, span.end(), false).values(),
                context.unknownBodies() != null, charges)) {
            ResponsibilityLinks.link(draft, context, targetId, location, found.sentence().of(raw),
                    List.of(new ResponsibilityCell.Assignment(found.role(), found.name())), where, "prose");
        }
    }

    /** Indicators of every Section body and every body Measure (task-table rows restate body text: skipped). */
    private static final Pattern HAS_DIGIT = Pattern.compile(
            "[0-9０-９]|[一二三四五六七八九十百千万]+(?:个|家|项|条|亿|万)");

    /** "一、…牵头工作(8项)", "（分解任务15项）": how many items the list below holds, not a target. */
    private static final Pattern ITEM_COUNT = Pattern.compile(
            "[（(][^（）()]{0,8}\\d+\\s*项[^（）()]{0,4}[）)]");

    private static List<IndicatorRecord> findIndicators(DocumentDraft draft, IndicatorFinder finder) {
        List<IndicatorRecord> indicators = new ArrayList<>();
        String documentId = draft.documentId();
        Map<String, DocumentDraft.Section> sections = new HashMap<>();
        draft.sections.forEach(s -> sections.put(s.id, s));
        NavigableMap<Integer, String> parts = partHeadings(draft.source);
        for (DocumentDraft.Section section : draft.sections) {
            // a heading may state the target itself ("（一）地区生产总值增长6.5%左右"): read it with the section's own
            // text that follows it
            // (the title, not the label: "表 1", "专栏 5" state nothing)
            Span heading = section.quote;
            Span own = section.ownText;
            boolean figureInTitle = section.title != null
                    && HAS_DIGIT.matcher(ITEM_COUNT.matcher(section.title).replaceAll("")).find();
            Span read = own == null ? (figureInTitle ? heading : null)
                    : figureInTitle ? new Span(heading.start(), Math.max(heading.end(), own.end())) : own;
            if (read == null && section.unreadLines != null) {
                read = section.unreadLines; // a table read by no header: its figures may still stand in columns
            }
            if (read != null) {
                indicators.addAll(find(finder, documentId, section.id, section.location, draft.quote(read),
                        headings(sections, section.id, parts, section.quote),
                        leadYear(draft, sections, section.parentId), section.where));
            }
        }
        for (DocumentDraft.Section section : draft.sections) {
            // a table's 合计 / group rows: each figure under its quantity header, owned by the table
            int k = 0;
            for (DocumentDraft.TotalFigure total : section.totals) {
                TaskTableRow row = new TaskTableRow(finder, documentId, section.id, section.location, section.title,
                        section.where);
                TaskTableRow.Cell cell = new TaskTableRow.Cell(draft.quote(total.row()), draft.quote(total.cell()));
                for (IndicatorRecord read : row.headerFigures(cell, total.quantity(), total.unit(), total.actual())) {
                    indicators.add(read.withOwner(section.id + "#total" + (++k), section.id));
                }
            }
        }
        Set<String> restating = new HashSet<>();
        draft.links.stream().filter(l -> l.link().type() == LinkType.RESTATES)
                .forEach(l -> restating.add(l.link().fromId()));
        for (DocumentDraft.Measure measure : draft.measures) {
            // a task-table row that restates no passage of the body is the only place its figures are stated
            if (!measure.figuresReadWithTable && (measure.bodyMeasure || !restating.contains(measure.id))) {
                // a row of a progress table (a 进展情况 column beside the task): the task states the plan whatever the
                // table's title says ("…一季度进展情况表"), the progress cells report what was done
                // (so does a row with a time to be done by: 计划完成时间 beside the task of a "…进展情况登记表")
                boolean progressTable = !measure.progress.isEmpty() || measure.timeline != null;
                List<String> taskHeadings = progressTable ? List.of()
                        : headings(sections, measure.parentId, parts, measure.quote);
                Integer leadYear = progressTable ? null : leadYear(draft, sections, measure.parentId);
                if (measure.taskCells.isEmpty()) {
                    indicators.addAll(find(finder, documentId, measure.id, measure.location,
                            draft.quote(measure.quote), taskHeadings, leadYear, measure.where));
                }
                int n = (int) indicators.stream().filter(i -> measure.id.equals(i.ownerId())).count();
                // the task read apart from its quote: cells interleaved with others, text printed after its names
                List<Span> taskText = new ArrayList<>(measure.taskCells);
                taskText.addAll(measure.continued);
                for (Span part : taskText) {
                    for (IndicatorRecord planned : find(finder, documentId, measure.id, measure.location,
                            draft.quote(part), taskHeadings, leadYear, measure.where)) {
                        indicators.add(planned.withOwner(measure.id + "#" + (++n), measure.id));
                    }
                }
                // the figures of the row's target and progress cells, named by the task (see TaskTableRow)
                TaskTableRow row = new TaskTableRow(finder, documentId, measure.id, measure.location, measure.text,
                        measure.where);
                if (measure.targetCell != null) {
                    List<Span> cells = new ArrayList<>(List.of(measure.targetCell));
                    cells.addAll(measure.shareCells); // a split table's shares: targets of the same quantity
                    List<TaskTableRow.Cell> rowCells = new ArrayList<>();
                    for (Span cell : cells) {
                        rowCells.add(new TaskTableRow.Cell(draft.quote(new Span(measure.quote.start(), cell.end())),
                                draft.quote(cell)));
                    }
                    String unitText = measure.unitCell == null ? null : draft.quote(measure.unitCell);
                    for (IndicatorRecord set : row.targets(ownedBy(indicators, measure.id), unitText, rowCells)) {
                        indicators.add(set.withOwner(measure.id + "#" + (++n), measure.id));
                    }
                }
                List<IndicatorRecord> stated = ownedBy(indicators, measure.id);
                IndicatorRecord set = TaskTableRow.targetFigure(stated,
                        measure.targetCell == null ? null : draft.quote(measure.targetCell));
                // a percentage alone under a column of the share done (当前进度 80%): read where it is the row's only
                // report of progress, not where the amount done is printed beside it (the share is derived from that)
                String shareColumn = measure.progressColumn;
                for (Span progress : measure.progress) {
                    String cell = draft.quote(progress);
                    for (IndicatorRecord done : find(finder, documentId, measure.id, measure.location,
                            cell, TaskTableRow.PROGRESS_HEADINGS, null, measure.where)) {
                        done = shareColumn == null || !TaskTableRow.isShareDone(cell, done) ? row.reported(done, set)
                                : measure.progress.size() == 1 ? TaskTableRow.shareDone(done, shareColumn) : null;
                        if (done == null) {
                            continue;
                        }
                        indicators.add(done.withOwner(measure.id + "#" + (++n), measure.id)); // numbered on after the task's
                    }
                }
                // progress cells printing a number alone count in the unit of the target beside them
                for (IndicatorRecord done : row.reportedInTargetUnits(
                        measure.progress.stream().map(draft::quote).toList(), stated)) {
                    indicators.add(done.withOwner(measure.id + "#" + (++n), measure.id));
                }
                // the cells under a header naming a quantity with its unit ("总投资(万元)"): figures in that unit
                for (DocumentDraft.HeaderFigure figure : measure.headerFigures) {
                    if (figure.cell().start() < measure.quote.start()) {
                        continue; // the row's quote runs from its task cell: a cell before it is quoted by no row text
                    }
                    TaskTableRow.Cell cell = new TaskTableRow.Cell(
                            draft.quote(new Span(measure.quote.start(), figure.cell().end())), draft.quote(figure.cell()));
                    List<IndicatorRecord> read = figure.dated()
                            ? row.yearFigures(cell, figure.quantity(), figure.unit(), figure.actual(), figure.year())
                            : row.headerFigures(cell, figure.quantity(), figure.unit(), figure.actual());
                    for (IndicatorRecord r : read) {
                        indicators.add(r.withOwner(measure.id + "#" + (++n), measure.id));
                    }
                }
                datedByDeadline(indicators, measure);
            }
        }
        return List.copyOf(indicators);
    }

    /** A row's deadline printing one year: "2024年底前", "2024年12月31日前". */
    private static final Pattern DEADLINE_YEAR = Pattern.compile(
            "^\\D{0,4}((?:19|20)\\d{2})\\s*年[^\\d]*(?:\\d{1,2}\\s*[月日号][^\\d]*){0,2}$");

    /**
     * A task-table row whose deadline cell prints one year ("2024年底前") sets its figures for that year: the figures its
     * task states without a year of their own, as targets for one year, take it (a table printed without its title, or
     * under one naming no year, dates its tasks by that cell).
     */
    private static void datedByDeadline(List<IndicatorRecord> indicators, DocumentDraft.Measure measure) {
        Matcher year = measure.timeline == null ? null : DEADLINE_YEAR.matcher(measure.timeline.replaceAll("\\s", ""));
        if (year == null || !year.matches()) {
            return;
        }
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRecord figure = indicators.get(i);
            if (measure.id.equals(figure.ownerId()) && figure.year() == null
                    && figure.period() == IndicatorPeriod.YEAR
                    && figure.role() == IndicatorRole.TARGET) {
                indicators.set(i, figure.withYear(Integer.valueOf(year.group(1))));
            }
        }
    }

    /** The indicators of {@code indicators} that {@code ownerId} owns, in order. */
    private static List<IndicatorRecord> ownedBy(List<IndicatorRecord> indicators, String ownerId) {
        return indicators.stream().filter(i -> ownerId.equals(i.ownerId())).toList();
    }

    /**
     * The titles of section {@code sectionId} and of the sections above it, nearest first; {@code sections} by id. Then
     * the unnumbered part heading in force where the passage at {@code at} starts ({@link #partHeadings}).
     */
    private static List<String> headings(Map<String, DocumentDraft.Section> sections, String sectionId,
                                         NavigableMap<Integer, String> parts, Span at) {
        List<String> titles = new ArrayList<>();
        for (DocumentDraft.Section s = sections.get(sectionId); s != null && titles.size() < 8;
                s = sections.get(s.parentId)) {
            if (s.title != null) {
                titles.add(s.title);
            }
        }
        Map.Entry<Integer, String> part = at == null ? null : parts.floorEntry(at.start());
        if (part != null) {
            titles.add(part.getValue());
        }
        return titles;
    }

    /** A line opening an outline element (一、 （一） 1. 第N章 专栏N 表N ——): a heading of the outline, not of a part. */
    private static final Pattern OUTLINE_MARK = Pattern.compile(
            "^(?:[一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十\\d]+\\s*[）)]"
                    + "|\\d{1,2}\\s*" + ItemNumbers.CLOSING_MARK
                    + "|第\\s*[一二三四五六七八九十百零\\d]+\\s*[章节部篇]|专栏|表\\s*\\d|[—－-])");
    /** The first chapter of a series: "一、…", "第一章…". */
    private static final Pattern SERIES_START = Pattern.compile(
            "^(?:一\\s*、|第\\s*一\\s*[章部篇])");
    /** Marks a heading never prints: sentence and clause punctuation. */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[。，,；;：:！!？?]");
    /** The longest line read as a part heading ("2025年和“十四五”工作回顾"). */
    private static final int MAX_PART_HEADING = 30;

    /**
     * Unnumbered headings over series of chapters, as a government work report prints its parts ("2025年和“十四五”工作
     * 回顾" ⏎ 一、… 二、…, then "2026年工作安排" ⏎ 一、…): a short line of its own after a finished sentence (or first in
     * the text), printing no punctuation, no white space and no outline mark, with only prose between it and the 一、
     * that opens the series. By the raw offset it starts at: a part holds from there to the next one. The indicator
     * finder reads it as the outermost heading: a review part's figures are reported, not set.
     */
    static NavigableMap<Integer, String> partHeadings(SourceText source) {
        NavigableMap<Integer, String> parts = new TreeMap<>();
        String previous = "";
        SourceText.Line candidate = null;
        String candidateText = null;
        for (SourceText.Line line : source.lines()) {
            if (line.isNoise() || line.contentStart() >= line.contentEnd()) {
                continue;
            }
            String text = TextCleaner.cleanLine(line.text());
            if (text.isEmpty()) {
                continue;
            }
            if (OUTLINE_MARK.matcher(text).find()) {
                if (candidate != null && SERIES_START.matcher(text).find()) {
                    parts.put(candidate.contentStart(), candidateText);
                }
                candidate = null;
            } else if ((previous.isEmpty() || TextCleaner.endsSentence(previous.charAt(previous.length() - 1)))
                    && text.length() >= 4 && text.length() <= MAX_PART_HEADING
                    && text.codePoints().noneMatch(Character::isWhitespace) && !CLAUSE_MARK.matcher(text).find()) {
                candidate = line;
                candidateText = text;
            }
            previous = text;
        }
        return parts;
    }

    /** A year a lead sentence aims at: "到2025年", "力争至2027年" (not "截至2023年", a status date). */
    private static final Pattern LEAD_YEAR = Pattern.compile("(?<!截)(?:到|至)\\s*((?:19|20)\\d{2})\\s*年");

    /**
     * The year the lead sentences of the nearest section at or above {@code sectionId} aim at, where its own text (what
     * it prints before its first sub-item) names one: "一、总体目标 到2025年，…" dates the figures of "（一）…" and "1. …"
     * under it that print no year of their own, as a mark in a passage dates what follows it. Null when the nearest
     * own text naming such a year names two ("到2025年…到2035年…": which one an item aims at is not told) or none does.
     */
    private static Integer leadYear(DocumentDraft draft, Map<String, DocumentDraft.Section> sections,
                                    String sectionId) {
        for (DocumentDraft.Section s = sections.get(sectionId); s != null; s = sections.get(s.parentId)) {
            if (s.ownText == null) {
                continue;
            }
            Matcher m = LEAD_YEAR.matcher(draft.quote(s.ownText));
            Set<String> named = new HashSet<>();
            while (m.find()) {
                named.add(m.group(1));
            }
            if (!named.isEmpty()) {
                return named.size() == 1 ? Integer.valueOf(named.iterator().next()) : null;
            }
        }
        return null;
    }

    private static List<IndicatorRecord> find(IndicatorFinder finder, String documentId, String ownerId,
                                              String location, String rawText, List<String> headings,
                                              Integer leadYear, String where) {
        List<IndicatorRecord> found = finder.find(documentId, ownerId, location, rawText, headings, leadYear);
        if (found == null) {
            throw new SeedException(where, "indicator finder returned null for " + ownerId);
        }
        for (IndicatorRecord indicator : found) {
            if (indicator.source() == null || !rawText.contains(indicator.source().quote())) {
                throw new SeedException(where, "indicator " + indicator.id() + " of " + ownerId + " has a quote that "
                        + "is not in the owner's raw text");
            }
        }
        return found;
    }
}
