package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.MeasureRecord;

/**
 * Livelihood projects voted by a people's congress or announced by a government are often printed as prose: one
 * sentence naming them, then each project a paragraph opened by 一、 二、 … and its name, its targets in running text,
 * no short heading anywhere (each line longer than a heading). Each project is a task with its figures; a single paragraph that happens to open with
 * 一、 is no list. Texts written for the tests.
 */
class ProseProjectListsTest {

    private static final String TITLE = "某市2024年民生实事项目";

    private static DocumentBundle read(String text) {
        return SubmittedPlans.read("prose-projects", TITLE, text, "2024-02-01", "2024");
    }

    @Test
    void projectsEachAParagraphOpenedBy一AreTheTasks() {
        DocumentBundle bundle = read("""
                某市第九届人民代表大会第三次会议公告(第二号)
                某市第九届人民代表大会第三次会议于2024年1月20日票决产生了某市2024年民生实事项目,分别是:
                一、城乡学校建设。推进公办幼儿园和中小学校建设,新建改扩建公办幼儿园12所,新建改扩建中小学校6所,年底前全部完工并投入使用。
                二、养老服务设施建设。推进居家社区养老服务设施建设,年底前实现每个街道有综合养老服务设施,新增嵌入式养老床位不少于80张,服务质量明显提升。
                三、老旧小区改造。积极开展城镇老旧小区改造,全年完成45个老旧小区改造任务,同步推进小区周边道路和管网更新,持续提升物业覆盖率。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .satisfiesExactly(
                        m -> assertThat(m).startsWith("城乡学校建设"),
                        m -> assertThat(m).startsWith("养老服务设施建设"),
                        m -> assertThat(m).startsWith("老旧小区改造"));
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(12.0, 6.0, 80.0, 45.0);
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value)
                .as("the announcement's numbers are no targets").doesNotContain(9.0, 3.0, 2.0, 20.0);
    }

    @Test
    void theParagraphLeadingIntoTheProjectsIsReadOnce() {
        DocumentBundle bundle = read("""
                某市2024年民生实事项目
                为持续增进民生福祉,提高人民生活品质,市委、市政府决定,2024年筹集资金约8亿元,集中力量办好3件民生实事,切实增强群众获得感。
                一、城乡学校建设。推进公办幼儿园和中小学校建设,新建改扩建公办幼儿园12所,新建改扩建中小学校6所,年底前全部完工并投入使用。
                二、老旧小区改造。积极开展城镇老旧小区改造,全年完成45个老旧小区改造任务,同步推进小区周边道路和管网更新,持续提升物业覆盖率。
                """);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 8.0).hasSize(1);
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 3.0)
                .as("the count of the plan's own items (3件民生实事) is no target").isEmpty();
    }

    @Test
    void oneParagraphOpenedBy一IsNoListOfProjects() {
        assertThatThrownBy(() -> read("""
                本报讯 记者从市政府获悉:
                一、二季度以来,全市新建改扩建公办幼儿园12所,新建改扩建中小学校6所,改造老旧小区45个,新增养老床位80张,民生实事项目进展总体顺利。
                记者了解到,某市2024年民生实事项目总体推进顺利,群众满意度不断提升。
                """)).isInstanceOf(SeedException.class).hasMessageContaining("does not read as a plan");
    }
}
