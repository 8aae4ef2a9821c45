package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;

/**
 * The ways Chinese plans commonly state a figure, each in one task of an annual plan (2024) or of a five-year plan
 * (2021–2025) of a county nobody curated. Written from the conventions of such plans, not from any corpus text. Each
 * case lists every figure the task should give, as "value unit year role period", with 力争 and 各 marked.
 */
class TargetFormatsTest {

    private static final String ANNUAL = "某县2024年国民经济和社会发展计划";
    private static final String FIVE_YEAR = "某县国民经济和社会发展第十四个五年规划（2021—2025年）";

    static Stream<Arguments> formats() {
        return Stream.of(
                format(ANNUAL, "地区生产总值增长6%左右。", "6 % 2024 TARGET YEAR"),
                format(ANNUAL, "全年完成固定资产投资50亿元。", "50 亿元 2024 TARGET YEAR"),
                format(ANNUAL, "社会消费品零售总额增长8%以上。", "8 % 2024 TARGET YEAR"),
                format(ANNUAL, "城镇新增就业1.2万人。", "1.2 万人 2024 TARGET YEAR"),
                format(ANNUAL, "力争引进亿元以上项目30个。", "30 个 2024 TARGET YEAR 力争"),
                // a figure inside the noun of the statement before it qualifies that noun: no statement of its own
                format(ANNUAL, "力争实现20%的村集体年收入超30万元，新增年收入超50万元的经济强村5个。",
                        "20 % 2024 TARGET YEAR 力争", "5 个 2024 TARGET YEAR 力争"),
                format(ANNUAL, "新建5G基站1000—1200个。", "1000~1200 个 2024 TARGET YEAR"),
                format(ANNUAL, "新建、改扩建幼儿园各3所。", "3 所 2024 TARGET YEAR 各"),
                format(ANNUAL, "2023年全县地区生产总值完成420亿元，增长5.5%。",
                        "420 亿元 2023 ACTUAL YEAR", "5.5 % 2023 ACTUAL YEAR"),
                format(ANNUAL, "到2025年，全县规模以上工业企业达到120家。", "120 家 2025 TARGET YEAR"),
                format(FIVE_YEAR, "到2025年，地区生产总值达到500亿元。", "500 亿元 2025 TARGET YEAR"),
                format(FIVE_YEAR, "“十四五”期间累计完成固定资产投资3000亿元。", "3000 亿元 2025 TARGET CUMULATIVE"),
                format(FIVE_YEAR, "地区生产总值年均增长6.5%。", "6.5 % 2025 TARGET AVERAGE_ANNUAL_GROWTH"),
                format(FIVE_YEAR, "每年举办各类展会20场次以上。", "20 场 2025 TARGET PER_YEAR"),
                format(FIVE_YEAR, "培育形成3个百亿级产业集群。", "3 个 2025 TARGET YEAR"),
                format(FIVE_YEAR, "到2025年，实现行政村5G网络覆盖率达到95%以上。", "95 % 2025 TARGET YEAR"),
                format(FIVE_YEAR, "到2025年，城镇登记失业率控制在4.5%以内。", "4.5 % 2025 TARGET YEAR"),
                format(FIVE_YEAR, "2020年，全县地区生产总值达到380亿元。到2025年，地区生产总值达到500亿元。",
                        "380 亿元 2020 ACTUAL YEAR", "500 亿元 2025 TARGET YEAR"),
                // the currency spelled out after the unit; a rate per 100 000; a remark closing the figure
                format(ANNUAL, "全年实现社会消费品零售总额达到120亿元人民币。", "120 亿元 2024 TARGET YEAR"),
                format(FIVE_YEAR, "到2025年，孕产妇死亡率、婴儿死亡率分别下降到12/10万、5‰。",
                        "12 /10万 2025 TARGET YEAR", "5 ‰ 2025 TARGET YEAR"),
                format(ANNUAL, "能耗总量增长率控制在3%以内(以上级正式下达指标为准)。", "3 % 2024 TARGET YEAR"),
                // one figure for every subject listed before 均
                format(ANNUAL, "城镇居民、农村居民人均可支配收入均增长7%。", "7 % 2024 TARGET YEAR",
                        "7 % 2024 TARGET YEAR"),
                // the extent of land or floor space a task treats, its object named after it
                format(ANNUAL, "实施2万亩高标准农田建设，改造8万平方米老旧小区。", "2 万亩 2024 TARGET YEAR",
                        "8 万平方米 2024 TARGET YEAR"),
                format(ANNUAL, "建设2000平方米以上的农产品交易中心。"),
                // the batches of samples a food or drug check takes, also per 1000 people; an order (第2批次) is none
                format(ANNUAL, "全年完成农产品质量安全抽检1200批次。", "1200 批次 2024 TARGET YEAR"),
                format(ANNUAL, "兽药残留抽检量不少于3批次/千人。", "3 批次/千人 2024 TARGET YEAR"),
                format(ANNUAL, "第2批次试点名单公布后开展评估。"),
                // the verbs of work-report and livelihood lists, also before a modifier of what they count
                format(ANNUAL, "抓好50个市级重点项目。", "50 个 2024 TARGET YEAR"),
                // the plan's own items (民生实事) are its measures: their count is no target, whether a year and the
                // issuer stand between count and noun or the count follows the noun
                format(ANNUAL, "集中办好群众最关心的10件民生实事。"),
                format(ANNUAL, "实施50项民生实事，完成投资20亿元。", "20 亿元 2024 TARGET YEAR"),
                format(ANNUAL, "票决确定20项2024年县人民政府民生实事项目。"),
                format(ANNUAL, "今年确定民生实事项目15项。"),
                format(ANNUAL, "支持营业收入超过10亿元的5家企业上市。"),
                // a bound between the verb and the count; one name and others (等) before it; the places a task is
                // done in, not where something merely stands
                format(ANNUAL, "全县择优打造不少于5个夜经济聚集区。", "5 个 2024 TARGET YEAR"),
                format(ANNUAL, "对人民路等3条城区道路进行提升改造。", "3 条 2024 TARGET YEAR"),
                format(ANNUAL, "在20所学校食堂开展明厨亮灶建设。", "20 所 2024 TARGET YEAR"),
                format(ANNUAL, "在12个小区，建成8个分类亭。", "8 个 2024 TARGET YEAR"),
                // the same figure in another unit, in brackets after it
                format(ANNUAL, "项目总用地面积20000㎡(30亩)。", "20000 ㎡ 2024 TARGET YEAR"),
                // a list of names closed by 等 counts what it names: names with digits, joined by 和, an adverb first
                format(ANNUAL, "新建成城东学校、8300安置小区配套幼儿园和天目山镇中心幼儿园等3所中小学、幼儿园。",
                        "3 所 2024 TARGET YEAR"),
                format(ANNUAL, "着力推进湖田中学、伯塘中学等5所农村中小学校改扩建。", "5 所 2024 TARGET YEAR"),
                // a scope between the verb and the count; the people a service is given to; cases screened
                format(ANNUAL, "全力推进全县20个具有支撑性的重点项目。", "20 个 2024 TARGET YEAR"),
                format(ANNUAL, "为全县2300名老年人提供居家上门服务。", "2300 名 2024 TARGET YEAR"),
                format(ANNUAL, "开展胃肠癌联合筛查1万例以上。", "1 万例 2024 TARGET YEAR"),
                // shares of one quantity by their deadlines: the deadline is no part of the name
                format(ANNUAL, "预算内专项资金须于6月底前下达60%以上、9月底前下达80%以上。", "60 % 2024 TARGET YEAR",
                        "80 % 2024 TARGET YEAR"),
                // how many items the plan itself is divided into is no target
                format(ANNUAL, "全年主要工作任务分解为7大方面、80项。"),
                // the size of the programme a text lists or reports on, by its categories: no figure set or reached
                format(ANNUAL, "2024年民生实事项目共10大类36项，涉及8个部门。"),
                format(ANNUAL, "今年确定了11个方面共196项重点工作。"),
                // an age before the people it bounds is a scope, an age ending its clause a level
                format(FIVE_YEAR, "到2025年，3—6岁幼儿受教育率达到100%。", "100 % 2025 TARGET YEAR"),
                format(FIVE_YEAR, "到2025年，人均预期寿命达到80岁。", "80 岁 2025 TARGET YEAR"),
                // a count opening its clause, then what is completed; a standard per person and month
                format(ANNUAL, "7个乡镇卫生院完成搬迁或改扩建。", "7 个 2024 TARGET YEAR"),
                format(ANNUAL, "城乡低保标准提高到835元/人月。", "835 元/人月 2024 TARGET YEAR"),
                // the standard a grant is paid at, per person or per place, is set by the plan; what it is paid to is
                // counted apart
                format(ANNUAL, "按2000元/人的标准发放一次性就业补贴。", "2000 元/人 2024 TARGET YEAR"),
                format(ANNUAL, "对12个村级养老服务站按照每站3万元的标准给予补助。", "12 个 2024 TARGET YEAR",
                        "3 万元 2024 TARGET YEAR"),
                // a density of roads per square kilometre; lessons or lectures counted in 堂
                format(FIVE_YEAR, "到2025年，城区道路网密度达到6.2公里/平方公里。", "6.2 公里/平方公里 2025 TARGET YEAR"),
                format(ANNUAL, "开展200堂防诈骗宣传课。", "200 堂 2024 TARGET YEAR"),
                // rooms or classrooms counted in 间
                format(ANNUAL, "完成义务教育学校教室改造500间。", "500 间 2024 TARGET YEAR"),
                // the people a service is given to, what is done for them right after the count; 作为 is no "for"
                format(ANNUAL, "免费为3000人筛查糖尿病视网膜病变。", "3000 人 2024 TARGET YEAR"),
                format(ANNUAL, "作为100人规模的试点。"));
    }

    private static Arguments format(String title, String sentence, String... figures) {
        return Arguments.of(title, sentence, List.of(figures));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("formats")
    void theFiguresOfATaskAreReadInEveryCommonWording(String title, String sentence, List<String> expected) {
        String text = title + "\n一、主要任务\n（一）推进高质量发展\n1.加快经济发展。" + sentence + "\n"
                + "二、保障措施\n（一）加强组织领导。各单位要高度重视。\n";
        DocumentBundle bundle = title.equals(ANNUAL) ? SubmittedPlans.read("fig", title, text, "2024-02", null)
                : SubmittedPlans.read("fig", title, text, "2021-03", "2025");
        List<String> measures = bundle.measures().stream().filter(m -> m.text().contains("加快经济发展"))
                .map(m -> m.id()).toList();
        assertThat(measures).hasSize(1);
        List<String> figures = bundle.indicators().stream().filter(i -> i.ownerId().equals(measures.get(0)))
                .filter(i -> i.value() != null).map(TargetFormatsTest::figure).sorted().toList();
        assertThat(figures).as(sentence).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String figure(IndicatorRecord i) {
        String value = number(i.value()) + (i.valueMax() != null ? "~" + number(i.valueMax()) : "");
        return value + " " + i.unit() + " " + i.year() + " " + i.role() + " " + i.period()
                + (i.aspirational() ? " 力争" : "") + (i.each() ? " 各" : "");
    }

    private static String number(double d) {
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /**
     * A task list printed one cell a line whose 单位 and 年度目标 columns hold each row's target: the task cell names
     * it, the unit is printed in its own cell or with the figure; a cell of words or a figure without a unit sets none.
     */
    @Test
    void aTaskListsUnitAndTargetColumnsSetTheRowsTarget() {
        String text = """
                2024年某县乡村振兴任务清单
                序号
                考核内容
                单位
                年度目标
                责任部门
                1
                粮食播种面积
                万亩
                12.5
                县农业农村局
                2
                农业增加值增幅
                %
                ≥3%
                县农业农村局
                3
                粮食安全责任制
                -
                良好以上
                县发展改革局
                4
                建设美丽牧场
                0
                县农业农村局
                """;
        DocumentBundle bundle = SubmittedPlans.read("cells", "2024年某县乡村振兴任务清单", text, "2024-03", null);
        assertThat(bundle.measures()).hasSize(4);
        assertThat(bundle.indicators().stream().filter(i -> i.value() != null)
                .map(i -> i.name() + " " + figure(i) + " " + i.comparator()).toList())
                .containsExactly("粮食播种面积 12.5 万亩 2024 TARGET YEAR EQUAL",
                        "农业增加值增幅 3 % 2024 TARGET YEAR AT_LEAST");
    }

    /** A list of targets assigned to bodies ("序号 / 2024年预期目标 / 责任单位"): its 目标 column states each task. */
    @Test
    void aTargetListsOneTargetColumnStatesTheTasks() {
        String text = """
                2024年县政府工作报告预期目标任务分解表
                序号
                2024年预期目标
                责任单位
                1
                地区生产总值增长6%左右
                县发展改革局
                2
                一般公共预算收入增长5%以上
                县财政局
                """;
        DocumentBundle bundle = SubmittedPlans.read("goals", "2024年县政府工作报告预期目标任务分解表", text, "2024-01",
                null);
        assertThat(bundle.measures()).extracting(m -> m.text())
                .containsExactly("地区生产总值增长6%左右", "一般公共预算收入增长5%以上");
        assertThat(bundle.indicators().stream().filter(i -> i.value() != null).map(TargetFormatsTest::figure).toList())
                .containsExactly("6 % 2024 TARGET YEAR", "5 % 2024 TARGET YEAR");
    }

    /** The paragraph introducing a plan after its title may state its overall figures: they are read, as goals. */
    @Test
    void theFiguresOfAPlansIntroductionAreRead() {
        String text = """
                某县人民政府关于印发2024年某县民生实事工程安排意见的通知
                各乡镇人民政府，县直各单位：
                经县政府第5次常务会议研究同意，现将《2024年某县民生实事工程安排意见》印发给你们，请认真贯彻实施。
                2024年某县民生实事工程安排意见
                为切实保障和改善民生，县委、县政府决定，2024年筹集资金约12亿元，集中办好涉及群众切身利益的20件实事。
                一、就业和创业
                （一）扩大就业。全县城镇新增就业5000人。
                （二）加强培训。开展职业技能培训3000人次。
                """;
        DocumentBundle bundle = SubmittedPlans.read("intro", "2024年某县民生实事工程安排意见", text, "2024-03", null);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(bundle.indicators().stream().filter(i -> i.value() != null).map(TargetFormatsTest::figure).toList())
                .containsExactlyInAnyOrder("12 亿元 2024 TARGET YEAR", // "20件实事" counts the plan's own items
                        "5000 人 2024 TARGET YEAR", "3000 人次 2024 TARGET YEAR");
    }

    /**
     * A plan whose title prints no year (an announcement of a people's congress) takes the year its announcement
     * sentence names for the plan it publishes.
     */
    @Test
    void anAnnouncementNamesTheYearOfThePlanItPublishes() {
        String text = """
                某市人民代表大会会议公告
                某市人民代表大会会议票决确定10项2024年市人民政府民生实事项目，分别是：
                一、市区供热老旧管网改造工程
                实施内容：改造供热老旧管网约12公里，提升供热质量。
                责任部门：市城市管理局
                二、老旧小区改造工程
                实施内容：改造老旧小区30个。
                责任部门：市住房和城乡建设局
                """;
        DocumentBundle bundle = SubmittedPlans.read("announce", "某市人民代表大会会议公告", text, null, null);
        assertThat(bundle.indicators().stream().filter(i -> i.value() != null).map(TargetFormatsTest::figure).toList())
                .containsExactlyInAnyOrder("12 公里 2024 TARGET YEAR", "30 个 2024 TARGET YEAR");
    }

    /** A 指标要求 column states the figure its row's task cell names ("地区生产总值 | 增长6%"), read once. */
    @Test
    void aRequirementColumnStatesTheFigureTheTaskNames() {
        String text = """
                2024年区政府工作报告目标任务分解表
                序号
                任务名称
                指标要求
                牵头部门
                1
                地区生产总值
                增长6%(市下达指标)
                区发展改革局
                2
                新建5G基站200个
                完成上级下达任务
                区经济和信息化局
                """;
        DocumentBundle bundle = SubmittedPlans.read("needs", "2024年区政府工作报告目标任务分解表", text, "2024-02", null);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(bundle.indicators().stream().filter(i -> i.value() != null)
                .map(i -> i.name() + " " + figure(i)).toList())
                .containsExactly("地区生产总值 6 % 2024 TARGET YEAR", "新建5G基站 200 个 2024 TARGET YEAR");
    }
}
