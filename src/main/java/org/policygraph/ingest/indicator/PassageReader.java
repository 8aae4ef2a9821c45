package org.policygraph.ingest.indicator;

import static org.policygraph.ingest.indicator.Clauses.CLAUSE_BOUNDARIES;
import static org.policygraph.ingest.indicator.Clauses.SENTENCE_ENDS;
import static org.policygraph.ingest.indicator.Clauses.printedAt;
import static org.policygraph.ingest.indicator.Clauses.scopedBefore;
import static org.policygraph.ingest.indicator.Clauses.segmentEnd;
import static org.policygraph.ingest.indicator.Clauses.segmentStart;
import static org.policygraph.ingest.indicator.Clauses.startsWithAny;
import static org.policygraph.ingest.indicator.Clauses.stripLeading;
import static org.policygraph.ingest.indicator.Clauses.stripTrailing;
import static org.policygraph.ingest.indicator.IndicatorNames.inherit;
import static org.policygraph.ingest.indicator.IndicatorNames.isGeneric;
import static org.policygraph.ingest.indicator.IndicatorNames.withoutTrailingTime;
import static org.policygraph.ingest.indicator.Spans.mark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.indicator.ReviewHeadings.Review;
import org.policygraph.ingest.indicator.TimeMarks.YearMark;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorPeriod;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;
import org.policygraph.model.SourceRef;
import org.policygraph.model.TargetComparator;

/**
 * Reads the prose of one passage: finds its statements (rank statements, figure statements), names each from its
 * clause and places it in time, in text order.
 *
 * <p>Names are the clause subject with time context, 力争 and comparator verbs removed; a clause without a subject
 * ("，年均增长 30% 以上") inherits the last one; "A、B…分别达到 x、y" gives A x and B y. A share phrased around its
 * noun ("实现…80%以上…覆盖") is named by the clause. 力争 (aspirational) holds until 。or ；.
 *
 * <p>What a value means in time ({@link IndicatorPeriod}): 年均 growth is AVERAGE_ANNUAL_GROWTH over the governing
 * period; 每年 or "…/年" is PER_YEAR (每年 holds over the following clauses until one starts with its own action
 * verb); 累计, or a plain amount in a "十三五"期间 span, is CUMULATIVE over the span; anything else is YEAR.
 * Its role ({@link IndicatorRole}): ACTUAL when its year is before the document's year of issue or after a
 * reporting cue (现有, 有近, 仅N, YYYY年以来) with no later target year; BASELINE for the "from" value of a
 * from→to target; else TARGET. "各 N" keeps N with {@code each} set. The short name a text defines (以下简称) names
 * what follows; the level a plan builds on (在…基础上) is an actual.
 */
final class PassageReader {

    /** An item of an enumeration that is a figure: "29092元". */
    private static final String ENDS_WITH_VALUE = "\\d(?:{UNIT})$";

    /** A gap to an average, "高于全省平均水平2.7个百分点": a comparison, not the name of what a rank ranks. */
    private static final Pattern AVERAGE_GAP = Pattern.compile(
            "(?:高于|低于|超过|超出)(?:全国|全省|全市|全区|全县|全州)?(?:平均水平|平均值|平均)\\d+(?:\\.\\d+)?个百分点");

    /**
     * A gap between a result and its aim, right before the figure: "高出目标任务29元", "超出年度计划3个百分点". Derived from
     * the result and the aim, both printed: no figure of its own.
     */
    private static final Pattern AIM_GAP = Pattern.compile("(?:高出|超出|超过|多出|低于)(?:年度|全年|年)?(?:目标|计划)(?:任务)?$");

    /**
     * What a report says was done or is under way at the time of writing, beside the task: "已开展…9200人次", "已开工
     * 建设…35所", "实际新增603张", "正在开展…5所". A reporting cue, dated the year of writing.
     */
    private static final String DONE_SO_FAR = "已(?=开展|开工)|实际(?=新增|完成|建成|开工|投入|发放)"
            + "|正在(?=开展|建设|实施|推进)";

    /**
     * Words that report the present: "现有", "目前全市共有" (目前 opening a clause: not "由目前的…提高至", a from→to
     * target, nor "项目前期"), "已建成", "已开工建设", "实际新增", "正在开展".
     */
    private static final Pattern ACTUAL_CUE = Pattern.compile(
            "现有|有近|仅(?=\\d)|截至目前|(?:^|(?<=[，,。；;：:]))目前(?!的)|共有|(?<!\\d)\\d{1,2}[-—–~至]\\d{1,2}月"
                    + "|已(?=建成|完成|累计|形成|培育|认定|创建|实现|达到|安排)|" + DONE_SO_FAR
                    // what an inspection found: "在督查中发现,…持续推进事项25件", "检查发现…"
                    + "|(?:督查|检查|调研|暗访|巡查)中?发现");

    /** "每个县(市)重点打造1~2个…", "每县建成1个…": a figure per unit of a kind, like 各. */
    private static final Pattern EACH_UNIT = Pattern.compile("^每(?:个)?[县区市乡镇村街]");

    /** The labels naming who a task is given to ("责任单位:", "牵头单位：", "主管部门:"): a note closing a task's sentence. */
    private final TaskLabels taskLabels;
    /** The time context of a passage: years, periods, status dates. */
    private final TimeMarks timeMarks;
    /** Rank statements: "稳居全省前三". */
    private final RankStatements ranks;
    /** Figures with their units, counts with their nouns, doublings: the statements besides ranks. */
    private final FigureStatements figures;
    /** How a figure's name is cut from its clause. */
    private final IndicatorNames naming;
    /** The verbs and bound words before a figure, peeled off its name: its comparator, growth and cues. */
    private final ComparatorVerbs comparatorVerbs;
    /** How place names are printed. */
    private final PlaceNames places;
    /** A count followed by its noun: where the noun ends, which verb makes it a statement. */
    private final CountedNouns counts;
    /** A share phrased around its noun ("实现…80%以上…覆盖"). */
    private final ShareNouns shares;
    /** Figures a plan prints that it does not set: awards, grant terms, scope notes, its own item counts … */
    private final NonTargets nonTargets;
    private final TargetBounds bounds;
    private final Units units;
    /** A clause starting with one of these states its own action: a 每年 before it no longer applies. */
    private final List<String> clauseVerbs;
    /** From→to verbs: "由目前的25%提高至40%". */
    private final List<String> fromTo;
    /** Words naming only a dimension of the clause before's subject ("全长"): DIMENSION. */
    private final List<String> dimensions;
    /** Verbs that state a level reached: under a 期间 span, the value is the level at the span's end. */
    private final List<String> levelVerbs;
    /** A negation before a predicate of completion: "未开工", "尚未建成" (NOT_YET). */
    private final Pattern notYet;
    /** The name of a share ("比重", "占比"): a figure in 倍 named so is a share, not a multiple (SHARE_NAME). */
    private final Pattern shareName;
    /** A word of a report making the figure after it in its clause the plan's own ("年计划", "年初预算"; PLANNED). */
    private final Pattern planned;
    /** "目标任务是:", "年度目标为：": a report's lead to the aim it was given (a PLANNED word, 是 or 为, a colon). */
    private final Pattern aimLead;
    /** "项目进展:", "进展情况：": the label of a progress note (PROGRESS_LABEL and a colon). */
    private final Pattern progressLabel;
    /** "下步打算:": the label of what is next (a PLANNING_HEADING word, a colon within a few characters). */
    private final Pattern nextLabel;
    /** 各 right before a verb of building or bringing in ("各新建1个…", EACH_VERB): a figure per unit of a kind. */
    private final Pattern each;

    PassageReader(Units units, TargetBounds bounds, IndicatorWords words, TaskLabels taskLabels) {
        this.taskLabels = Objects.requireNonNull(taskLabels, "taskLabels");
        this.units = Objects.requireNonNull(units, "units");
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.timeMarks = new TimeMarks(words);
        this.ranks = new RankStatements(words);
        this.naming = new IndicatorNames(words);
        this.comparatorVerbs = new ComparatorVerbs(bounds, words);
        this.places = new PlaceNames(words);
        this.counts = new CountedNouns(units, words, naming, places);
        this.shares = new ShareNouns(words, naming);
        this.nonTargets = new NonTargets(units, words, naming);
        this.figures = new FigureStatements(units, words, naming, new PrintedValues(units, bounds, words), counts,
                nonTargets, shares, taskLabels);
        this.clauseVerbs = words.of(IndicatorWords.Kind.CLAUSE_VERB);
        this.fromTo = words.of(IndicatorWords.Kind.FROM_TO);
        this.dimensions = words.of(IndicatorWords.Kind.DIMENSION);
        this.levelVerbs = words.of(IndicatorWords.Kind.LEVEL_VERB);
        this.notYet = Pattern.compile(words.alternation(IndicatorWords.Kind.NOT_YET));
        this.each = Pattern.compile("各(?=" + words.alternation(IndicatorWords.Kind.EACH_VERB) + ")");
        this.shareName = Pattern.compile(words.alternation(IndicatorWords.Kind.SHARE_NAME));
        this.planned = Pattern.compile(words.alternation(IndicatorWords.Kind.PLANNED));
        this.aimLead = Pattern.compile("(?:" + words.alternation(IndicatorWords.Kind.PLANNED) + ")(?:是|为)?[:：]");
        this.progressLabel = Pattern.compile("(?:" + words.alternation(IndicatorWords.Kind.PROGRESS_LABEL) + ")[:：]");
        this.nextLabel = Pattern.compile("(?:" + words.alternation(IndicatorWords.Kind.PLANNING_HEADING)
                + ")[^，,。；;：:]{0,4}[:：]");
    }

    /**
     * The statements of one passage's prose, named and placed in time, in text order: {@code review} the review
     * heading it stands under (or null), {@code leadYear} the year a lead sentence above it aims at (or null).
     */
    List<FlattenedTable.Placed> read(String documentId, String location, String prose, DocumentYears years,
                                     Review review, Integer leadYear) {
        return new Passage(documentId, location, prose, years, review, leadYear).read();
    }

    // ------------------------------------------------------------------------------------------------------------

    /**
     * The time and role context at one statement. {@code progress}: the statement stands in a progress note
     * ("项目进展:…"), a result of the year reported on.
     */
    private record Context(YearMark governing, boolean reportingCue, boolean aspirational, boolean perYear,
                           boolean cumulative, boolean progress) {
    }

    /** What a statement measures and how its value relates to it. */
    private static final class Reading {
        Hit hit;
        int quoteStart;
        String name;
        IndicatorKind kind;
        TargetComparator comparator = TargetComparator.EQUAL;
        Double value;
        String growthToken;
        boolean levelVerb;
        boolean each;
        boolean reportingCue;
        boolean aspirational;
        /** "A、B…分别…": the enumerated subject the values of this run are distributed over. */
        String respectively;
        /** "…，较2015年分别增长 x、y": no subject of its own, the values belong to the figures stated before. */
        boolean respectivelyOfFiguresBefore;
        /** "…，分别年均增长 x和y" with no subject of its own: the figures before, if the subject before has no items. */
        boolean respectivelyWithoutSubject;
        /** "A、B均增长12%": the subjects the one value holds for, each a figure of its own; null otherwise. */
        List<String> sharedBy;
        /** Where the sentence holding this statement ends (compact offset). */
        int sentenceEnd;
        /** This value took its name from the statement before (it continues a run). */
        boolean inherited;
        IndicatorRecord record;
    }

    /** Reads one passage: finds the statements, then names each and places it in time, in text order. */
    /**
     * After a figure, the aim it is ("增长10%的目标任务", "8%的年度目标"): in a report, what was to be reached, a target
     * however the clause reports it.
     */
    private static final Pattern STATED_AIM_AFTER = Pattern.compile("(?:以上|左右)?的(?:年度|全年)?(?:目标|任务目标)");

    private final class Passage {
        private final String documentId;
        private final String location;
        private final DocumentYears years;
        /** Non-null when the passage stands under a review heading: its figures are reported, not set. */
        private final Review review;
        /** The year a lead sentence above the passage aims at ("到2025年，…" over its items), or null. */
        private final Integer leadYear;
        private final CompactText ct;
        private final String s;
        private final boolean[] masked;
        private final List<YearMark> yearMarks;

        /** Where the count of the projects the document lists ends ({@link #countsListedProjects}), and its unit. */
        private int listedCountEnd = -1;
        private String listedUnit;
        /** The head noun of the projects of a list whose size is printed with 共 ({@link #LIST_SIZE}), or null. */
        private String listedHead;

        /** State carried from one statement to the next. */
        private String lastSubject;
        /** The last rank statement named: the places listed after it rank the same. */
        private Reading lastRank;
        private int prevEnd = -1;
        private Hit.Type prevType;
        private String prevVerb;

        Passage(String documentId, String location, String raw, DocumentYears years, Review review,
                      Integer leadYear) {
            this.leadYear = leadYear;
            this.documentId = documentId;
            this.location = location;
            this.years = years;
            this.review = review;
            this.ct = CompactText.of(raw);
            this.s = ct.text();
            this.masked = TimeMarks.titleMask(s);
            this.yearMarks = timeMarks.in(s, masked, years);
        }

        List<FlattenedTable.Placed> read() {
            if (s.isEmpty()) {
                return List.of();
            }
            List<Reading> readings = new ArrayList<>();
            for (Hit h : statements()) {
                Reading r = reading(h);
                if (r != null) {
                    readings.add(r);
                }
            }
            distributeRespectively(readings);
            qualifiedEnumeration(readings);
            placesOfABreakdown(readings);
            partsInBrackets(readings);
            List<FlattenedTable.Placed> out = new ArrayList<>();
            for (Reading r : readings) {
                if (r.sharedBy == null) {
                    out.add(new FlattenedTable.Placed(ct.rawStart(r.quoteStart), ct.rawEnd(r.hit.end), r.record));
                    continue;
                }
                for (String name : r.sharedBy) {
                    IndicatorRecord f = r.record;
                    out.add(new FlattenedTable.Placed(ct.rawStart(r.quoteStart), ct.rawEnd(r.hit.end),
                            new IndicatorRecord(null, f.documentId(), null, name, f.value(), f.valueMax(), f.unit(),
                                    f.year(), f.kind(), f.comparator(), f.aspirational(), f.source(), f.role(),
                                    f.period(), f.periodFrom(), f.periodTo(), f.printedUnit(), f.each(), null)));
                }
            }
            return out;
        }

        private List<Hit> statements() {
            List<Hit> hits = new ArrayList<>();
            boolean[] taken = new boolean[s.length()];
            for (YearMark y : yearMarks) {
                mark(taken, y.start(), y.end());
            }
            ranks.find(s, masked, taken, hits);
            figures.find(s, masked, taken, hits);
            figures.findDoublings(s, masked, taken, hits);
            hits.sort(Comparator.comparingInt(h -> h.start));
            return hits;
        }

        /** Names one statement and places it in time; null where it is not a statement after all. */
        private Reading reading(Hit h) {
            int segStart = segmentStart(s, h.start);
            // "A 3个、B 5个"; "2个X和6个Y" joins counts only ("分别达到54%和72%" is one statement)
            boolean afterEnumeration = prevEnd >= segStart && prevEnd < s.length() && prevEnd < h.start
                    && (s.charAt(prevEnd) == '、' || (CountedNouns.JOINTS.indexOf(s.charAt(prevEnd)) >= 0
                    && h.type == Hit.Type.PREFIX && prevType == Hit.Type.PREFIX));
            if (afterEnumeration) {
                segStart = prevEnd + 1;
            }
            int nameStart = prevEnd >= segStart ? Math.max(segStart, prevEnd) : segStart;
            // "建成100个以上精品村，500个以上示范村": a bare count opening the clause right after a counted clause
            boolean continuesCount = prevType == Hit.Type.PREFIX && prevEnd >= 0 && prevEnd == segStart - 1
                    && s.charAt(prevEnd) != '。' && naming.clean(s.substring(segStart, h.start)).isEmpty();
            if (h.type == Hit.Type.PREFIX && h.verb == null) {
                if ((afterEnumeration && prevType == Hit.Type.PREFIX) || (continuesCount && prevVerb != null
                        && units.isCounted(units.normalize(h.unit)))) {
                    h.verb = prevVerb;
                } else if (!clauseInitialCount(h, segStart) && !completedCount(h)) {
                    return null;
                }
            }
            int nameEnd = h.type == Hit.Type.RANK ? h.start : h.core;
            if (nameStart > nameEnd) {
                // "力争实现20%的村集体年收入超30万元": the figure lies inside the statement before it, whose noun it
                // qualifies; it states nothing of its own
                return null;
            }
            Context context = contextAt(h);
            String pre = s.substring(nameStart, nameEnd);
            for (String v : fromTo) {
                if (pre.startsWith(v)) {
                    pre = pre.substring(v.length());
                    break;
                }
            }
            if (h.type != Hit.Type.RANK && AIM_GAP.matcher(pre).find()) {
                return null; // "达到260元,高出目标任务29元": how far the result passed its aim, derived from the two
            }
            boolean previousClauseHasHit = prevEnd >= 0 && prevEnd >= segmentStart(s, Math.max(0, segStart - 1));
            Reading r = new Reading();
            r.hit = h;
            r.quoteStart = segStart;
            r.value = h.value;
            r.reportingCue = context.reportingCue();
            int sentenceEnd = h.start;
            while (sentenceEnd < s.length() && SENTENCE_ENDS.indexOf(s.charAt(sentenceEnd)) < 0) {
                sentenceEnd++;
            }
            r.sentenceEnd = sentenceEnd;
            r.aspirational = context.aspirational();
            switch (h.type) {
                case RANK -> nameRank(r, pre, segStart, previousClauseHasHit);
                case PREFIX -> nameCount(r);
                default -> nameValue(r, pre, segStart, previousClauseHasHit);
            }
            if (h.type != Hit.Type.RANK) {
                qualify(r);
            }
            r.each = r.each || each.matcher(pre).find() || EACH_UNIT.matcher(pre).find();
            r.record = placeInTime(r, context);
            if (nonTargets.describesOnly(r.record, h, s, pre)) {
                return null;
            }
            // the figure is read, kept or not: the next one is named after it ("建设项目27项(省级6项、市级5项": each
            // count after the first is named by its own words)
            prevEnd = h.end;
            prevType = h.type;
            prevVerb = h.verb;
            if (nonTargets.countsALevel(r.record)) {
                return null; // "省级6项": a count named only by its level
            }
            if (h.unit != null && units.isCounted(units.normalize(h.unit)) && countsListedProjects(h, pre)) {
                return null; // "第一批基本建设项目共90个，…政府投资项目54个" in that batch's plan: how the list is made up
            }
            return r;
        }

        /**
         * A count of the projects the document's title says it lists ({@link DocumentYears#listed()}): "2026年第一批基本
         * 建设项目共90个" in "…第一批基本建设项目投资计划"; and after it in its paragraph, a count in the same unit of
         * projects of one kind ("其中政府投资项目54个", "从项目领域看，产业发展项目33个"), a part of the list. The
         * projects are the document's own items: their number says how the list is made up, not a quantity it sets.
         */
        private boolean countsListedProjects(Hit h, String pre) {
            String items = years.listed();
            String cleaned = naming.clean(pre);
            if (items == null && ITEM_UNIT.equals(h.unit) && LIST_SIZE.matcher(cleaned).find()) {
                // "我县省市县重点工程项目共30项,其中:建设项目27项": the size of the list of projects the text gives an
                // account of, its entries counted in 项 and printed with 共; its parts follow ("新开工项目共16个" counts
                // works started, no list's entries)
                listedCountEnd = h.end;
                listedUnit = h.unit;
                listedHead = PROJECTS;
                return true;
            }
            if (items == null) {
                return listedHead != null && partOfTheList(h, cleaned, listedHead);
            }
            String subject = cleaned.replaceAll("(?:共计|共|合计|总计|有|为)$", "");
            if (subject.contains(items)) {
                listedCountEnd = h.end;
                listedUnit = h.unit;
                return true;
            }
            return partOfTheList(h, subject, items.substring(items.length() - 2));
        }

        /** A count in the list's unit, in its paragraph, of projects of one kind ("其中:建设项目27项"): a part of it. */
        private boolean partOfTheList(Hit h, String subject, String head) {
            return listedCountEnd >= 0 && h.unit.equals(listedUnit) && subject.endsWith(head)
                    && !ct.raw().substring(ct.rawStart(listedCountEnd - 1), ct.rawStart(h.start)).contains("\n");
        }

        /**
         * "7项试点经验获全国复制推广", "50平方公里以上建设用地面积达到…要求": a figure opening its clause, its noun
         * followed by a predicate; a predicate of level ("达到") is not part of the name.
         */
        private boolean clauseInitialCount(Hit h, int segStart) {
            if (!naming.clean(s.substring(segStart, h.start)).isEmpty()) {
                return false;
            }
            Matcher predicate = counts.predicate(h.noun);
            if (!predicate.find() || predicate.start() == 0) {
                return false;
            }
            if (predicate.group().equals("达到")) {
                h.noun = h.noun.substring(0, predicate.start());
            }
            h.verb = "";
            return true;
        }

        /**
         * "首批100个…示范社区全面建成": a count whose noun is completed by a predicate at the clause's end. "项目3个未开工":
         * the count of what is not done yet, named by the negated predicate itself.
         */
        private boolean completedCount(Hit h) {
            if (!h.listedBefore.isEmpty()) {
                // "403个贫困村18万贫困人口脱贫退出": the predicate after the last noun completes each listed count
                Matcher shared = counts.completion(h.listedBefore);
                if (shared.find() && shared.start() > 0) {
                    h.verb = "";
                    return true;
                }
            }
            Matcher done = counts.completion(h.noun);
            if (!done.find() || done.start() == 0) {
                return false;
            }
            h.noun = notYet.matcher(h.noun.substring(0, done.start())).matches() ? h.noun
                    : ADVERB_BEFORE_DONE.matcher(h.noun.substring(0, done.start())).replaceFirst("");
            h.verb = "";
            return true;
        }

        private Context contextAt(Hit h) {
            YearMark governing = null;
            boolean cue = false;
            Integer issued = years.issued();
            for (YearMark y : yearMarks) {
                if (y.end() <= h.core) {
                    if (y.since() && y.governs()) {
                        if (!ct.raw().substring(ct.rawStart(y.end() - 1), ct.rawStart(h.core)).contains("\n")) {
                            cue = true; // a status date: the figures after it in its paragraph are reported
                            governing = y;
                        }
                    } else if (y.since()) {
                        cue = true;
                    } else if (y.governs()) {
                        governing = y;
                        if (issued == null || y.year() >= issued) {
                            cue = false;
                        }
                    }
                }
            }
            Matcher cm = ACTUAL_CUE.matcher(s);
            while (cm.find() && cm.start() < h.core) {
                if (!masked[cm.start()] && (governing == null || cm.start() >= governing.end())
                        && scopedBefore(s, cm.group(), h.core, cm.start())) {
                    cue = true;
                }
            }
            int clause = segmentStart(s, h.core);
            boolean cumulative = s.substring(clause, h.core).contains("累计");
            return new Context(governing, cue, scopedBefore(s, "力争", h.core), perYearAt(h.core), cumulative,
                    inProgressNote(h));
        }

        /**
         * "项目进展:至12月底,该项目已入户接通天然气172083户…": a figure after a progress label in its paragraph is a result,
         * up to a label of what is next ("下步打算:"), the next item (②) or a table cell's border. A grant's standard
         * stated there ("按照每人每月200元的标准…") stays the figure the plan sets.
         */
        private boolean inProgressNote(Hit h) {
            Matcher label = progressLabel.matcher(s);
            int after = -1;
            while (label.find() && label.end() <= h.start) {
                after = label.end();
            }
            if (after < 0) {
                return false;
            }
            String between = s.substring(after, h.start);
            int clauseEnd = segmentEnd(s, h.end);
            if (between.matches("(?s).*[|｜①②③④⑤⑥⑦⑧⑨⑩].*") || nextLabel.matcher(between).find()
                    || s.substring(segmentStart(s, h.start), clauseEnd).contains("标准")) {
                return false;
            }
            return !ct.raw().substring(ct.rawStart(after - 1), ct.rawStart(h.start)).contains("\n");
        }

        /** 每年 holds to the end of its sentence, but not into a clause that starts with its own action verb. */
        private boolean perYearAt(int pos) {
            int k = s.lastIndexOf("每年", pos - 2);
            if (!scopedBefore(s, "每年", pos, k)) {
                return false;
            }
            for (int i = k + 2; i < pos; i++) {
                if (CLAUSE_BOUNDARIES.indexOf(s.charAt(i)) >= 0 && startsWithAny(s.substring(i + 1), clauseVerbs)) {
                    return false;
                }
            }
            return true;
        }

        private void nameRank(Reading r, String pre, int segStart, boolean previousClauseHasHit) {
            Hit h = r.hit;
            if ("".equals(h.verb) && lastRank != null && h.start == lastRank.hit.end + 1 && s.charAt(h.start - 1) == '、') {
                // "分别排全区第2、第1、第2、第3位": a place listed after the first ranks what the first ranks, where
                r.name = lastRank.name;
                r.kind = IndicatorKind.RANK;
                r.comparator = TargetComparator.EQUAL;
                lastRank = r;
                return;
            }
            lastRank = r;
            String subject = pre;
            String scope = "";
            if (h.verb == null && startsWithAny(naming.clean(pre), "全国", "中部", "长江", "我国")) {
                scope = naming.clean(pre);
                subject = "";
            } else if (h.verb != null) {
                scope = naming.clean(s.substring(h.start + h.verb.length(), h.core));
            }
            String subj = naming.clean(subject);
            for (String t : new String[] {"持续", "稳定", RESPECTIVELY}) {
                if (subj.endsWith(t)) {
                    subj = subj.substring(0, subj.length() - t.length());
                }
            }
            Matcher scopeBefore = ranks.scopeAtEnd(subj);
            if (scope.isEmpty() && h.verb != null && !h.verb.isEmpty() && scopeBefore.find()) {
                // "增幅全省排名第四名": the scope printed before the verb of rank, not part of what ranks
                scope = scopeBefore.group();
                subj = stripTrailing(subj.substring(0, scopeBefore.start()), RESPECTIVELY);
            }
            boolean ownName = true;
            subj = AVERAGE_GAP.matcher(subj).replaceFirst(""); // "增幅高于全省平均水平2.7个百分点，居全省第2位"
            if (subj.isEmpty() || isGeneric(subj)) {
                String base = previousClauseHasHit ? lastSubject : naming.previousClauseSubject(s, segStart);
                String gapless = base == null ? null : AVERAGE_GAP.matcher(base).replaceFirst("");
                if (gapless != null && !gapless.equals(base) && (gapless.isEmpty() || isGeneric(gapless))) {
                    base = null; // "高于全省平均6.6个百分点，增速居全省第3位": a gap to the average names nothing
                }
                if (base == null) {
                    base = previousClauseHasHit ? naming.previousClauseSubject(s, segStart) : lastSubject;
                }
                subj = inherit(base, subj);
                lastSubject = base;
                ownName = false;
            }
            r.name = scope.isEmpty() ? subj : subj + "（" + stripTrailing(scope, "的") + "）";
            r.kind = IndicatorKind.RANK;
            r.comparator = h.rankTerm.startsWith("前") || h.rankTerm.endsWith("强") ? TargetComparator.AT_LEAST
                    : TargetComparator.EQUAL; // "前5名", "百强": at that place or better
            if (ownName) {
                lastSubject = subj;
            }
        }

        /** Whether the last statement read ended before the sentence holding {@code segStart} began. */
        private boolean lastStatementBefore(int segStart) {
            for (int i = segStart - 1; i >= prevEnd && i >= 0; i--) { // prevEnd is exclusive: "前列。" ends there
                if (SENTENCE_ENDS.indexOf(s.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private void nameCount(Reading r) {
            Hit h = r.hit;
            r.name = naming.clean(h.verb + h.noun);
            lastSubject = naming.clean(h.noun); // "5个园区成功认定…化工园区，数量居全区第一": what follows counts the same
            String unit = units.normalize(h.unit);
            r.kind = units.isCounted(unit) ? IndicatorKind.COUNT
                    : units.isPercent(unit) ? IndicatorKind.SHARE : IndicatorKind.LEVEL;
        }

        private void nameValue(Reading r, String pre, int segStart, boolean previousClauseHasHit) {
            Hit h = r.hit;
            // peel comparator / growth tokens off the end of the text before the number
            ComparatorVerbs.Peeled peeled = comparatorVerbs.peel(pre);
            String rest = peeled.rest;
            boolean negative = peeled.negative;
            TargetComparator verbCmp = peeled.comparator;
            r.growthToken = peeled.growthToken;
            r.levelVerb |= peeled.levelVerb;
            r.reportingCue |= peeled.reportingCue;
            r.aspirational |= peeled.aspirational;
            r.each |= peeled.each;
            boolean percent = units.isPercent(h.unit);
            boolean growth = percent && r.growthToken != null;
            if (h.onBasis) {
                r.reportingCue = true; // "在…过千亿元基础上": the level the plan builds on
                rest = rest.replaceFirst("^在", "");
            }
            String n0 = naming.withoutPlannedWords(DEADLINE_IN_NAME.matcher(naming.clean(rest)).replaceAll(""));
            // "工程设计行业中高级人才达到从业人员的 40%": the verb sits before the base of the share
            if (percent && !growth && verbCmp == null) {
                for (String v : new String[] {"达到", "提高到", "提高至", "提升至", "提升到"}) {
                    int k = rest.lastIndexOf(v);
                    if (k > 0) {
                        n0 = naming.clean(rest.substring(0, k)) + "占"
                                + stripTrailing(naming.clean(rest.substring(k + v.length())), "的");
                        break;
                    }
                }
            }
            // "实现 5G 网络 80%以上区域覆盖": the share is named by the clause around it
            boolean opensClause = shares.opensClause(s.substring(segStart, h.start))
                    && shares.ofWhatFollows(s).region(h.end, s.length()).lookingAt();
            if (percent && !growth && printedAt(s, h.end, shares.areaWords())) {
                // "建成区20%以上面积达到海绵城市建设要求": the share of the area of what precedes, reaching what follows
                int stop = segmentEnd(s, h.end + 1);
                n0 = naming.clean(rest + s.substring(h.end, stop));
                h.end = stop;
            } else if (percent && !growth && (s.startsWith("的", h.end) || opensClause)) {
                // "50%的城市社区建成…综合体": the share is of the noun phrase that follows
                int stop = segmentEnd(s, h.end + 1);
                n0 = naming.clean(s.substring(s.startsWith("的", h.end) ? h.end + 1 : h.end, stop));
                h.end = stop;
            } else if (percent && !growth) {
                Matcher noun = shares.noun(s.substring(h.end));
                if (noun.find()) {
                    n0 = naming.clean(rest + s.substring(h.end, h.end + noun.end()));
                    h.end = h.end + noun.end();
                }
            }
            if (!percent && r.growthToken != null) {
                n0 = n0 + r.growthToken; // "国际多式联运通道年增长 3 条": the increment is part of what is counted
            }
            int respectively = n0.indexOf("分别");
            if (respectively >= 0) {
                // "A、B…分别达到 x、y": one subject per value, distributed once the run is read
                n0 = n0.substring(0, respectively);
                // "…，较2015年分别增长 x、y" / "A达到…，B达到…，分别年均增长 x和y": the figures before are the subjects
                r.respectivelyOfFiguresBefore = startsWithAny(n0, "较", "比", "同比");
                r.respectivelyWithoutSubject = n0.isEmpty();
            }
            boolean ownName = true;
            String measuredFrom = n0.isEmpty() ? naming.baseOfPreviousClause(s, segStart) : null;
            if (measuredFrom != null) {
                n0 = measuredFrom; // "以2017年黑臭水体面积为基值，消减50%": the change is of the base's quantity
            } else if (n0.isEmpty() || isGeneric(n0) || dimensions.contains(n0) || PROGRESS_ONLY.matcher(n0).matches()
                    || startsWithAny(n0, "占", "比", "较", "是") || GENERIC_SHARE.matcher(n0).lookingAt()) {
                // "，年均增长 30% 以上" / "占对外贸易的比重…" / "规模稳居…" / "…供热主管网，全长约4.3公里": the subject
                // is stated before
                String base = lastSubject;
                if (base == null || (!previousClauseHasHit && (isGeneric(n0) || dimensions.contains(n0)
                        || lastStatementBefore(segStart))) || respectively >= 0) {
                    // "。规上工业增加值保持较快增速，增长7.3%": a subject left in an earlier sentence is not carried
                    // past a clause of this sentence naming its own
                    String prev = naming.previousClauseSubject(s, segStart);
                    base = prev != null ? prev : base;
                }
                n0 = withoutTrailingTime(inherit(base, n0)); // "地区生产总值" + "1—9月完成": time and verb go
                lastSubject = base;
                ownName = false;
                r.inherited = respectively < 0;
            }
            if (respectively >= 0) {
                r.respectively = n0;
            }
            Matcher shared = SHARED_BY.matcher(n0);
            if (respectively < 0 && ownName && shared.matches()) {
                // "城镇居民人均可支配收入、农民人均纯收入均增长12%以上": the value holds for each subject listed
                r.sharedBy = respectiveNames(shared.group(1), shared.group(1).split("、").length);
                if (r.sharedBy != null) {
                    n0 = shared.group(1);
                }
            }
            r.name = OPEN_BRACKET_AT_END.matcher(n0).replaceFirst(""); // "…筛查全覆盖(5000人)": the bracket holds the figure
            if (ownName) {
                // "全省社会消费品零售总额(以下简称社零额)…": what follows calls it by the short name, as the text does
                String shortName = naming.abbreviation(rest);
                lastSubject = shortName != null ? shortName : n0;
            }
            if (growth) {
                r.kind = IndicatorKind.GROWTH_RATE;
                if (negative) {
                    r.value = -r.value;
                }
            } else if (percent || ("倍".equals(h.unit) && shareName.matcher(n0).find())) {
                r.kind = IndicatorKind.SHARE;
            } else if (units.isCounted(h.unit)) {
                r.kind = IndicatorKind.COUNT;
            } else {
                r.kind = IndicatorKind.LEVEL;
            }
            if (verbCmp != null) {
                r.comparator = verbCmp;
            }
        }

        /** 以上, 以内/以下 (a ceiling), 左右, 余 ({@link TargetBounds}), ranges: how the value bounds the quantity. */
        private void qualify(Reading r) {
            Hit h = r.hit;
            TargetComparator bound = bounds.comparator(h.qualifier);
            if (h.valueMax != null) {
                r.comparator = TargetComparator.RANGE;
            } else if (bound != null && bound != TargetComparator.EQUAL) {
                r.comparator = bound; // "…控制在3%以内": a ceiling
            }
        }

        /**
         * Whether a PLANNED word stands before the figure in its clause, making it the plan's figure ("年计划完成地区生产
         * 总值617亿元", "由年初预算439.55亿元调整为413.8亿元"): not where the word is what was completed ("完成年度计划…")
         * or the figure is a share of it ("…年计划的97%"), nor where another figure stands between (the word is that
         * figure's).
         */
        private boolean plannedFigure(Hit h) {
            String before = s.substring(segmentStart(s, h.start), h.start);
            Matcher m = planned.matcher(before);
            int at = -1;
            int end = -1;
            while (m.find()) {
                at = m.start();
                end = m.end();
            }
            if (at < 0) {
                return false;
            }
            String after = before.substring(end);
            return !before.substring(0, at).endsWith("完成") && !after.endsWith("的") && !after.matches(".*\\d.*");
        }

        /**
         * Whether the figure stands inside a task a report quotes by its wording, the quote followed by 项目 or 等
         * ("“新建12所学校”项目已完成", "“为3000人次提供培训”等15项超额完成"): the task as the plan set it. A short quote
         * is a name ("“双11”"), not a task.
         */
        private boolean quotedTask(Hit h) {
            int open = s.lastIndexOf('“', h.core);
            if (open < sentenceStart(h.core) || s.lastIndexOf('”', h.core) > open) {
                return false;
            }
            int close = s.indexOf('”', h.core);
            if (close < 0 || close - open - 1 < MIN_QUOTED_TASK || sentenceStart(close) > open) {
                return false;
            }
            return QUOTED_TASK_AFTER.matcher(s).region(close + 1, s.length()).lookingAt();
        }

        /**
         * Whether the figure's sentence goes on to judge it against the pace the year's target sets by now ("产业投资:
         * 完成852.9亿元,滞后序时进度11.8个百分点", "超序时进度"): only a result is behind or ahead of schedule.
         */
        private boolean behindSchedule(Hit h, int sentenceEnd) {
            return h.end < sentenceEnd && SCHEDULE_JUDGED.matcher(s.substring(h.end, sentenceEnd)).find();
        }

        /** Where the sentence holding position {@code at} of the passage starts (after the last sentence end before it). */
        private int sentenceStart(int at) {
            int start = at;
            while (start > 0 && SENTENCE_ENDS.indexOf(s.charAt(start - 1)) < 0) {
                start--;
            }
            return start;
        }

        /**
         * Whether a colon announcing the aim stands before the figure in its sentence ("我市的目标任务是:农村低保标准不低于
         * 4000元/年,月人均救助水平不低于231元。", "年度目标为:…"): a report states the aim it was given before what was done;
         * the figures after the colon, up to the sentence's end, are the aim's.
         */
        private boolean aimAnnounced(Hit h) {
            return aimLead.matcher(s.substring(sentenceStart(h.start), h.start)).find();
        }

        /**
         * Whether the figure is the cell of a year's aim in a report's table flattened a cell a line, the result so far
         * in the cell right after it: "增长5.5%以上" ⏎ "增长6.3%" under "年度预期目标 / 上半年完成情况", as execution
         * reports print the aim column before the result column. Both lines hold nothing but a statement opened by
         * the same verb of change or attainment; the figure's line is the first.
         */
        private boolean aimCell(Hit h) {
            String raw = ct.raw(); // the compact text keeps no line break: the cells are the raw text's lines
            int at = ct.rawStart(h.start);
            int lineStart = raw.lastIndexOf('\n', Math.max(at - 1, 0)) + 1;
            int lineEnd = raw.indexOf('\n', at);
            if (lineEnd < 0 || ct.rawEnd(h.end) > lineEnd) {
                return false;
            }
            int nextEnd = raw.indexOf('\n', lineEnd + 1);
            Matcher aim = CELL_STATEMENT.matcher(raw.substring(lineStart, lineEnd).strip());
            Matcher result = CELL_STATEMENT.matcher(raw.substring(lineEnd + 1, nextEnd < 0 ? raw.length() : nextEnd)
                    .strip());
            return aim.matches() && result.matches() && aim.group(1).equals(result.group(1));
        }

        /**
         * Whether the figure's sentence is closed by a responsibility note ("3.完成5条以上小街小巷改造,改善群众居住
         * 环境。(责任单位:住建局)", "一是维修改造中小学校13所(责任单位:市教育局);"): a progress report restating the
         * plan's task before its progress, the note naming who the task was given to. A figure of that sentence is the
         * task's, not a result.
         */
        private boolean restatedTask(Hit h) {
            int end = h.end;
            while (end < s.length() && SENTENCE_ENDS.indexOf(s.charAt(end)) < 0
                    && !taskLabels.noteAfterAt(s, end)) {
                end++;
            }
            if (end < s.length() && SENTENCE_ENDS.indexOf(s.charAt(end)) >= 0) {
                end++;
            }
            while (end < s.length() && Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            return taskLabels.noteAt(s, end) || restatedItem(h);
        }

        /**
         * Whether the figure's paragraph is an item a completion report restates before what was done: the paragraph
         * closed by a responsibility note ("3.全年培训3900人以上；提高…补助至6000元。(责任单位:市卫生健康委)"), or
         * followed by a line that opens with one ("责任单位:市教育局") or with a progress label ("完成情况:…"). Reports
         * print each task as the plan set it, who it was given to, then what was done: the item's figures are the
         * task's.
         */
        private boolean restatedItem(Hit h) {
            String raw = ct.raw();
            int from = ct.rawEnd(h.end);
            int lineEnd = raw.indexOf('\n', from);
            String rest = raw.substring(from, lineEnd < 0 ? raw.length() : lineEnd);
            if (progressLabel.matcher(rest).find()) {
                return false; // a progress note follows in the paragraph: read by the note's own rule
            }
            if (taskLabels.closesWithNote(rest)) {
                return true;
            }
            if (lineEnd < 0) {
                return false;
            }
            String next = raw.substring(lineEnd + 1).stripLeading();
            return taskLabels.opensLine(next) || progressLabel.matcher(next).lookingAt();
        }

        /** Year, period and role of a named statement: the record. */
        private IndicatorRecord placeInTime(Reading r, Context context) {
            Hit h = r.hit;
            Integer issued = years.issued();
            YearMark gov = context.governing();
            Integer govYear = gov == null ? null : gov.year();
            // under a review heading a figure is reported, unless a later year of its own makes it a prospect
            boolean reviewed = review != null && (govYear == null || review.year() == null || govYear <= review.year()
                    || (gov.spanFrom() != null && gov.spanFrom() <= review.year()));
            boolean behind = behindSchedule(h, r.sentenceEnd);
            boolean reported = r.reportingCue || reviewed || context.progress() || behind
                    || (govYear != null && issued != null && govYear < issued);
            if (reported && !r.reportingCue && !context.progress() && (govYear == null || issued == null
                    || govYear >= issued) && restatedTask(h)) {
                reported = false; // a report restating a task with who is responsible: the task's figure, set
            }
            if (reported && quotedTask(h)) {
                reported = false; // "除“开办28个暑托班”项目取消外": a report quoting a task by its wording, the task's figure
            }
            if (reported && !h.fromValue && STATED_AIM_AFTER.matcher(s).region(h.end, s.length()).lookingAt()) {
                reported = false; // "完成市对区同比增长10%的目标任务": a report meeting an aim states the aim's figure
            }
            if (reported && aimAnnounced(h)) {
                reported = false; // "我市的目标任务是:…不低于4000元/年": a report announcing the aim, then its figures
            }
            // "年计划完成地区生产总值617亿元以上，1—9月完成428.3亿元": a report states the plan's figure beside its results
            boolean plan = h.type != Hit.Type.RANK && plannedFigure(h);
            // "地区生产总值增长6.5%以上,三季度增长5.5%": a report names an item by its aim, then states its result so far
            boolean aim = !plan && h.type != Hit.Type.RANK && govYear == null
                    && (AIM_BEFORE_RESULT.matcher(s).region(h.end, s.length()).lookingAt() || reviewed && aimCell(h));
            if (plan || aim) {
                reported = false;
            }
            boolean fromValue = h.fromValue && !plan; // "由年初预算439.55亿元调整为…": the figure first set, no level
            boolean actual = reported || fromValue;
            IndicatorRole role = reported ? IndicatorRole.ACTUAL : fromValue ? IndicatorRole.BASELINE
                    : IndicatorRole.TARGET;
            // "每年新增1万人以上，三年累计新增3万人以上": a 累计 clause sums the years, it is not per year
            boolean perYear = (context.perYear() || (h.unit != null && h.unit.endsWith(Units.PER_YEAR_SUFFIX)))
                    && !reported && !context.cumulative();
            boolean averageGrowth = r.kind == IndicatorKind.GROWTH_RATE && r.growthToken != null
                    && r.growthToken.startsWith("年均");
            boolean span = gov != null && gov.spanFrom() != null;
            boolean cumulative = !averageGrowth && !perYear && (r.kind == IndicatorKind.LEVEL
                    || r.kind == IndicatorKind.COUNT) && (context.cumulative()
                    || (span && !r.levelVerb && !r.reportingCue));

            Integer year = govYear;
            if ((h.fromValue && s.substring(r.quoteStart, h.core).contains("目前")) || h.onBasis) {
                year = null; // the present level, not the level of the year the sentence aims at
            }
            boolean doubling = "倍".equals(h.unit) && h.value == 2.0 && h.core < s.length()
                    && figures.doubling(s).region(h.core, h.end).lookingAt();
            if (reviewed && review.year() != null && (year == null || year > review.year())) {
                year = review.year(); // "一、2013年工作回顾 … 预计全年实现…": the reviewed year, also inside a period
            }
            if (year == null && aim) {
                // the aim of the year whose months the result covers: the plan's year, or the year of writing
                year = years.annual() != null ? years.annual() : issued;
            }
            if (year == null && reported && issued != null && scopedBefore(TIME_OF_WRITING, s, h.core)) {
                year = issued; // "截至目前", "督查中发现": the time of writing, in the year of issue
            }
            if (year == null && !actual && leadYear != null && (issued == null || leadYear >= issued)) {
                year = leadYear; // "一、总体目标 到2025年，…" over "（一）…农民收入从31930元增加到4.4万元"
            }
            if (year == null && (r.kind == IndicatorKind.GROWTH_RATE || doubling) && !actual && !perYear) {
                year = years.horizon(); // growth stated without a year runs over the plan's period
            }
            if (year == null && (context.progress() || (reviewed && review.year() == null)) && years.annual() != null) {
                year = years.annual(); // a report of progress without a year, in an annual plan: that year's progress
            }
            if (year == null && !actual && years.annual() != null) {
                year = years.annual(); // an annual plan's targets are for its year
            }
            if (year == null && reported && (behind || scopedBefore(YEARLESS_PART, s, h.core))) {
                // "三季度增长5.5%", "1-10月份增长0.5%": a result over part of the plan's year, or of the year of writing;
                // so is a result behind or ahead of the year's schedule
                year = years.annual() != null ? years.annual() : issued;
            }
            IndicatorPeriod period = IndicatorPeriod.YEAR;
            Integer from = null;
            Integer to = null;
            if (averageGrowth) {
                period = IndicatorPeriod.AVERAGE_ANNUAL_GROWTH;
                to = year;
                from = span ? gov.spanFrom() : (role == IndicatorRole.TARGET ? issued : null);
            } else if (perYear) {
                period = IndicatorPeriod.PER_YEAR;
            } else if (cumulative) {
                period = IndicatorPeriod.CUMULATIVE;
                to = year;
                from = span ? gov.spanFrom() : null;
            }
            TargetComparator comparator = actual ? TargetComparator.ACTUAL : r.comparator;
            String printedUnit = h.type == Hit.Type.RANK ? h.rankTerm : h.unit.isEmpty() ? null : h.unit;
            // "前5名" is the place 5 (or better, the comparator says): unit 名, like 第5名
            String unit = h.type != Hit.Type.RANK ? (h.unit.isEmpty() ? null : units.normalize(h.unit))
                    : h.rankTerm.matches("前\\d+[名位]") ? h.rankTerm.substring(h.rankTerm.length() - 1)
                    : h.rankTerm.matches("第(?:[一二三四五六七八九十]|\\d+)") ? "位" : h.rankTerm; // 第三: the 3rd place
            return new IndicatorRecord(null, documentId, null, r.name, r.value, h.valueMax, unit, year, r.kind,
                    comparator, r.aspirational, new SourceRef(documentId, location, ct.quote(r.quoteStart, h.end)),
                    role, period, from, to, printedUnit, r.each, null);
        }

        /**
         * "A、B…分别达到 x、y": x is A's and y is B's. The enumerated items share the tail of the last one
         * ("高新技术产品、机电产品进出口额占比": 高新技术产品进出口额占比, 机电产品进出口额占比); a bound printed after
         * the last value only ("55%、70%以上") holds for all of them.
         */
        private void distributeRespectively(List<Reading> readings) {
            for (int i = 0; i < readings.size(); i++) {
                Reading first = readings.get(i);
                if (first.respectively == null) {
                    continue;
                }
                List<Reading> run = new ArrayList<>(List.of(first));
                for (int j = i + 1; j < readings.size() && readings.get(j).inherited; j++) {
                    run.add(readings.get(j));
                }
                List<String> names = first.respectivelyOfFiguresBefore ? null
                        : respectiveNames(first.respectively, run.size());
                if ((first.respectivelyOfFiguresBefore || (names == null && first.respectivelyWithoutSubject))
                        && i >= run.size() && inOneSentence(readings.get(i - run.size()), first)) {
                    // "A 1097亿元、B 269.7亿元…，较2015年分别增长 26.8%、12%…": the subjects are the figures before
                    names = readings.subList(i - run.size(), i).stream().map(r -> r.record.name()).toList();
                }
                IndicatorKind runKind = first.record.kind() == IndicatorKind.GROWTH_RATE ? IndicatorKind.GROWTH_RATE
                        : null;
                List<Integer> dates = yearsListedFor(first, run.size());
                if (dates != null) {
                    for (int k = 0; k < run.size(); k++) {
                        run.get(k).record = run.get(k).record.withYear(dates.get(k));
                    }
                }
                if (names == null && runKind == null) {
                    continue;
                }
                if (names == null) {
                    // "城乡居民收入分别增长5%和6%": one subject, but every value of the run is a growth rate
                    names = run.stream().map(r -> r.record.name()).toList();
                }
                boolean decrease = runKind != null && first.record.value() != null && first.record.value() < 0;
                TargetComparator shared = run.get(run.size() - 1).record.comparator();
                for (int k = 0; k < run.size(); k++) {
                    IndicatorRecord r = run.get(k).record;
                    TargetComparator cmp = r.comparator() == TargetComparator.EQUAL ? shared : r.comparator();
                    Double value = decrease && r.value() != null && r.value() > 0 ? -r.value() : r.value();
                    IndicatorRecord lead = first.record; // "分别年均增长15%和12%": the run shares its period
                    boolean sharedPeriod = runKind != null;
                    run.get(k).record = new IndicatorRecord(null, r.documentId(), null, names.get(k), value,
                            r.valueMax(), r.unit(), r.year(), runKind != null ? runKind : r.kind(), cmp,
                            r.aspirational(), r.source(), r.role(), sharedPeriod ? lead.period() : r.period(),
                            sharedPeriod ? lead.periodFrom() : r.periodFrom(), sharedPeriod ? lead.periodTo() : r.periodTo(),
                            r.printedUnit(), r.each(), null);
                }
                i += run.size() - 1;
            }
        }

        /**
         * "到2023年底和2030年，…分别不低于24%和30%": the years a 分别 run's values are for, where its sentence lists as many
         * years as the run has values, joined by 和/、/及 right before the values' clause; null otherwise.
         */
        private List<Integer> yearsListedFor(Reading first, int values) {
            if (values < 2) {
                return null;
            }
            int sentence = sentenceStart(first.hit.start);
            List<YearMark> listed = new ArrayList<>();
            for (YearMark y : yearMarks) {
                if (y.start() >= sentence && y.end() <= first.hit.start && y.spanFrom() == null && !y.since()) {
                    if (!listed.isEmpty() && !YEAR_JOINT.matcher(s.substring(listed.get(listed.size() - 1).end(),
                            y.start())).matches()) {
                        listed.clear();
                    }
                    listed.add(y);
                }
            }
            if (listed.size() != values) {
                return null;
            }
            return listed.stream().map(YearMark::year).toList();
        }

        /**
         * "已提高我市城乡特困人员供养最低标准，其中，端州区提高到20100元/人年，鼎湖区提高到17340元/人年": after 其中, a
         * clause whose subject is only places breaks down what the sentence named before 其中 by place; the figure is
         * that quantity's, for those places (the figure of the clause before, if it has one, names it).
         */
        private void placesOfABreakdown(List<Reading> readings) {
            for (Reading r : readings) {
                if (r.record == null || r.hit.type != Hit.Type.SUFFIX || !placesOnly(r.record.name())) {
                    continue;
                }
                int sentence = sentenceStart(r.hit.start);
                int among = s.lastIndexOf(AMONG, r.hit.start);
                if (among <= sentence || CLAUSE_BOUNDARIES.indexOf(s.charAt(among - 1)) < 0) {
                    placeAfterPlace(readings, r, sentence);
                    continue;
                }
                int clause = segmentStart(s, among - 1);
                String subject = null;
                for (Reading before : readings) {
                    if (before.record != null && before.hit.start >= clause && before.hit.end < among) {
                        subject = before.record.name();
                    }
                }
                if (subject == null) {
                    subject = naming.clean(s.substring(clause, among - 1));
                }
                if (!subject.isEmpty() && !placesOnly(subject)) {
                    r.record = r.record.withName(subject + "（" + r.record.name() + "）");
                }
            }
        }

        /**
         * "原油产量3450万吨以上(在陕2500万吨以上,其中甲集团1120万吨、乙公司1380万吨)": a bracket opened right after a
         * figure breaks it down by its parts (a place, a company, a kind); each figure inside it in the same unit is
         * that quantity's, for its part, and is named so ("原油产量（甲集团）"), not by the part alone. A count printed
         * before its noun ("80个老旧小区(包括50个城区小区…)") is named by that noun already.
         */
        private void partsInBrackets(List<Reading> readings) {
            for (int i = 0; i + 1 < readings.size(); i++) {
                Reading whole = readings.get(i);
                int open = whole.hit.end;
                if (whole.record == null || whole.record.unit() == null || whole.record.name().isEmpty()
                        || open >= s.length() || (s.charAt(open) != '(' && s.charAt(open) != '（')) {
                    continue;
                }
                int close = Clauses.closingParenthesis(s, open);
                if (close < 0) {
                    continue;
                }
                String quantity = whole.record.name();
                for (int j = i + 1; j < readings.size() && readings.get(j).hit.start < close; j++) {
                    Reading part = readings.get(j);
                    // "(包括50个城区小区…)": a count printed before its noun names its own thing, not a part
                    if (part.record == null || part.hit.type != Hit.Type.SUFFIX
                            || !whole.record.unit().equals(part.record.unit())
                            || part.record.name().contains(quantity)) {
                        continue;
                    }
                    String own = stripLeading(part.record.name(), AMONG);
                    part.record = part.record.withName(own.isEmpty() ? quantity : quantity + "（" + own + "）");
                }
            }
        }

        /**
         * "水稻主导品种霍邱县不得超过8个，舒城县、金安区、裕安区不得超过6个，每个乡镇不超过2个": without 其中, a clause whose
         * subject is only places, after a figure of the same sentence and unit whose name ends on a place, gives that
         * quantity for its places; the first figure is the quantity's for the place its name ends on. The quantity is
         * what precedes that place (a county's name: two characters and its ending).
         */
        private void placeAfterPlace(List<Reading> readings, Reading r, int sentence) {
            int at = readings.indexOf(r);
            Reading before = at > 0 ? readings.get(at - 1) : null;
            if (!namedPlaces(r.record.name())) {
                return;
            }
            if (before == null || before.record == null || before.hit.start < sentence
                    || !Objects.equals(before.record.unit(), r.record.unit())) {
                return;
            }
            String name = before.record.name();
            String quantity = null;
            int open = name.indexOf('（');
            if (open > 0 && name.endsWith("）") && placesOnly(name.substring(open + 1, name.length() - 1))) {
                quantity = name.substring(0, open); // the clause before is itself one of the places'
            } else {
                for (String ending : places.endings()) {
                    int cut = name.length() - ending.length() - 2;
                    if (name.endsWith(ending) && cut >= 2 && namedPlaces(name.substring(cut))
                            && !placesOnly(name.substring(0, cut))) {
                        quantity = name.substring(0, cut);
                        before.record = before.record.withName(quantity + "（" + name.substring(cut) + "）");
                        break;
                    }
                }
            }
            if (quantity != null) {
                r.record = r.record.withName(quantity + "（" + r.record.name() + "）");
            }
        }

        /**
         * Whether a name is only short proper place names, as counties, districts and towns are printed ("霍邱县",
         * "舒城县、金安区", "每个乡镇"): a name and its ending, four characters at most; not a noun ending on one
         * ("专业镇", "市级专业镇", "千亿级城市").
         */
        private boolean namedPlaces(String name) {
            if (!placesOnly(name)) {
                return false;
            }
            for (String place : name.split("、", -1)) {
                if (place.length() > 4 || place.contains("级")) {
                    return false;
                }
            }
            return true;
        }

        /** Whether a name is only place names ("端州区", "高要区、四会市、广宁县"): where, not what, a figure measures. */
        private boolean placesOnly(String name) {
            if (name.isEmpty()) {
                return false;
            }
            for (String place : name.split("、", -1)) {
                if (!places.isPlace(place)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "中心区补差水平提高到城镇616元/人月、农村459元/人月": after a verb of level, each figure of the enumeration is
         * named by a short qualifier of its own (城镇, 农村) and all of them measure what stands before the verb.
         */
        private void qualifiedEnumeration(List<Reading> readings) {
            for (int i = 0; i + 1 < readings.size(); i++) {
                Reading first = readings.get(i);
                if (first.record == null || first.hit.type != Hit.Type.SUFFIX || first.hit.unit == null) {
                    continue;
                }
                String name = first.record.name();
                String subject = null;
                String qualifier = null;
                for (String v : levelVerbs) {
                    int k = name.lastIndexOf(v);
                    if (v.length() >= 2 && k > 0 && QUALIFIER.matcher(name.substring(k + v.length())).matches()) {
                        subject = name.substring(0, k);
                        qualifier = name.substring(k + v.length());
                        break;
                    }
                }
                if (subject == null) {
                    continue;
                }
                List<Reading> run = new ArrayList<>(List.of(first));
                for (int j = i + 1; j < readings.size(); j++) {
                    Reading prev = readings.get(j - 1);
                    Reading next = readings.get(j);
                    if (next.record == null || next.quoteStart != prev.hit.end + 1 || s.charAt(prev.hit.end) != '、'
                            || !first.hit.unit.equals(next.hit.unit)
                            || !QUALIFIER.matcher(next.record.name()).matches()) {
                        break;
                    }
                    run.add(next);
                }
                if (run.size() < 2) {
                    continue;
                }
                first.record = first.record.withName(subject + "（" + qualifier + "）");
                for (Reading r : run.subList(1, run.size())) {
                    r.record = r.record.withName(subject + "（" + r.record.name() + "）");
                }
                i += run.size() - 1;
            }
        }
    }

    /** A result judged against the schedule's pace: "滞后序时进度", "快于序时进度", "超时序进度". */
    private static final Pattern SCHEDULE_JUDGED = Pattern.compile(
            "(?:滞后|落后|快于|慢于|超出|超过|超|高于|低于)于?(?:序时|时序)进度");

    /** A bracket left open at a name's end: the figure stands inside it ("全覆盖(5000人)"). */
    private static final Pattern OPEN_BRACKET_AT_END = Pattern.compile("[（(]$");

    /** Projects counted with 共 closing the subject: "…重点工程项目共30项", the size of a list of projects. */
    private static final Pattern LIST_SIZE = Pattern.compile("项目(?:共计|共)$");
    private static final String PROJECTS = "项目";
    /** The unit a list's entries are counted in. */
    private static final String ITEM_UNIT = "项";

    /** What joins the years of a list ("到2023年底和2030年"): 和, 、, 及, 与, a 年 or 底 left over. */
    private static final Pattern YEAR_JOINT = Pattern.compile("(?:年|年底|底|年末|末)?[和、及与]");

    private static final String AMONG = "其中";
    /**
     * "…实现2730亿元,总量占全区36%": a share of the whole territory named only by a generic word (总量, 规模) is of the
     * subject stated before.
     */
    private static final Pattern GENERIC_SHARE = Pattern.compile("(?:总量|规模|数量|总数)占");
    /** "增幅分别排名全省第二名、第三名": pairs the places with the subjects before, no part of a name. */
    private static final String RESPECTIVELY = "分别";
    /** What follows a task quoted by its wording in a report: "“…”项目", "“…”等23项". */
    private static final Pattern QUOTED_TASK_AFTER = Pattern.compile("项目|等");
    /** The shortest quote read as a task's wording ("“建设3个公园”"); a shorter one is a name. */
    private static final int MIN_QUOTED_TASK = 6;

    /** A short qualifier naming one figure of an enumeration ("城镇", "农村"): no figure, verb or punctuation. */
    private static final Pattern QUALIFIER = Pattern.compile("[^\\d，,。；;：:、（()）]{1,4}");

    /** "A、B均": subjects listed, then 均 (all of them); not 人均, 年均. */
    private static final Pattern SHARED_BY = Pattern.compile("([^\\d]+、[^\\d]+[^人年])(?:均|都)");

    /** No sentence end (。；!?) between the two statements. */
    private static boolean inOneSentence(Reading earlier, Reading later) {
        return earlier.hit.start <= later.hit.start && earlier.sentenceEnd >= later.hit.start;
    }

    /** The shortest item of a list that may name a quantity on its own ("人口"; not "奶", a modifier of a head). */
    private static final int MIN_ITEM_NAME = 2;

    /** The per-item names of "A、B、C…" for {@code count} values, or null where items and values do not pair up. */
    List<String> respectiveNames(String subject, int count) {
        String[] items = subject.split("、");
        if (items.length != count || count < 2) {
            return null;
        }
        for (String item : items) {
            if (units.pattern(ENDS_WITH_VALUE).matcher(item).find()) {
                return null; // "…完成29092元、17191元，分别增长3%、6.4%": the items are figures, not names
            }
        }
        String last = items[items.length - 1];
        String first = items[0];
        String tail = "";
        String joint = first.length() >= 2 ? first.substring(first.length() - 2) : first;
        int k = last.indexOf(joint);
        if (k >= 0) {
            tail = last.substring(k + joint.length());
        } else {
            // "城镇、农村居民最低生活保障标准": short parallel modifiers of the head the last item spells out
            String modifier = first.replaceFirst("^[将把]", "");
            int l = modifier.length();
            boolean parallel = l >= 1 && l <= 3 && last.length() > l + 1;
            for (int i = 1; i < items.length - 1; i++) {
                parallel &= items[i].length() == l;
            }
            if (parallel) {
                tail = last.substring(l);
                items[0] = modifier;
            } else if (java.util.Arrays.stream(items, 0, items.length - 1).anyMatch(i -> i.length() < MIN_ITEM_NAME)) {
                // "全区肉、奶、禽蛋产量分别增长10%、9%、2%": a bare modifier ("奶") names no quantity of its own and
                // the head the items share cannot be told from the last: each figure is the list's, named as printed
                return java.util.Collections.nCopies(count, subject);
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.length - 1; i++) {
            names.add(items[i] + tail);
        }
        names.add(last);
        return names;
    }

    // ------------------------------------------------------------------------------------------------------------

    /**
     * A deadline inside a name: "预算内专项资金须于6月底前下达60%以上、9月底前下达80%以上" states shares of one quantity by
     * their deadlines, so the name is the quantity's, and a figure named by a deadline alone is of the quantity before.
     */
    private static final Pattern DEADLINE_IN_NAME = Pattern.compile(
            "(?:须|要|应|必须)?(?:于|在)?(?:(?:19|20)\\d{2}年)?\\d{1,2}月份?(?:底|末|中旬|上旬|下旬)?(?:前|以前)$"
                    + "|^(?:于|在)?(?:(?:19|20)\\d{2}年)?\\d{1,2}月份?(?:底|末|中旬|上旬|下旬)?(?:前|以前)");

    // ------------------------------------------------------------------------------------------------------------

    /** Words that date what follows in their sentence to the time of writing: "截至目前", "现有", "督查中发现". */
    private static final Pattern TIME_OF_WRITING = Pattern.compile("截至目前|现有|(?:督查|检查|调研|暗访|巡查)中?发现|"
            + DONE_SO_FAR);

    /** A part of a year printed without its year ({@link TimeMarks#PART_OF_YEAR}), not "2025年上半年" nor "2024年1-9月". */
    private static final Pattern YEARLESS_PART = Pattern.compile("(?<![年\\d])" + TimeMarks.PART_OF_YEAR);

    /**
     * A table cell stating one figure and nothing else, opened by a verb of change or attainment (group 1): "增长5.5%以上",
     * "下降3%", "完成120亿元".
     */
    private static final Pattern CELL_STATEMENT = Pattern.compile(
            "(?:同比)?(增长|下降|提高|降低|完成|达到|实现)\\s*\\d+(?:\\.\\d+)?\\s*[^\\d\\s，,。；;：:]{0,4}?(?:以上|左右|以内|以下)?");

    /**
     * The aim a report names an item by, right before the item's result over a part of the year: "…增长6.5%以上,三季度
     * 增长5.5%", "…增长8%以上1-10月份增长0.5%" (the figure after the aim; a closing quote of the item's name may stand
     * between).
     */
    private static final Pattern AIM_BEFORE_RESULT = Pattern.compile("[”\"’]?[,，、]?" + TimeMarks.PART_OF_YEAR
            + "(?:累计)?(?:同比)?(?:增长|完成|达到|实现|下降|为)\\d");

    /**
     * Adverbs between a counted noun and its predicate of completion ("127座病险水库除险加固工程全部开工建设", "…已基本
     * 竣工"): they say how the works are done, not what is counted.
     */
    private static final Pattern ADVERB_BEFORE_DONE = Pattern.compile("(?:全部|全面|均|已|已经|基本|陆续|相继|如期)+$");

    /**
     * A name that is only the time a report's figure covers and its verb of result ("1—9月完成", "全年预计完成",
     * "全年预计"), or the plan a result is a share of ("完成年计划", "完成年度投资计划"): the figure is of the subject
     * stated before, as after 规模.
     */
    private static final Pattern PROGRESS_ONLY = Pattern.compile(
            "(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,2})[-—–~～至](?:\\d{1,2}|[一二三四五六七八九十]{1,2})月份?|上半年|前三季度|"
                    + "[一二三四1-4]季度|全年|今年|当年|年内)?(?:预计)?(?:累计)?(?:完成|实现|达到|达)?"
                    + "|(?:超额)?完成(?:了)?(?:年|全年|年度)?(?:投资)?(?:计划|目标)(?:任务)?");
}
