package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.SeedException;
import org.policygraph.ingest.SeedSource;
import org.policygraph.ingest.TsvTable;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorRecord;

/**
 * The verbs and name words the prose rules read figures with are data (graph-seed/vocabulary/indicator-words.tsv): a
 * verb added to the seed is read before a count, and a seed without the file is refused.
 */
class IndicatorWordsTest {

    private static final Map<String, DocumentYears> YEARS = Map.of("A19", new DocumentYears(2019, 2019, 2019));
    private static final Path SEED_WORDS = Path.of("graph-seed", IndicatorWords.FILE);

    private static String shipped() throws IOException {
        return Files.readString(SEED_WORDS);
    }

    private static RuleBasedIndicatorFinder finder(IndicatorWords words) {
        return new RuleBasedIndicatorFinder(IndicatorCorrections.empty(), YEARS, MetricVocabulary.empty(),
                TargetBounds.read(SeedSource.classpath()), Units.read(SeedSource.classpath()), words,
                IndicatorTableHeads.read(SeedSource.classpath()), PackagedFinder.taskLabels());
    }

    private static List<IndicatorRecord> counts(RuleBasedIndicatorFinder finder, String raw) {
        return finder.find("A19", "own", "loc", raw).stream().filter(r -> r.kind() == IndicatorKind.COUNT).toList();
    }

    @Test
    void aVerbAddedToTheSeedIsReadBeforeACount() throws IOException {
        String prose = "全年孵育20家科技型中小企业。";
        // the shipped words have no 孵育: a count after an unknown word qualifies nothing the plan sets
        assertTrue(counts(finder(IndicatorWords.read(SeedSource.classpath())), prose).isEmpty());

        IndicatorWords added = IndicatorWords.from(TsvTable.parse("indicator-words.tsv",
                shipped() + "PREFIX_VERB\t孵育\ta made-up verb\n", IndicatorWords.HEADER));
        List<IndicatorRecord> found = counts(finder(added), prose);
        assertEquals(1, found.size(), found::toString);
        assertEquals(20.0, found.get(0).value());
        assertTrue(prose.contains(found.get(0).source().quote()));
    }

    /** The shipped words without the rows starting {@code dropped} ("KIND\tword\t"), then {@code added} rows. */
    private static IndicatorWords edited(String dropped, String added) throws IOException {
        String kept = shipped().lines().filter(l -> dropped.isEmpty() || !l.startsWith(dropped))
                .reduce("", (a, l) -> a + l + "\n");
        return IndicatorWords.from(TsvTable.parse("indicator-words.tsv", kept + added, IndicatorWords.HEADER));
    }

    private static List<String> read(IndicatorWords words, String raw) {
        return finder(words).find("A19", "own", "loc", raw).stream()
                .map(r -> r.kind() + ":" + r.name() + "=" + r.value()).toList();
    }

    @Test
    void thePredicatesOfCompletionAndTheirNegationsAreData() throws IOException {
        String done = "年底前，全市3个安置小区竣工。";
        assertEquals(List.of("COUNT:安置小区=3.0"), read(IndicatorWords.read(SeedSource.classpath()), done));
        assertEquals(List.of(), read(edited("DONE\t竣工\t", ""), done));

        String withObject = "年底前，全市3个安置小区实现交付使用。";
        assertEquals(List.of(), read(IndicatorWords.read(SeedSource.classpath()), withObject));
        assertEquals(List.of("COUNT:安置小区=3.0"), read(edited("", "DONE_OBJECT\t实现\tmade up\n"), withObject));

        // what is not done yet is named by the negated predicate, where the negation is one listed
        String notYet = "重点项目5个迟迟未开工。";
        assertEquals(List.of("COUNT:迟迟未=5.0"), read(IndicatorWords.read(SeedSource.classpath()), notYet));
        assertEquals(List.of("COUNT:迟迟未开工=5.0"), read(edited("", "NOT_YET\t迟迟未\tmade up\n"), notYet));
    }

    @Test
    void theScopesBeforeACountAndTheCopulasEndingIn为AreData() throws IOException {
        // (a scope that is a place, "全镇", is read by its place ending: PLACE_ENDING)
        String scope = "全力推进全域20个重点项目建设。";
        assertEquals(List.of(), read(IndicatorWords.read(SeedSource.classpath()), scope));
        assertEquals(List.of("COUNT:重点项目建设=20.0"), read(edited("", "COUNT_SCOPE\t全域\tmade up\n"), scope));

        String copula = "被选为3个试点县开展改革。";
        assertEquals(List.of("COUNT:为试点县开展改革=3.0"), read(IndicatorWords.read(SeedSource.classpath()), copula));
        assertEquals(List.of(), read(edited("", "NOT_FOR\t选为\tmade up\n"), copula));
        assertEquals(List.of(), read(IndicatorWords.read(SeedSource.classpath()), "作为3个试点县开展改革。"));
    }

    @Test
    void theAreaOfAShareAndTheWordsOfAnAgeAreData() throws IOException {
        String area = "建成区20%以上用地达到海绵城市建设要求。";
        assertEquals(List.of(), read(IndicatorWords.read(SeedSource.classpath()), area));
        assertEquals(List.of("SHARE:建成区用地达到海绵城市建设要求=20.0"), read(edited("", "AREA\t用地\tmade up\n"), area));

        String join = "人均预期寿命达到80岁和以上。";
        assertEquals(List.of("LEVEL:人均预期寿命=80.0"), read(IndicatorWords.read(SeedSource.classpath()), join));
        assertEquals(List.of(), read(edited("AGE_JOIN\t和\t", ""), join));

        String ages = "3-6岁幼儿入园率达到95%。";
        assertEquals(List.of("SHARE:3-6岁幼儿入园率=95.0"), read(IndicatorWords.read(SeedSource.classpath()), ages));
        List<String> noAge = read(edited("AGE_UNIT\t岁\t", "AGE_UNIT\t个百分点\tmade up\n"), ages);
        assertTrue(noAge.stream().anyMatch(f -> f.endsWith("=3.0") || f.endsWith("=6.0")), noAge::toString);
    }

    @Test
    void theNounsOfPeopleABare万CountsAndItsUnitAreData() throws IOException {
        String people = "解决1.2万山区群众饮水问题。";
        assertEquals(List.of(), read(IndicatorWords.read(SeedSource.classpath()), people));
        List<IndicatorRecord> found = finder(edited("", "PEOPLE\t群众\tmade up\n")).find("A19", "own", "loc", people);
        assertEquals(1, found.size(), found::toString);
        assertEquals(1.2, found.get(0).value());
        assertEquals("万人", found.get(0).unit());

        SeedException two = assertThrows(SeedException.class, () -> edited("", "PEOPLE_UNIT\t万名\t\n"));
        assertTrue(two.getMessage().contains("PEOPLE_UNIT"), two::getMessage);
        IndicatorWords notCounted = edited("PEOPLE_UNIT\t", "PEOPLE_UNIT\t万元\t\n");
        IllegalArgumentException amount = assertThrows(IllegalArgumentException.class, () -> finder(notCounted));
        assertTrue(amount.getMessage().contains("万元"), amount::getMessage);
    }

    @Test
    void aSeedWithoutTheFileIsRefused(@TempDir Path seed) throws IOException {
        Files.createDirectories(seed.resolve("vocabulary"));
        SeedException missing = assertThrows(SeedException.class, () -> IndicatorWords.read(SeedSource.directory(seed)));
        assertTrue(missing.getMessage().contains(IndicatorWords.FILE), missing::getMessage);
        Files.writeString(seed.resolve(IndicatorWords.FILE), shipped());
        assertEquals(IndicatorWords.read(SeedSource.classpath()).of(IndicatorWords.Kind.PREFIX_VERB),
                IndicatorWords.read(SeedSource.directory(seed)).of(IndicatorWords.Kind.PREFIX_VERB));
    }

    @Test
    void aKindWithNoWordOrAWordListedTwiceIsRefused() throws IOException {
        String noRank = shipped().lines().filter(l -> !l.startsWith("RANK_VERB\t")).reduce("", (a, l) -> a + l + "\n");
        SeedException none = assertThrows(SeedException.class,
                () -> IndicatorWords.from(TsvTable.parse("indicator-words.tsv", noRank, IndicatorWords.HEADER)));
        assertTrue(none.getMessage().contains("RANK_VERB"), none::getMessage);
        SeedException twice = assertThrows(SeedException.class, () -> IndicatorWords.from(TsvTable.parse(
                "indicator-words.tsv", shipped() + "LEADING\t力争\t\n", IndicatorWords.HEADER)));
        assertTrue(twice.getMessage().contains("力争"), twice::getMessage);
    }

    @Test
    void eachKindKeepsTheOrderTheFilePrints() {
        List<String> prefix = IndicatorWords.read(SeedSource.classpath()).of(IndicatorWords.Kind.PREFIX_VERB);
        // the first word that matches wins: a longer verb is tried before the shorter one inside it
        assertTrue(prefix.indexOf("培育形成") < prefix.indexOf("形成"));
        assertTrue(prefix.indexOf("培育形成") < prefix.indexOf("培育"));
    }

    @Test
    void theTermsOfATaxReliefAreData() throws IOException {
        // a grant's own terms are read (README: sums a policy grants); a tax relief's are not, and RELIEF is data
        String terms = "缓缴标准提高到每亩300元。";
        assertEquals(List.of("LEVEL:缓缴标准提高到每亩=300.0"), read(IndicatorWords.read(SeedSource.classpath()), terms));
        assertEquals(List.of(), read(edited("", "RELIEF\t缓缴\tmade up\n"), terms));
    }

    @Test
    void thePredicatesAfterAClauseInitialCountAreData() throws IOException {
        String predicated = "5项创新案例荣登全国榜单。";
        assertEquals(List.of(), read(IndicatorWords.read(SeedSource.classpath()), predicated));
        assertEquals(List.of("COUNT:创新案例荣登全国榜单=5.0"),
                read(edited("", "COUNT_PREDICATE\t荣登\tmade up\n"), predicated));
    }

    @Test
    void theVerbsAfter各AreData() throws IOException {
        String each = "两个园区各培训骨干企业3家。";
        assertEquals(List.of(false), finder(IndicatorWords.read(SeedSource.classpath())).find("A19", "own", "loc", each)
                .stream().map(IndicatorRecord::each).toList());
        assertEquals(List.of(true), finder(edited("", "EACH_VERB\t培训\tmade up\n")).find("A19", "own", "loc", each)
                .stream().map(IndicatorRecord::each).toList());
    }

    @Test
    void theWordsOfInvestmentBeforeASumAreData() throws IOException {
        String invested = "筹资3000万元建设产业园区。";
        assertEquals(List.of(), read(IndicatorWords.read(SeedSource.classpath()), invested));
        assertEquals(List.of("LEVEL:筹资=3000.0"), read(edited("", "INVESTMENT\t筹资\tmade up\n"), invested));
    }

    @Test
    void theVerbsMovingARankAndTheNounsOfAFundAreData() throws IOException {
        // 攀升 is no shipped RANK_MOVE: listed, "攀升3位" is a move in the ranking as "提升3位" is
        String moved = "1-9月,全市规上工业增加值增长6.1%,居全省第4位,比上半年VERB3位。";
        IndicatorWords climbs = edited("", "RANK_MOVE\t攀升\tmade up\n");
        assertEquals(read(IndicatorWords.read(SeedSource.classpath()), moved.replace("VERB", "提升")),
                read(climbs, moved.replace("VERB", "攀升")));
        assertNotEquals(read(IndicatorWords.read(SeedSource.classpath()), moved.replace("VERB", "攀升")),
                read(climbs, moved.replace("VERB", "攀升")));

        // 启动金 is no shipped FUND_NOUN: listed, the sum is named by the fund as with 前期费
        String fund = "加大项目前期工作力度，区级财政安排3000万元重大项目FUND。";
        IndicatorWords started = edited("", "FUND_NOUN\t启动金\tmade up\n");
        assertEquals(read(IndicatorWords.read(SeedSource.classpath()), fund.replace("FUND", "前期费")).stream()
                .map(r -> r.replace("前期费", "启动金")).toList(), read(started, fund.replace("FUND", "启动金")));
        assertNotEquals(read(IndicatorWords.read(SeedSource.classpath()), fund.replace("FUND", "启动金")),
                read(started, fund.replace("FUND", "启动金")));
    }

    @Test
    void theScopesOfARankTheWordsForDoublingAndTheNamesOfAShareAreData() throws IOException {
        String rank = "农业总产值全镇第三。";
        assertEquals(List.of(), read(IndicatorWords.read(SeedSource.classpath()), rank));
        assertEquals(List.of("RANK:农业总产值（全镇）=3.0"), read(edited("", "RANK_SCOPE\t全镇\tmade up\n"), rank));

        String doubled = "到2025年，实现对外贸易规模加倍。";
        assertEquals(List.of(), read(IndicatorWords.read(SeedSource.classpath()), doubled));
        assertEquals(List.of("LEVEL:对外贸易规模=2.0"), read(edited("", "DOUBLING\t加倍\tmade up\n"), doubled));

        String share = "研发投入份额达到1.2倍。";
        assertEquals(List.of("LEVEL:研发投入份额=1.2"), read(IndicatorWords.read(SeedSource.classpath()), share));
        assertEquals(List.of("SHARE:研发投入份额=1.2"), read(edited("", "SHARE_NAME\t份额\tmade up\n"), share));
    }

    @Test
    void theWordsNamingAPlanAfterAFiveYearPeriodAreData() throws IOException {
        // "十四五"纲要 names a plan with a word listed: the period dates nothing, the figure is of the plan's year
        String named = "编制\"十四五\"纲要，新增就业5000人。";
        assertEquals(List.of(2025), finder(IndicatorWords.read(SeedSource.classpath())).find("A19", "own", "loc", named)
                .stream().map(IndicatorRecord::year).toList());
        assertEquals(List.of(2019), finder(edited("", "PLAN_NAMED\t纲要\tmade up\n")).find("A19", "own", "loc", named)
                .stream().map(IndicatorRecord::year).toList());
    }

    @Test
    void theWordsOfAPlanningHeadingAreData() throws IOException {
        List<String> headings = List.of("一、2023年工作回顾和下一步举措");
        assertEquals(2023, finder(IndicatorWords.read(SeedSource.classpath())).reviewUnder(headings).year());
        assertNull(finder(edited("", "PLANNING_HEADING\t举措\tmade up\n")).reviewUnder(headings));
    }

    @Test
    void theWordsNamingOnlyADimensionAreData() throws IOException {
        String prose = "新建滨河东路，延长约3.2公里。";
        assertEquals(List.of("LEVEL:延长=3.2"), read(IndicatorWords.read(SeedSource.classpath()), prose));
        assertEquals(List.of("LEVEL:新建滨河东路延长=3.2"), read(edited("", "DIMENSION\t延长\tmade up\n"), prose));
    }
}
