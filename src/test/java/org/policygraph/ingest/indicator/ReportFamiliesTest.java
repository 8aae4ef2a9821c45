package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;

/**
 * Families of work reports and completion reports (made-up texts in their shape): the year a work report's targets
 * are for, the tasks a completion report restates beside what was done, slogans that set nothing.
 */
class ReportFamiliesTest {

    private static final Map<String, DocumentYears> YEARS = Map.of(
            "W25", new DocumentYears(2025, null, 2025),
            "R24", new DocumentYears(2024, null, 2024));

    private final RuleBasedIndicatorFinder finder = PackagedFinder.of(IndicatorCorrections.empty(), YEARS);

    private List<IndicatorRecord> findUnder(String doc, String raw, String... headings) {
        List<IndicatorRecord> found = finder.find(doc, "own", "loc", raw, List.of(headings));
        for (IndicatorRecord r : found) {
            assertTrue(raw.contains(r.source().quote()), "quote not verbatim: " + r.source().quote());
        }
        return found;
    }

    private static IndicatorRecord valued(List<IndicatorRecord> found, double value) {
        return found.stream().filter(r -> r.value() != null && r.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + " in " + found));
    }

    @Test
    void aMilestoneOfTheNextFiveYearPlanDoesNotDateTheYearsTargets() {
        // "为实现"十五五"良好开局打牢基础": the plan period is what the year's work aims at, not the time of its targets
        List<IndicatorRecord> found = findUnder("W25", """
                新的一年，确保圆满完成“十四五”规划目标任务，为实现“十五五”良好开局打牢基础。
                主要预期目标是：地区生产总值增长5%；社会消费品零售总额增长6%。
                """, "二、2025年主要目标");
        assertEquals(2, found.size(), found::toString);
        assertEquals(2025, valued(found, 5.0).year());
        assertEquals(2025, valued(found, 6.0).year());
    }
}
