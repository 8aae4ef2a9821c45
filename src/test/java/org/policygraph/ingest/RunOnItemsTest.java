package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/**
 * A page may print a chapter's numbered items run on within the chapter's line ("一、促进就业(3项)1.…。(牵头单位:…)2.…"):
 * each item is broken off where its number follows the sentence end or the closing note of the item before, and
 * where two or more such numbers follow one another on the line. Texts written for the tests.
 */
class RunOnItemsTest {

    private static final String TITLE = "某市2025年十件民生实事安排";

    private static DocumentBundle read(String text) {
        return SubmittedPlans.read("runon", TITLE, TITLE + "\n" + text);
    }

    private static List<String> leads(DocumentBundle bundle, String measureText) {
        MeasureRecord m = bundle.measures().stream().filter(r -> r.text().startsWith(measureText)).findFirst()
                .orElseThrow(() -> new AssertionError(measureText + " not in " + bundle.measures()));
        return bundle.links().stream().filter(l -> l.type() == LinkType.LEADS && l.toId().equals(m.id()))
                .map(LinkRecord::fromId).toList();
    }

    @Test
    void itemsRunOnAfterTheirChapterHeadingAndEachClosedByANoteAreTasksOfTheirOwn() {
        DocumentBundle bundle = read("""
                经市政府同意,现将有关安排通知如下:
                一、教育服务(2项)1.新建改扩建幼儿园12所,新增学位3600个。(牵头单位:市教育局)2.为中小学校配备心理健康教师80名(牵头单位:市教育局、市卫生健康委)
                二、养老服务(3项)3.新建社区养老服务站20个。(牵头单位:市民政局)4.为困难老年人家庭实施适老化改造1000户。(牵头单位:市民政局)5.开展老年人免费体检5万人次。(牵头单位:市卫生健康委)
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "新建改扩建幼儿园12所,新增学位3600个。(牵头单位:市教育局)",
                "为中小学校配备心理健康教师80名(牵头单位:市教育局、市卫生健康委)",
                "新建社区养老服务站20个。(牵头单位:市民政局)",
                "为困难老年人家庭实施适老化改造1000户。(牵头单位:市民政局)",
                "开展老年人免费体检5万人次。(牵头单位:市卫生健康委)");
        assertThat(leads(bundle, "为中小学校配备")).hasSize(2);
        assertThat(leads(bundle, "开展老年人免费体检")).hasSize(1);
        assertThat(bundle.sections()).anySatisfy(s -> assertThat(s.title()).startsWith("养老服务"));
    }

    @Test
    void itemsRunOnAfterASentenceEndInAnotherWording() {
        DocumentBundle bundle = read("""
                一、城市更新。1、改造老旧小区45个,惠及居民1.2万户;2、新建口袋公园15个。3、新增公共停车泊位2000个。
                二、保障措施
                各单位要加强组织领导,确保各项实事按期完成。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "改造老旧小区45个,惠及居民1.2万户;", "新建口袋公园15个。", "新增公共停车泊位2000个。");
    }

    @Test
    void figuresAndALoneNumberAfterASentenceEndDoNotBreakTheLine() {
        // "。2.5万" is a figure; one "。3、" alone, or numbers out of sequence, is no run of items
        DocumentBundle bundle = read("""
                一、重点任务
                1.推进就业创业。全年新增就业岗位2.5万个。2.5万名高校毕业生留本地就业。(牵头单位:市人社局)
                2.加强技能培训,培训人数较上年增加一成。3、5月份前完成年度计划。(牵头单位:市人社局)
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "推进就业创业。全年新增就业岗位2.5万个。2.5万名高校毕业生留本地就业。(牵头单位:市人社局)",
                "加强技能培训,培训人数较上年增加一成。3、5月份前完成年度计划。(牵头单位:市人社局)");
    }

    @Test
    void warningsNameTheFilesOwnLinesAfterALineWasBrokenIntoItems() {
        // line 3 of the file holds three items; the footer and the name no vocabulary knows stand on lines 5 and 4
        String text = TITLE + "\n"
                + "经市政府同意,现将有关安排通知如下:\n"
                + "一、城市更新(3项)1.改造老旧小区45个。(牵头单位:市住建局)2.新建口袋公园15个。(牵头单位:市园林局)"
                + "3.新增公共停车泊位2000个。(牵头单位:市城管局)\n"
                + "二、保障措施。市火星事务局要加强统筹协调,确保各项实事按期完成。\n"
                + "抄送:市委办公室。\n";
        SeedReader.Submission submission = SubmittedPlans.submit("runon", TITLE, text);
        assertThat(submission.bundle().measures()).hasSize(3);
        assertThat(submission.warnings()).anySatisfy(w -> {
            assertThat(w.message()).contains("版记 footer");
            assertThat(w.line()).isEqualTo(5);
        });
        assertThat(submission.warnings()).anySatisfy(w -> {
            assertThat(w.message()).contains("市火星事务局");
            assertThat(w.line()).isEqualTo(4);
        });
    }
}
