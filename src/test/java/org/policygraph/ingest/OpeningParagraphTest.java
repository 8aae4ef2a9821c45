package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.valued;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;

/**
 * A page storing a plan without its title line may open on the plan's introducing paragraph, which states the year's
 * overall figures before the first chapter: they are read as the plan's goals. Plans written for the tests.
 */
class OpeningParagraphTest {

    @Test
    void theFiguresOfAnOpeningParagraphAreTheYearsGoals() {
        DocumentBundle bundle = SubmittedPlans.read("opening", "2024年全县农业农村工作", """
                2024年是实现“十四五”规划目标任务的关键一年。2024年全县农业农村工作的总体要求是：坚持稳中求进。全年力争实现农业总产值同比增长3%以上，农村居民人均可支配收入增长7%以上。
                一、稳定粮食生产
                1.落实粮食播种面积。全年粮食播种面积稳定在20万亩以上。
                2.提升耕地质量。建设高标准农田1万亩。
                """, "2024-03-01", null);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(valued(bundle, 3.0)).singleElement().satisfies(i -> {
            assertThat(i.name()).contains("农业总产值");
            assertThat(i.year()).isEqualTo(2024);
        });
        assertThat(valued(bundle, 7.0)).singleElement().satisfies(i -> assertThat(i.name())
                .isEqualTo("农村居民人均可支配收入"));
    }

    @Test
    void aCoveringNoticeOpeningOnItsAddresseesIsNotRead() {
        DocumentBundle bundle = SubmittedPlans.read("notice", "2024年农业农村工作要点", """
                各乡镇人民政府，县直各单位：
                现将《2024年农业农村工作要点》印发给你们，请结合实际认真抓好落实，确保完成全年各项目标任务。
                一、稳定粮食生产
                1.落实粮食播种面积。全年粮食播种面积稳定在20万亩以上。
                """, "2024-03-01", null);
        assertThat(bundle.sections()).noneMatch(s -> s.text() != null && s.text().contains("现将"));
    }
}
