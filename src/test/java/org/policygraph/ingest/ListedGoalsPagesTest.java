package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;

/**
 * A plan's page stored up to its key work holds no task, but its paragraph listing the year's goals ("…主要预期目标确定为：
 * 地区生产总值增长6%左右；…；…") is the plan's targets: it is read as the goals section, no measure. A text whose only
 * goal is mentioned in a sentence (a news report) still reads as no plan. Texts written for the tests.
 */
class ListedGoalsPagesTest {

    private static final String TITLE = "全县经济社会发展计划";

    private static DocumentBundle read(String text) {
        return SubmittedPlans.read("goals-page", TITLE, text, "2025-01-20", "2025");
    }

    @Test
    void aParagraphListingTheYearsGoalsIsReadWithoutATask() {
        DocumentBundle bundle = read("""
                2025年是全面完成“十四五”规划的收官之年,做好今年经济社会发展工作意义重大。
                综合考虑各方面因素,建议2025年全县经济社会发展主要预期目标确定为:地区生产总值增长6%左右;规模以上工业增加值增长7%;一般公共预算收入完成3.2亿元;城镇调查失业率控制在5.5%以内。
                根据全县经济社会发展计划安排,建议做好以下重点工作:
                """);
        assertThat(bundle.measures()).isEmpty();
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(6.0, 7.0, 3.2, 5.5);
        assertThat(bundle.indicators()).allSatisfy(i -> assertThat(i.year()).isEqualTo(2025));
    }

    @Test
    void goalsAnnouncedInAnotherWording() {
        DocumentBundle bundle = read("""
                今年全县经济社会发展计划的主要目标是:居民人均可支配收入增长6.5%;新增城镇就业3000人;粮食产量稳定在50万吨以上。
                """);
        assertThat(bundle.measures()).isEmpty();
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(6.5, 3000.0, 50.0);
    }

    @Test
    void aGoalMentionedInASentenceIsNoListOfGoals() {
        for (String text : List.of(
                "本报讯 今年全县经济社会发展计划的主要目标是:居民人均可支配收入增长6.5%,新增城镇就业3000人。\n记者了解到,全县经济运行总体平稳。\n",
                "县政府召开常务会议,研究全县经济社会发展计划。会议指出,要紧盯目标:增长6.5%;抓好落实;提高效率。\n")) {
            assertThatThrownBy(() -> read(text)).isInstanceOf(SeedException.class)
                    .hasMessageContaining("does not read as a plan");
        }
    }
}
