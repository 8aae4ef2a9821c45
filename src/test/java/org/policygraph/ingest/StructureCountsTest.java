package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.MeasureRecord;

/** Counts of tasks per list, each counted by hand in the source texts. */
class StructureCountsTest {

    private static Map<String, Long> measuresPerParent(String documentId) {
        return RealSeed.bundle(documentId).measures().stream()
                .collect(Collectors.groupingBy(MeasureRecord::parentId, TreeMap::new, Collectors.counting()));
    }

    @Test
    void taskList001HasTheCountsOfItsFiveTables() {
        Map<String, Long> perParent = measuresPerParent("001");
        assertEquals(38, perParent.get("001/表1"));
        assertEquals(11, perParent.get("001/表2"));
        assertEquals(18, perParent.get("001/表3"));
        assertEquals(10, perParent.get("001/表4"));
        assertEquals(13, perParent.get("001/表5"));
    }

    @Test
    void body001HasSixteenNumberedTasksSpreadOverTheFiveSubsectionsOfChapterTwo() {
        Map<String, Long> perParent = measuresPerParent("001");
        assertEquals(4, perParent.get("001/二(一)"));
        assertEquals(3, perParent.get("001/二(二)"));
        assertEquals(4, perParent.get("001/二(三)"));
        assertEquals(2, perParent.get("001/二(四)"));
        assertEquals(3, perParent.get("001/二(五)"));
        assertEquals(16 + 90, RealSeed.bundle("001").measures().size());
    }

    @Test
    void plan002HasSeventeenNumberedTasks() {
        DocumentBundle bundle = RealSeed.bundle("002");
        assertEquals(17, bundle.measures().size());
        for (int n = 1; n <= 17; n++) {
            String number = String.valueOf(n);
            assertTrue(bundle.measures().stream().anyMatch(m -> m.number().equals(number)), "task " + n);
        }
    }

    @Test
    void annex003HasFortyRowsAndTheBodyHasNoNumberedTasks() {
        DocumentBundle bundle = RealSeed.bundle("003");
        assertEquals(40, bundle.measures().size());
        assertTrue(bundle.measures().stream().allMatch(m -> m.parentId().equals("003/附件")));
        assertEquals("附件", RealSeed.section("003/附件").label());
    }

    @Test
    void boxes004HaveTheItemCountsCountedByHand() {
        Map<String, Long> expected = new LinkedHashMap<>();
        long[] counts = {5, 3, 3, 4, 4, 4, 5, 4, 3, 3, 4, 4, 5, 5, 5, 5, 4, 3};
        for (int box = 1; box <= 18; box++) {
            expected.put("004/专栏" + box, counts[box - 1]);
        }
        Map<String, Long> perParent = measuresPerParent("004");
        expected.forEach((box, count) -> assertEquals(count, perParent.get(box), box));
        assertEquals(73, expected.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void leadIns004OfMainTasksAreThirtyThreeMeasuresNumberedWithinTheirSection() {
        Map<String, Long> perParent = measuresPerParent("004");
        Map<String, Long> expected = Map.of("004/四(一)", 4L, "004/四(二)", 4L, "004/四(三)", 4L, "004/四(四)", 1L,
                "004/四(五)", 6L, "004/四(六)", 2L, "004/四(七)", 2L, "004/四(八)", 4L, "004/四(九)", 1L,
                "004/四(十)", 5L);
        expected.forEach((section, count) -> assertEquals(count, perParent.get(section), section));
        assertEquals(73 + 33, RealSeed.bundle("004").measures().size());
        assertEquals("—3", RealSeed.measure("004/四(二)—3").number());
    }

    @Test
    void achievementsOf004AreSectionsNotMeasures() {
        DocumentBundle bundle = RealSeed.bundle("004");
        for (int n = 1; n <= 11; n++) {
            assertEquals(n + ".", RealSeed.section("004/一(一)" + n).label());
        }
        assertEquals("党建引领作用全面加强", RealSeed.section("004/一(一)11").title());
        assertTrue(bundle.measures().stream().noneMatch(m -> m.id().startsWith("004/一")));
    }

    @Test
    void flattenedIndicatorTable004IsASectionUnderDevelopmentTargets() {
        var table = RealSeed.section("004/表1");
        assertEquals("004/三(三)", table.parentId());
        assertEquals("\"十四五\"时期武汉市商务发展目标指标体系", table.title());
        assertTrue(table.text().contains("社会消费品零售总额6149.84亿元"), table.text());
        assertTrue(!RealSeed.section("004/三(三)2").text().contains("6149.84"));
    }
}
