package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.MeasureRecord;

/**
 * A news page may print the year's projects of a work report one a line, with no numbering, after the sentence that
 * announces them with their count ("…办好5件民生实事。具体包括:"): the lines are the tasks when there are exactly as many
 * as announced. Texts written for the tests.
 */
class AnnouncedLinesTest {

    private static final String TITLE = "某市2025年将办好5件民生实事";

    private static DocumentBundle read(String text) {
        return SubmittedPlans.read("announced-lines", TITLE, text);
    }

    @Test
    void asManyUnnumberedSentenceLinesAsTheLeadAnnouncesAreTheTasks() {
        DocumentBundle bundle = read("""
                某市2025年将办好5件民生实事
                某某网讯 1月10日,某市第五届人民代表大会第二次会议开幕,市长作政府工作报告。
                民生无小事。今年,某市将聚焦群众急难愁盼,办好5件民生实事。具体包括:
                新开工改造城镇老旧小区120个。
                建设口袋公园30个、体育公园2座。
                为10万名中小学生开展视力筛查。
                新增公共停车泊位5000个以上。
                实施农村供水保障工程15个。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "新开工改造城镇老旧小区120个。", "建设口袋公园30个、体育公园2座。", "为10万名中小学生开展视力筛查。",
                "新增公共停车泊位5000个以上。", "实施农村供水保障工程15个。");
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(120.0, 5000.0, 15.0);
    }

    @Test
    void linesMoreOrFewerThanAnnouncedAreNoList() {
        // a colon after "5件" followed by three sentences only: paragraphs of a report, not the list
        assertThat(AnnouncedLines.listed("今年将办好5件民生实事。具体包括:", List.of(
                "新开工改造城镇老旧小区120个。", "建设口袋公园30个。", "新增公共停车泊位5000个以上。"))).isZero();
        // as many lines, but a numbered one among them: an outline, read as such
        assertThat(AnnouncedLines.listed("今年将办好3件民生实事。具体包括:", List.of(
                "新开工改造城镇老旧小区120个。", "2.建设口袋公园30个。", "新增公共停车泊位5000个以上。"))).isZero();
        // no colon leading into the lines
        assertThat(AnnouncedLines.listed("今年将办好3件民生实事。", List.of(
                "新开工改造城镇老旧小区120个。", "建设口袋公园30个。", "新增公共停车泊位5000个以上。"))).isZero();
        assertThat(AnnouncedLines.listed("今年将办好十件民生实事,分别是:", List.of(
                "新开工改造城镇老旧小区120个。", "建设口袋公园30个。", "新增公共停车泊位5000个以上。"))).isZero();
        assertThat(AnnouncedLines.listed("今年将办好三件民生实事,分别是:", List.of(
                "新开工改造城镇老旧小区120个。", "建设口袋公园30个。", "新增公共停车泊位5000个以上。"))).isEqualTo(3);
    }
}
