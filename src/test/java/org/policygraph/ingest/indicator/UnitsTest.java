package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The units a figure may carry are data (graph-seed/vocabulary/units.tsv): a unit added to the seed is read after a
 * figure by the prose rules and in a task table's target cell, with the kind its class gives.
 */
class UnitsTest {

    private static final Map<String, DocumentYears> YEARS = Map.of("A19", new DocumentYears(2019, 2019, 2019));
    private static final Path SEED_UNITS = Path.of("graph-seed", Units.FILE);

    private static String shipped() throws IOException {
        return Files.readString(SEED_UNITS);
    }

    private static RuleBasedIndicatorFinder finder(Units units) {
        return new RuleBasedIndicatorFinder(IndicatorCorrections.empty(), YEARS, MetricVocabulary.empty(),
                TargetBounds.read(SeedSource.classpath()), units,
                IndicatorWords.read(SeedSource.classpath()), IndicatorTableHeads.read(SeedSource.classpath()), PackagedFinder.taskLabels());
    }

    private static List<IndicatorRecord> in(RuleBasedIndicatorFinder finder, String unit, String raw) {
        return finder.find("A19", "own", "loc", raw).stream().filter(r -> unit.equals(r.unit())).toList();
    }

    @Test
    void aUnitAddedToTheSeedIsReadAfterAFigure() throws IOException {
        String prose = "2019年，全县出栏家禽50万羽，新建养殖小区3个。";
        String other = "力争全年新增肉鸡存栏12万羽以上。";
        // the shipped list has no 万羽: the figure is not read
        RuleBasedIndicatorFinder shipped = finder(Units.read(SeedSource.classpath()));
        assertTrue(in(shipped, "万羽", prose).isEmpty());
        assertTrue(shipped.findInTargetCell("A19", "own", "loc", "出栏家禽 万羽 50", "出栏家禽", "万羽", "50").isEmpty());

        Units added = Units.from(TsvTable.parse("units.tsv", shipped() + "万羽\tCOUNT\t\ta count of poultry\n",
                Units.HEADER));
        RuleBasedIndicatorFinder extended = finder(added);
        IndicatorRecord poultry = in(extended, "万羽", prose).get(0);
        assertEquals(50.0, poultry.value());
        assertEquals(IndicatorKind.COUNT, poultry.kind());
        assertTrue(prose.contains(poultry.source().quote()));
        assertEquals(12.0, in(extended, "万羽", other).get(0).value());
        // the figures the shipped list reads are read as before
        assertEquals(3.0, in(extended, "个", prose).get(0).value());
        IndicatorRecord cell = extended.findInTargetCell("A19", "own", "loc", "出栏家禽 万羽 50", "出栏家禽", "万羽",
                "50").get(0);
        assertEquals("万羽", cell.unit());
        assertEquals(IndicatorKind.COUNT, cell.kind());
    }

    @Test
    void theShippedListCountsPolesBuildingsTreesAndLamps() {
        RuleBasedIndicatorFinder shipped = finder(Units.read(SeedSource.classpath()));
        for (String[] c : new String[][] {{"到2019年底，新增新能源汽车充电桩6万根。", "万根", "6"},
                {"全年新建公共充电桩800根以上。", "根", "800"}, {"改造危旧房屋3幢。", "幢", "3"},
                {"新增造林绿化苗木50万株。", "万株", "50"}, {"安装太阳能路灯1200盏。", "盏", "1200"}}) {
            List<IndicatorRecord> found = in(shipped, c[1], c[0]);
            assertEquals(1, found.size(), () -> c[0] + ": " + found);
            assertEquals(Double.valueOf(c[2]), found.get(0).value());
            assertEquals(IndicatorKind.COUNT, found.get(0).kind());
        }
    }

    @Test
    void aSeedReadsItsOwnUnitsAndOneWithoutTheFileIsRefused(@TempDir Path seed) throws IOException {
        Files.createDirectories(seed.resolve("vocabulary"));
        // no file: refused naming it, not read from the shipped units
        SeedException missing = assertThrows(SeedException.class, () -> Units.read(SeedSource.directory(seed)));
        assertTrue(missing.getMessage().contains(Units.FILE), missing::getMessage);
        assertFalse(Units.read(SeedSource.classpath()).isCounted("万羽"));
        Files.writeString(seed.resolve(Units.FILE), shipped() + "万羽\tCOUNT\t\t\n");
        Units own = Units.read(SeedSource.directory(seed));
        assertTrue(own.isCounted("万羽"));
        assertTrue(own.pattern("\\d+({UNIT})").matcher("50万羽").matches());
    }

    @Test
    void theShippedUnitsMergeSpellingsAndSayWhatAFigureIs() {
        Units units = Units.read(SeedSource.directory(Path.of("graph-seed")));
        assertEquals("场", units.normalize("场次"));
        assertEquals("亿元", units.normalize("亿元人民币"));
        assertEquals("%", units.normalize("％"));
        assertEquals("亿美元", units.normalize("亿美元/年")); // the period says per year
        assertEquals("元/年", units.normalize("元/年")); // a yearly standard, listed with its suffix, keeps it
        assertEquals("万元", units.normalize("万元/年"));
        assertEquals("亿元", units.normalize("亿")); // a bare magnitude before 规模
        assertTrue(units.isCounted("场次"));
        assertTrue(units.isPercent("％"));
        assertFalse(units.isPercent("个百分点"));
        assertTrue(units.isExtent("万亩"));
        assertFalse(units.isExtent("亩")); // the size of one site
        assertTrue(units.isDuration("个工作日"));
        // longest spelling first: 亿美元 is not read as 元, 万人次 not as 万人
        assertTrue(units.pattern("\\d+({UNIT})").matcher("125亿美元").matches());
        java.util.regex.Matcher m = units.pattern("\\d+({UNIT})").matcher("30万人次");
        assertTrue(m.lookingAt());
        assertEquals("万人次", m.group(1));
        // a bare magnitude is no unit printed after a figure
        assertFalse(units.pattern("\\d+({UNIT})").matcher("5亿").matches());
    }

    @Test
    void aUnitListedTwiceAnUnknownClassOrAMergeIntoNoUnitIsRefused() {
        String head = "unit\tclass\tsame_as\tnote\n";
        assertThrows(SeedException.class, () -> Units.from(TsvTable.parse("units.tsv",
                head + "个\tCOUNT\t\t\n个\tAMOUNT\t\t\n", Units.HEADER)));
        assertThrows(SeedException.class, () -> Units.from(TsvTable.parse("units.tsv",
                head + "个\tTHING\t\t\n", Units.HEADER)));
        assertThrows(SeedException.class, () -> Units.from(TsvTable.parse("units.tsv",
                head + "场次\tCOUNT\t场\t\n", Units.HEADER)));
    }
}
