package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.valued;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRole;

/**
 * A goals chapter whose lead sentence names the year it aims at ("一、总体目标 到2025年，…") dates the figures of the
 * items under it that print no year of their own, as a year mark in a passage dates what follows it. Plans written for
 * the tests.
 */
class LeadYearTest {

    @Test
    void theYearOfAChaptersLeadSentenceDatesTheFiguresOfItsItems() {
        DocumentBundle bundle = SubmittedPlans.read("lead", "农民增收行动计划", """
                农民增收行动计划
                一、总体目标
                到2025年，乡村产业体系基本建成，农民收入持续较快增长。
                （一）实现收入新增。农村居民人均可支配收入从2.8万元增加到3.6万元，农业劳动生产率提高到6万元/人。
                （二）实现差距缩小。城乡居民收入倍差从2.1缩小到1.95以内。
                二、主要任务
                （一）发展乡村产业。建设现代农业园区10个。
                """, "2021-07-05", null);
        assertThat(valued(bundle, 3.6)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2025);
            assertThat(i.role()).isEqualTo(IndicatorRole.TARGET);
        });
        assertThat(valued(bundle, 6.0)).singleElement().satisfies(i -> assertThat(i.year()).isEqualTo(2025));
        assertThat(valued(bundle, 1.95)).singleElement().satisfies(i -> assertThat(i.year()).isEqualTo(2025));
        // the start of a pair is the present level, no target of the lead's year
        assertThat(valued(bundle, 2.8)).singleElement().satisfies(i -> {
            assertThat(i.year()).isNull();
            assertThat(i.role()).isEqualTo(IndicatorRole.BASELINE);
        });
        // a chapter beside the goals, not under them, keeps its figures undated
        assertThat(valued(bundle, 10.0)).singleElement().satisfies(i -> assertThat(i.year()).isNull());
    }

    @Test
    void aLeadNamingTwoYearsDatesNothing() {
        // "到2025年…到2035年…": which year an item aims at is not told
        DocumentBundle bundle = SubmittedPlans.read("lead2", "农民增收行动计划", """
                农民增收行动计划
                一、总体目标
                到2025年，乡村产业体系基本建成；到2035年，乡村全面振兴。
                （一）实现收入新增。农村居民人均可支配收入增加到3.6万元。
                """, "2021-07-05", null);
        assertThat(valued(bundle, 3.6)).singleElement().satisfies(i -> assertThat(i.year()).isNull());
    }
}
