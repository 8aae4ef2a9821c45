package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;
import org.policygraph.model.TargetComparator;

/**
 * From→to pairs (made-up sentences in the shape plans print them): "从X增加到Y", "由X降至Y", "从X缩小到Y以内". The start
 * is the level the plan starts from (a baseline), the end the level it sets.
 */
class FromToPairsTest {

    private static final Map<String, DocumentYears> YEARS = Map.of("P25", new DocumentYears(2021, 2025));

    private final RuleBasedIndicatorFinder finder = PackagedFinder.of(IndicatorCorrections.empty(), YEARS);

    private List<IndicatorRecord> find(String raw) {
        return PackagedFinder.findVerbatim(finder, "P25", raw);
    }

    private static IndicatorRecord valued(List<IndicatorRecord> found, double value) {
        return found.stream().filter(r -> r.value() != null && r.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + " in " + found));
    }

    @Test
    void aRatioNarrowedFromOneBareNumberToAnotherIsABaselineAndATargetWithoutUnit() {
        // "城乡收入倍差从1.96缩小到1.9以内": a ratio prints no unit at either end
        List<IndicatorRecord> found = find("到2025年，城乡居民收入倍差从2.05缩小到1.95以内，地区收入比由1.6下降到1.5。");
        assertEquals(4, found.size(), found::toString);
        IndicatorRecord start = valued(found, 2.05);
        assertEquals("城乡居民收入倍差", start.name());
        assertNull(start.unit());
        assertEquals(IndicatorRole.BASELINE, start.role());
        IndicatorRecord end = valued(found, 1.95);
        assertEquals("城乡居民收入倍差", end.name());
        assertNull(end.unit());
        assertEquals(IndicatorRole.TARGET, end.role());
        assertEquals(TargetComparator.AT_MOST, end.comparator());
        assertEquals(2025, end.year());
        assertEquals(IndicatorRole.BASELINE, valued(found, 1.6).role());
        assertEquals(IndicatorRole.TARGET, valued(found, 1.5).role());
    }

    @Test
    void aStartPrintedWithoutUnitCountsInTheUnitOfTheEnd() {
        // "从4.1提高到5.5万元/人": the unit printed once, after the end
        List<IndicatorRecord> found = find("农业劳动生产率从3.8提高到5.2万元/人。");
        IndicatorRecord start = valued(found, 3.8);
        assertEquals("万元/人", start.unit());
        assertEquals(IndicatorRole.BASELINE, start.role());
        assertEquals("万元/人", valued(found, 5.2).unit());
    }

    @Test
    void aBareNumberOutsideAPairStaysUnread() {
        // a bare number before a from→to verb needs 从/由 before it and a number after the verb
        assertTrue(find("第3批提高到新标准。").isEmpty());
        assertTrue(find("农民收入从3个方面增加到新水平。").isEmpty());
    }

    @Test
    void aRatioNamedByItsEndingIsReadWithoutUnitAfterAVerbOfLevel() {
        // "城乡居民收入比缩小到1.9", as "居民消费价格指数控制在103以内"
        List<IndicatorRecord> found = find("到2025年，城乡居民收入比缩小到1.85，全体居民收入倍差控制在1.6以内。");
        assertEquals(2, found.size(), found::toString);
        assertEquals("城乡居民收入比", valued(found, 1.85).name());
        assertNull(valued(found, 1.6).unit());
        assertEquals(TargetComparator.AT_MOST, valued(found, 1.6).comparator());
    }
}
