package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.MeasureRecord;

/**
 * The outlines Chinese plans are commonly printed in (GB/T 9704 numbering, 五年规划 chapters, a covering notice, 专栏
 * boxes, an annex table), each a short plan written for the test: the tasks are the measures, in order, and no line
 * is lost without a warning. Each case lists the first characters of every task.
 */
class OutlineFormatsTest {

    private static final String TITLE = "某县促进消费实施方案";

    static Stream<Arguments> outlines() {
        return Stream.of(
                outline("一、 / （一） / 1. items", """
                        一、总体要求
                        坚持稳中求进，促进消费持续恢复。
                        二、主要任务
                        （一）培育消费新场景
                        1.打造特色街区。改造提升步行街。
                        2.发展夜间经济。培育夜间消费集聚区。
                        （二）提升消费能力
                        1.促进居民增收。落实就业政策。
                        三、保障措施
                        加强组织领导，强化督促检查。
                        """, "打造特色街区", "发展夜间经济", "促进居民增收"),
                outline("（一） paragraphs that are the tasks", """
                        一、主要任务
                        （一）打造特色街区。改造提升步行街，完善配套设施。
                        （二）发展夜间经济。培育夜间消费集聚区。
                        （三）促进居民增收。落实就业政策。
                        二、保障措施
                        加强组织领导，强化督促检查。
                        """, "打造特色街区", "发展夜间经济", "促进居民增收"),
                outline("items numbered 1、 and （1）", """
                        一、主要任务
                        1、打造特色街区。改造提升步行街。
                        2、发展夜间经济。培育夜间消费集聚区。
                        二、重点工程
                        （1）建设县城商业综合体。
                        （2）建设乡镇商贸中心。
                        """, "打造特色街区", "发展夜间经济", "建设县城商业综合体", "建设乡镇商贸中心"),
                outline("items numbered 1。 (a full-width dot, as converted pages print it)", """
                        一、交通出行
                        1。打通中心城区断头路20条。(牵头单位:县住建局)
                        2。新改建农村公路200公里。(牵头单位:县交通运输局)
                        二、市容环境
                        3。完成城市道路整治提升60条。(牵头单位:县城管委)
                        """, "打通中心城区断头路", "新改建农村公路", "完成城市道路整治提升"),
                outline("items numbered 1﹒ (the small full stop U+FE52; a decimal 6﹒5 inside a line splits nothing)",
                        """
                        一、关于扩大有效投资
                        1﹒全社会固定资产投资增长6﹒5%以上。(县发改委主办,各乡镇协办)
                        2﹒新开工重点项目30个。(县发改委主办,县住建局协办)
                        二、关于提振消费
                        3﹒社会消费品零售总额增长5%以上。(县商务局主办)
                        """, "全社会固定资产投资增长6﹒5%", "新开工重点项目", "社会消费品零售总额"),
                outline("a part holding one unnumbered project between parts numbering theirs is that project", """
                        一、总体要求
                        坚持以人民为中心，办好民生实事。
                        二、实施公交便民工程
                        （一）新购置公交车50辆
                        （二）新建公交站台30个
                        三、实施老旧小区改造
                        完成老旧小区改造1200户
                        四、办好人民满意的教育
                        （一）新建幼儿园3所
                        五、保障措施
                        加强组织领导，强化督促检查。
                        """, "新购置公交车", "新建公交站台", "完成老旧小区改造", "新建幼儿园"),
                outline("a part holding two paragraphs between numbered parts stays a heading over its text", """
                        一、实施公交便民工程
                        1.新购置公交车50辆。
                        二、推进城市更新
                        城市更新要坚持规划引领。
                        各街道要落实属地责任。
                        三、办好人民满意的教育
                        1.新建幼儿园3所。
                        """, "新购置公交车", "新建幼儿园"),
                outline("items with ① sub-items stay one task each", """
                        一、主要任务
                        1.打造特色街区。重点做好以下工作：①改造提升步行街；②完善配套设施。
                        2.发展夜间经济。培育夜间消费集聚区。
                        """, "打造特色街区", "发展夜间经济"),
                outline("two items sharing a line after the first one's note", """
                        一、主要任务
                        1.打造特色街区。改造提升步行街。（县商务局负责）2.发展夜间经济。培育夜间消费集聚区。（县商务局主办，县文旅局协办）
                        3.促进居民增收。落实就业政策。
                        """, "打造特色街区", "发展夜间经济", "促进居民增收"),
                outline("two （一） paragraphs sharing a line after the first one's note", """
                        一、主要任务
                        （一）打造特色街区。改造提升步行街。（县商务局负责）（二）发展夜间经济。培育夜间消费集聚区。（县商务局负责）
                        （三）促进居民增收。落实就业政策。
                        二、保障措施
                        加强组织领导，强化督促检查。
                        """, "打造特色街区", "发展夜间经济", "促进居民增收"),
                outline("1. headings standing alone over （1） tasks", """
                        一、主要任务
                        （一）完善应急体系
                        1.完善应急预案体系
                        （1）加强应急预案管理，规范应急预案编制。
                        （2）推进应急预案精编化，及时修订完善现有预案。
                        （责任单位：县应急管理局）
                        2.加强应急队伍建设。充实专业救援力量。
                        """, "加强应急预案管理", "推进应急预案精编化", "加强应急队伍建设"),
                outline("（1） points of a 1. task that states a sentence stay its text", """
                        一、主要任务
                        1.打造特色街区。重点做好以下工作：
                        （1）改造提升步行街；
                        （2）完善配套设施。
                        2.发展夜间经济。培育夜间消费集聚区。
                        """, "打造特色街区", "发展夜间经济"),
                outline("a line holding a list of its own stays one task", """
                        一、主要任务
                        1.打造特色街区。重点做好：1.改造提升步行街；2.完善配套设施。
                        2.发展夜间经济。培育夜间消费集聚区。
                        """, "打造特色街区", "发展夜间经济"),
                outline("a covering notice before the plan", """
                        各乡镇人民政府，县直各单位：
                        现将《某县促进消费实施方案》印发给你们，请认真贯彻执行。
                        某县人民政府办公室
                        2024年3月1日
                        某县促进消费实施方案
                        一、主要任务
                        （一）打造特色街区。改造提升步行街。
                        （二）发展夜间经济。培育夜间消费集聚区。
                        """, "打造特色街区", "发展夜间经济"),
                outline("五年规划 chapters and sections (第一章 / 第一节)", """
                        第一章 发展基础
                        “十三五”时期，全县消费持续增长。
                        第二章 主要任务
                        第一节 培育消费新场景
                        一、打造特色街区。改造提升步行街。
                        二、发展夜间经济。培育夜间消费集聚区。
                        第二节 提升消费能力
                        一、促进居民增收。落实就业政策。
                        """, "打造特色街区", "发展夜间经济", "促进居民增收"),
                outline("第N章 chapters with 1. items and （一） points inside 一、 items", """
                        第一章 总体要求
                        坚持稳中求进。
                        第二章 主要任务
                        一、打造特色街区。重点做好以下工作：
                        （一）改造提升步行街。
                        （二）完善配套设施。
                        二、发展夜间经济。培育夜间消费集聚区。
                        第三章 重点工程
                        1.建设县城商业综合体。
                        2.建设乡镇商贸中心。
                        """, "打造特色街区", "发展夜间经济", "建设县城商业综合体", "建设乡镇商贸中心"),
                outline("第N章 chapters whose 一、 headings head （一） tasks", """
                        第一章 发展基础
                        “十三五”时期，全县消费持续增长。
                        第二章 主要任务
                        一、培育消费新场景
                        （一）打造特色街区。改造提升步行街。
                        （二）发展夜间经济。培育夜间消费集聚区。
                        二、提升消费能力
                        （一）促进居民增收。落实就业政策。
                        1.落实稳岗政策。
                        第三章 重点工程
                        一、建设县城商业综合体。
                        """, "打造特色街区", "发展夜间经济", "促进居民增收", "建设县城商业综合体"),
                outline("（一） tasks run on in one paragraph", """
                        一、推动规划实施
                        （一）开展规划编制。（二）开展规划评估。推进中期评估。
                        二、推动经济发展
                        （一）优化招商机制。
                        """, "开展规划编制", "开展规划评估", "优化招商机制"),
                outline("tasks run on in one line, each closed by its note, also targets under 主要目标", """
                        一、主要目标
                        （一）地区生产总值增长6%左右。（县发改局负责）（二）一般公共预算收入增长5%。（县财政局负责）
                        二、重点任务
                        （一）培育消费新场景
                        1.打造特色街区。（县商务局牵头）2.发展夜间经济。（县文旅局负责）
                        """, "地区生产总值增长6%左右", "一般公共预算收入增长5%", "打造特色街区", "发展夜间经济"),
                outline("goals each place must meet, numbered under a 目标要求 chapter (tuning/kaiyuan-2020)", """
                        一、目标要求
                        到2025年，各类社区的具体目标是：
                        （一）城市社区：1.建有1个综合服务中心；2.居家养老服务覆盖率达到90%以上；
                        二、主要任务
                        （一）完善社区服务设施
                        1.推进服务中心建设。改造提升老旧社区服务用房。
                        """, "推进服务中心建设"),
                outline("一、 chapters that are the tasks, nothing numbered under them", """
                        县委、县政府决定，2024年集中办好一批民生实事：
                        一、开展职业技能培训
                        主要任务：完成技能培训2万人次。
                        牵头单位：县人力资源社会保障局
                        二、推动农村公路建设
                        主要任务：完成农村公路建设50公里。
                        牵头单位：县交通运输局
                        """, "开展职业技能培训", "推动农村公路建设"),
                outline("a split quoting the parent plan's own item numbers", """
                        一、目标分解
                        5.城镇居民人均可支配收入增长9%，农民人均纯收入增长8%。 （县人社局）
                        7.城镇登记失业率控制在4%。 （县人社局）
                        二、任务分解
                        （二）推进新农村建设
                        17.继续办好农村实事。安排补助资金6亿元。
                        18.坚持就地转移和创业并举，新增农村劳动力转移5万人。
                        """, "城镇居民人均可支配收入", "城镇登记失业率", "继续办好农村实事", "坚持就地转移"),
                outline("an excerpt cutting from one item into a later one", """
                        一、主要任务
                        1.打造特色街区。改造提升步行街。
                        2.发展夜间经济。培育夜间消费集聚区，到
                        16.强化政策支持。发挥专项资金作用。
                        17.健全服务机制。加强与友好城市合作。
                        20.附件目录
                        """, "打造特色街区", "发展夜间经济", "强化政策支持", "健全服务机制"),
                outline("a 专栏 box beside the tasks", """
                        一、主要任务
                        （一）培育消费新场景
                        1.打造特色街区。改造提升步行街。
                        专栏1 重点街区建设工程
                        建设步行街3条，改造商业街区5个。
                        2.发展夜间经济。培育夜间消费集聚区。
                        """, "打造特色街区", "发展夜间经济"),
                outline("an annex task table after the body", """
                        一、主要任务
                        各单位要按照任务分工抓好落实。
                        二、保障措施
                        加强组织领导。
                        附件
                        重点任务分工表
                        序号\t重点任务\t牵头单位\t配合单位
                        1\t打造特色街区，改造提升步行街。\t县商务局\t县住建局
                        2\t发展夜间经济，培育夜间消费集聚区。\t县商务局\t县文旅局
                        """, "打造特色街区", "发展夜间经济"),
                outline("a Word document's enclosed numbers ㈠ and ⑴", """
                        一、主要任务
                        ㈠推进产业升级
                        ⑴单位地区生产总值能耗降低17%。
                        责任单位：县发展改革局。
                        ⑵耕地保有量保持在61万亩。
                        责任单位：县自然资源局。
                        ㈡发展夜间经济
                        1.培育夜间消费集聚区，完善配套设施。
                        """, "单位地区生产总值能耗降低17%", "耕地保有量保持在61万亩", "培育夜间消费集聚区"));
    }

    private static Arguments outline(String name, String body, String... tasks) {
        return Arguments.of(name, body, List.of(tasks));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outlines")
    void theTasksOfAPlanAreItsMeasuresInEveryCommonOutline(String outline, String body, List<String> tasks) {
        SeedReader.Submission submission = SubmittedPlans.submit("outline", TITLE, TITLE + "\n" + body);
        DocumentBundle bundle = submission.bundle();
        List<String> measures = bundle.measures().stream().map(MeasureRecord::text).toList();
        assertThat(measures).as(outline).hasSameSizeAs(tasks);
        for (int i = 0; i < tasks.size(); i++) {
            assertThat(measures.get(i)).as(outline + ": task " + (i + 1)).contains(tasks.get(i));
        }
        assertThat(submission.warnings()).as(outline + ": lines no part of the graph holds")
                .noneMatch(w -> w.kind() == IngestWarning.Kind.UNPARSED_LINES);
    }
}
