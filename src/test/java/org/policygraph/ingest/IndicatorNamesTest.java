package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;

/**
 * The names of indicators as users see them (the API's {@code name}, what a Metric is linked by): the quantity's name,
 * without the words around it that a plan or a progress report prints in the same clause — who leads the item, the
 * item's number, the part of the year a reported figure covers, a comparator or a figure left at the end. Each case is one made-up task of a county's annual plan, with the names every figure should get.
 */
class IndicatorNamesTest {

    private static final String ANNUAL = "某县2024年重点工作责任清单";

    static Stream<Arguments> names() {
        return Stream.of(
                // a clause naming who leads the item, and the item's number, open the name
                names("县发改委牵头的第1项地区生产总值增长6%以上。", "地区生产总值"),
                names("县商务局牵头的第5社会消费品零售总额增长7%。", "社会消费品零售总额"),
                names("由县人社局负责的城镇新增就业3000人。", "城镇新增就业"),
                // circled and bracketed item numbers
                names("主要指标：⑴森林覆盖率提高到45%，⑵耕地保有量保持在80万亩。", "森林覆盖率", "耕地保有量"),
                names("①实现小升规企业12家。", "小升规企业"),
                // the part of the year a progress figure covers, before or after the name, and a result verb after it
                names("三季度规模以上工业增加值增长7.2%。", "规模以上工业增加值"),
                names("社会消费品零售总额1—10月完成45亿元，全年预计完成55亿元。", "社会消费品零售总额", "社会消费品零售总额"),
                names("固定资产投资增长8%，1-9月份增长6.5%。", "固定资产投资", "固定资产投资"),
                // a comparator or the comparison a change is taken in, left before the figure; a figure run into the
                // next statement's name
                names("城镇调查失业率在5.5%以内，全社会用电量同比增长6%。", "城镇调查失业率", "全社会用电量"),
                names("县发改委牵头的第2固定资产投资增长8%以上1-9月份增长6.5%、增速居全市第3位。", "固定资产投资",
                        "固定资产投资增速（全市）"));
    }

    private static Arguments names(String sentence, String... expected) {
        return Arguments.of(sentence, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void anIndicatorIsNamedByTheQuantityAlone(String sentence, List<String> expected) {
        String text = ANNUAL + "\n一、主要任务\n（一）推进高质量发展\n1.加快经济发展。" + sentence + "\n"
                + "二、保障措施\n（一）加强组织领导。各单位要高度重视。\n";
        DocumentBundle bundle = SubmittedPlans.read("names", ANNUAL, text, "2024-02", null);
        assertThat(bundle.indicators().stream().filter(i -> i.value() != null).map(IndicatorRecord::name).toList())
                .containsExactlyElementsOf(expected);
    }
}
