package org.policygraph.ingest.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.policygraph.ingest.IndicatorFinder;
import org.policygraph.ingest.indicator.ReviewHeadings.Review;
import org.policygraph.model.IndicatorRecord;

/**
 * Rule-based extraction of quantitative targets, baselines and reported actuals from Chinese plan text, plus
 * curated corrections. How it reads a passage ({@link #find}):
 * <ol>
 *   <li>the heading it stands under: under a review ({@link ReviewHeadings}) its figures are reported, and so in a
 *       text that opens as a review of a year ({@link ReviewOpening}) unless a heading announces what is to be
 *       done;</li>
 *   <li>a flattened target table (see {@link FlattenedTable}), an indicator table printed one row a line (see
 *       {@link UnitColumnTable}) and a target table printed one cell a line (see {@link VerticalTargetTable}) are
 *       read by their columns, not by the prose rules;</li>
 *   <li>the prose is read by {@link PassageReader}: whitespace and OCR noise are dropped into a {@link CompactText}
 *       (keeping the map back to raw offsets, so quotes stay verbatim); on that text it finds the time context
 *       ({@link TimeMarks}), rank statements ({@link RankStatements}) and figure statements
 *       ({@link FigureStatements}: numbers with their units from {@link PrintedValues}, counts with their nouns from
 *       {@link CountedNouns}, shares around their noun from {@link ShareNouns}, without the figures a plan prints but
 *       does not set, {@link NonTargets}); it names each from its clause ({@link IndicatorNames},
 *       {@link ComparatorVerbs}) and places it in time (year, period, role);</li>
 *   <li>the curated corrections are applied ({@link PassageCorrections});</li>
 *   <li>every figure is matched to a curated metric ({@link MetricVocabulary}).</li>
 * </ol>
 */
public final class RuleBasedIndicatorFinder implements IndicatorFinder {

    /** The names of an indicator table's unit column and present figures' column ({@link UnitColumnTable}). */
    private final IndicatorTableHeads heads;
    /** Whether a passage stands under a heading reviewing what was done. */
    private final ReviewHeadings reviewHeadings;
    /** Reads a passage's prose: finds its statements, names them, places them in time. */
    private final PassageReader passages;
    /** The curated corrections, applied to what a passage's readers found. */
    private final PassageCorrections corrected;
    private final MetricVocabulary metrics;
    private final Map<String, DocumentYears> documentYears;
    private final TargetBounds bounds;
    private final Units units;
    private final IndicatorWords words;
    /** A name ending in an UNITLESS_NAME word: a ratio or an index, printed without a unit. */
    private final Pattern unitlessName;

    /**
     * @param metrics the curated metrics each found figure is matched to by name and kind
     * @param bounds  the words that bound a figure (以上, 超过, 不超过 …) and the comparator each gives
     *                ({@code vocabulary/target-bounds.tsv})
     * @param units   the units a figure may carry ({@code vocabulary/units.tsv}) and what a figure in each of them is
     * @param words   the verbs and name words the prose rules read figures with ({@code vocabulary/indicator-words.tsv})
     * @param heads   the column names an indicator table shares with the task tables ({@code vocabulary/table-columns.tsv})
     * @param taskLabels the labels of a task's responsibility note (责任单位：, 主管部门：), as the role reader knows them
     *                ({@code vocabulary/responsibility-labels.tsv})
     */
    public RuleBasedIndicatorFinder(IndicatorCorrections corrections, Map<String, DocumentYears> documentYears,
                                    MetricVocabulary metrics, TargetBounds bounds, Units units, IndicatorWords words,
                                    IndicatorTableHeads heads, TaskLabels taskLabels) {
        this.heads = Objects.requireNonNull(heads, "heads");
        this.units = Objects.requireNonNull(units, "units");
        IndicatorCorrections checked = Objects.requireNonNull(corrections, "corrections");
        this.documentYears = Map.copyOf(documentYears);
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.words = Objects.requireNonNull(words, "words");
        this.reviewHeadings = new ReviewHeadings(words);
        this.passages = new PassageReader(units, bounds, words, taskLabels);
        this.corrected = new PassageCorrections(checked, units);
        this.unitlessName = Pattern.compile("(?:" + words.alternation(IndicatorWords.Kind.UNITLESS_NAME) + ")$");
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The review heading the passage stands under ({@link ReviewHeadings#reviewUnder}), or null. */
    Review reviewUnder(List<String> headings) {
        return reviewHeadings.reviewUnder(headings);
    }

    @Override
    public List<IndicatorRecord> find(String documentId, String ownerId, String location, String rawText) {
        return find(documentId, ownerId, location, rawText, List.of());
    }

    @Override
    public List<IndicatorRecord> find(String documentId, String ownerId, String location, String rawText,
                                      List<String> headings) {
        return find(documentId, ownerId, location, rawText, headings, null);
    }

    @Override
    public List<IndicatorRecord> find(String documentId, String ownerId, String location, String rawText,
                                      List<String> headings, Integer leadYear) {
        DocumentYears years = documentYears.getOrDefault(documentId, DocumentYears.UNKNOWN);
        if (leadYear == null) {
            // "一、…“十四五”时期重点工作…" over a row that prints no year: its figures are the period's
            leadYear = TimeMarks.periodOfHeadings(headings, years.issued());
        }
        Review review = reviewHeadings.reviewUnder(headings, years.reviewed());
        review = review == null ? null : review.in(years);
        int tableAt = FlattenedTable.headStart(rawText);
        String prose = tableAt < 0 ? rawText : rawText.substring(0, tableAt);
        UnitColumnTable.Found table = tableAt < 0
                ? UnitColumnTable.read(documentId, location, prose, years, bounds, units, words, heads)
                : null;
        VerticalTargetTable.Found vertical = tableAt < 0 && table == null
                ? VerticalTargetTable.read(documentId, location, prose, years, bounds, units, words) : null;
        if (vertical != null) {
            prose = prose.substring(0, vertical.start()); // the table's rows are read by their columns
        }
        if (table != null) {
            // the table's rows are read by their columns; the prose around them stays prose, cut off at the table
            char[] blanked = prose.toCharArray();
            java.util.Arrays.fill(blanked, table.start(), table.end(), ' ');
            blanked[table.start()] = '。';
            prose = new String(blanked);
        }
        List<FlattenedTable.Placed> found = new ArrayList<>(
                passages.read(documentId, location, prose, years, review, leadYear));
        if (tableAt >= 0) {
            found.addAll(FlattenedTable.read(documentId, location, rawText, years, bounds, units, words));
        }
        if (table != null) {
            found.addAll(table.figures());
        }
        if (vertical != null) {
            found.addAll(vertical.figures());
        }
        corrected.apply(documentId, location, rawText, found);
        found.sort(Comparator.comparingInt(FlattenedTable.Placed::start)); // stable: file order for equal positions
        List<IndicatorRecord> out = new ArrayList<>(found.size());
        int n = 0;
        for (FlattenedTable.Placed p : found) {
            IndicatorRecord r = p.record().withOwner(ownerId + "#" + (++n), ownerId);
            out.add(r.withMetric(metrics.metricOf(r.name(), r.kind())));
        }
        return out;
    }

    @Override
    public Integer issuedYear(String documentId) {
        return documentYears.getOrDefault(documentId, DocumentYears.UNKNOWN).issued();
    }

    @Override
    public List<IndicatorRecord> findInTargetCell(String documentId, String ownerId, String location, String rawRow,
                                                  String task, String unit, String target) {
        boolean unitless = unit == null && task != null && unitlessName.matcher(task.replaceAll("\\s", "")).find();
        IndicatorRecord r = TargetCell.read(documentId, location, rawRow, task, unit, target, bounds, units,
                documentYears.getOrDefault(documentId, DocumentYears.UNKNOWN), unitless);
        if (r != null) {
            return List.of(r.withMetric(metrics.metricOf(r.name(), r.kind())));
        }
        if (unit != null || !target.matches("(?s).*\\d.*") || !rawRow.endsWith(target)) {
            return List.of();
        }
        // "地区生产总值 | 增长5.5%(市下达指标)": the requirement states the figure, the task cell names it; only the
        // figures stated in the target cell are the row's (the task cell's own are read with the task)
        int targetAt = rawRow.length() - target.length();
        return find(documentId, ownerId, location, rawRow).stream()
                .filter(f -> rawRow.indexOf(f.source().quote()) + f.source().quote().length() > targetAt)
                .map(f -> f.withOwner(null, null)).toList();
    }
}
