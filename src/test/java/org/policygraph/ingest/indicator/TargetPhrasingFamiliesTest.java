package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorPeriod;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.TargetComparator;

/**
 * Phrasing families of targets many plans share (made-up sentences in their shape): abbreviated growth verbs, caps,
 * verbs with a resultative complement, durations of schooling, counts of what a plan has now.
 */
class TargetPhrasingFamiliesTest {

    private static final Map<String, DocumentYears> YEARS = Map.of(
            "P25", new DocumentYears(2021, 2025),
            "A24", new DocumentYears(2024, 2024, 2024));

    private final RuleBasedIndicatorFinder finder = PackagedFinder.of(IndicatorCorrections.empty(), YEARS);

    private List<IndicatorRecord> find(String doc, String raw) {
        return PackagedFinder.findVerbatim(finder, doc, raw);
    }

    private static IndicatorRecord named(List<IndicatorRecord> found, double value) {
        return found.stream().filter(r -> r.value() != null && r.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + " in " + found));
    }

    @Test
    void anAbbreviatedGrowthVerbGivesTheRateOfTheSubjectBefore() {
        // "年均增", "同比增", "年均递增": the growth verb shortened, as plans print it after a level of the same subject
        List<IndicatorRecord> found = find("P25",
                "到2025年，蔬菜产值达20亿元以上、年均增8%以上，水果产值达12亿元、同比增5%，茶叶产值年均递增6%。");
        IndicatorRecord vegetables = named(found, 8.0);
        assertEquals("蔬菜产值", vegetables.name());
        assertEquals(IndicatorKind.GROWTH_RATE, vegetables.kind());
        assertEquals(IndicatorPeriod.AVERAGE_ANNUAL_GROWTH, vegetables.period());
        IndicatorRecord fruit = named(found, 5.0);
        assertEquals("水果产值", fruit.name());
        assertEquals(IndicatorKind.GROWTH_RATE, fruit.kind());
        IndicatorRecord tea = named(found, 6.0);
        assertEquals("茶叶产值", tea.name());
        assertEquals(IndicatorPeriod.AVERAGE_ANNUAL_GROWTH, tea.period());
    }

    @Test
    void aCapPrintedWithMustNotIsACeilingAndAFloorWithMustNotBelowIsAFloor() {
        // "不得超过": a cap a rule sets, not "more than" (超过); "不得低于": a floor, not "below" (低于)
        List<IndicatorRecord> found = find("A24", "原则上主导品种不得超过6个，粮食产后损失率不得高于3%，粮食播种面积不得低于10万亩。");
        assertEquals(TargetComparator.AT_MOST, named(found, 6.0).comparator());
        assertEquals(TargetComparator.AT_MOST, named(found, 3.0).comparator());
        assertEquals(TargetComparator.AT_LEAST, named(found, 10.0).comparator());
    }

    @Test
    void aFigureInYearsAfterANounMeasuredInYearsIsALevel() {
        // "平均受教育年限达到11.5年": years of schooling, a standard figure of five-year plans; 年 is a year elsewhere
        List<IndicatorRecord> found = find("P25", "到2025年，劳动年龄人口平均受教育年限达到11.5年，新增劳动力平均受教育年限15年以上。");
        assertEquals(2, found.size(), found::toString);
        IndicatorRecord schooling = named(found, 11.5);
        assertEquals("劳动年龄人口平均受教育年限", schooling.name());
        assertEquals("年", schooling.unit());
        assertEquals(IndicatorKind.LEVEL, schooling.kind());
        assertEquals(2025, schooling.year());
        assertEquals(TargetComparator.AT_LEAST, named(found, 15.0).comparator());
        // a duration elsewhere is no level: "3年内建成" sets a deadline
        assertTrue(find("P25", "力争3年内建成示范区。").isEmpty());
    }

    @Test
    void aVerbWithItsResultativeComplementCountsWhatFollows() {
        // "实施好2个…项目": the verb with 好, as "抓好", "办好" are printed
        List<IndicatorRecord> found = find("A24", "实施好3个省级示范项目，建设好5个农村综合服务中心。");
        assertEquals(2, found.size(), found::toString);
        assertEquals(IndicatorKind.COUNT, named(found, 3.0).kind());
        assertTrue(named(found, 3.0).name().contains("省级示范项目"), found::toString);
        assertTrue(named(found, 5.0).name().contains("农村综合服务中心"), found::toString);
    }

    @Test
    void verbsOfEquippingAndSupplyingCountWhatFollows() {
        // equipment installed or added, housing supplied or raised: the count after the verb is a target
        List<IndicatorRecord> found = find("A24",
                "为乡村学校教室安装300台空调，在公共场所增配50台自动体外除颤器，筹集保障性租赁住房2000套，建设改善20间职工休息室。");
        assertEquals(4, found.size(), found::toString);
        assertTrue(named(found, 300.0).name().contains("空调"), found::toString);
        assertTrue(named(found, 50.0).name().contains("除颤器"), found::toString);
        assertEquals("套", named(found, 2000.0).unit());
        // 改善 alone is said of the people a task serves ("改善9万人口的饮水安全问题"): no verb of its own
        assertTrue(find("A24", "有效改善9万人口的饮水安全问题。").isEmpty());
    }

    @Test
    void whatThereIsNowCountedBeforeItsNounIsAnActual() {
        // "指导现有4个国家现代农业产业园…": the parks the task applies to, counted as they are now
        IndicatorRecord parks = named(find("A24", "指导现有6个国家级产业园开展创建认定工作。"), 6.0);
        assertEquals(TargetComparator.ACTUAL, parks.comparator());
        assertEquals(2024, parks.year()); // the time of writing, as after 截至目前
        assertTrue(parks.name().contains("国家级产业园"), parks.name());
    }

    @Test
    void theBaseATaskBuildsOnIsNamedByWhatItCounts() {
        // "在现有20个区级商业中心基础上": 基础上 closes the phrase of the base, it is not what is counted
        IndicatorRecord centres = named(find("A24", "在现有12个街道服务中心基础上，提升服务能力。"), 12.0);
        assertEquals(TargetComparator.ACTUAL, centres.comparator());
        assertEquals("街道服务中心", centres.name());
    }

    @Test
    void anExtentATaskMarksOutIsATarget() {
        IndicatorRecord area = named(find("A24", "完成划定80万亩粮食生产功能区。"), 80.0);
        assertEquals("万亩", area.unit());
        assertTrue(area.name().contains("粮食生产功能区"), area.name());
    }

    @Test
    void anExtentAPlanHoldsOrPutsInPlaceIsATarget() {
        // tuning/fengxian-2024: "严守25.77万亩耕地红线", "落实3.2万亩规模化常年菜田面积"
        IndicatorRecord floor = named(find("A24", "严守25.77万亩耕地红线。"), 25.77);
        assertTrue(floor.name().contains("耕地红线"), floor.name());
        IndicatorRecord fields = named(find("A24", "落实3.2万亩规模化常年菜田面积。"), 3.2);
        assertEquals("万亩", fields.unit());
        assertTrue(fields.name().contains("菜田面积"), fields.name());
    }

    @Test
    void anExtentAfterAJointSharesTheVerbOfTheExtentBefore() {
        // "完成划定1350万亩粮食生产功能区和60万亩重要农产品生产保护区": both extents are what the task marks out
        List<IndicatorRecord> found = find("A24", "完成改造8万平方米老旧小区和2万平方米背街小巷。");
        assertEquals(2, found.size(), found::toString);
        assertTrue(named(found, 2.0).name().contains("背街小巷"), found::toString);
        assertEquals("万平方米", named(found, 2.0).unit());
    }

    @Test
    void theCountOfAProgrammesOwnProjectsIsNoTarget() {
        // "8项民生工程": how many projects the plan lists, as "10件惠民实事"
        assertTrue(find("A24", "扎实实施12项民生工程。").isEmpty());
    }

    @Test
    void aCategoryHeadingCountingItsItemsIsNoTarget() {
        // "三、“优化城乡人居环境”类,共3项": the number of projects listed under the heading
        assertTrue(find("A24", "二、“优化公共卫生服务”类,共2项").isEmpty());
        assertTrue(find("A24", "一、教育类，共5件。").isEmpty());
        // a count of something else the sentence names stays a target
        assertEquals(1, find("A24", "新建中小学校，共5所。").size());
    }

    @Test
    void theLandASiteOccupiesDescribesItAndIsNoTarget() {
        // "占地132亩", "占地面积约5390平方米": the site a project builds on; what it builds is the figure
        List<IndicatorRecord> found = find("A24", "实施文化中心建设工程，占地30亩，建筑面积5000平方米；新建停车场占地面积约4000平方米。");
        assertTrue(found.stream().noneMatch(r -> r.value() == 30.0 || r.value() == 4000.0), found::toString);
        assertEquals("平方米", named(found, 5000.0).unit());
    }

    @Test
    void aFirstFewYearsOrQuartersIsNoRank() {
        // "学前三年毛入园率", "前三季度": 前三 followed by a span of time is no place in a ranking
        List<IndicatorRecord> found = find("A24", "全县学前三年毛入园率达到92%，前五年累计投入资金3亿元，前3个月完成投资2亿元。");
        assertTrue(found.stream().noneMatch(r -> r.kind() == IndicatorKind.RANK), found::toString);
        assertEquals("全县学前三年毛入园率", named(found, 92.0).name());
        // a rank stays one
        assertEquals(IndicatorKind.RANK, find("A24", "综合考核稳居全市前三。").get(0).kind());
        assertEquals(IndicatorKind.RANK, find("A24", "经济总量进入全省前5。").get(0).kind());
    }

    @Test
    void aCountOpeningItsClauseBeforeTheClausesFigureSaysWhoseFigureItIs() {
        // "60户重点企业利润增长24.3%": the count tells which firms, the figure after it is the clause's
        List<IndicatorRecord> found = find("A24", "全年规上工业增加值增长5%，45户重点企业营业收入增长12.5%，300家专精特新企业研发投入强度达到3%以上。");
        assertEquals(3, found.size(), found::toString);
        assertTrue(named(found, 12.5).name().contains("重点企业营业收入"), found::toString);
        assertTrue(named(found, 3.0).name().contains("研发投入强度"), found::toString);
        // a count opening its clause with no figure after it stays the figure
        assertEquals(1, find("A24", "7项试点经验获全国复制推广。").size());
    }

    @Test
    void policiesAGovernmentAdoptsAreCountedAfterTheVerbAdoptingThem() {
        // "制定出台175项稳经济一揽子政策和73项接续措施": the policies adopted, counted
        List<IndicatorRecord> found = find("A24", "制定出台12项稳增长政策和8项接续措施，出台5个专项扶持办法。");
        assertEquals(3, found.size(), found::toString);
        assertEquals("项", named(found, 12.0).unit());
        assertTrue(named(found, 8.0).name().contains("接续措施"), found::toString);
        assertTrue(named(found, 5.0).name().contains("专项扶持办法"), found::toString);
    }

    @Test
    void aQuantityAllottedToPlacesClauseByClauseKeepsItsName() {
        // "水稻主导品种霍邱县不得超过8个，舒城县、金安区不得超过6个，每个乡镇不超过2个": the places share the quantity
        List<IndicatorRecord> found = find("A24", "主推小麦品种利辛县不超过6个，蒙城县、涡阳县不超过5个，每个乡镇不超过2个。");
        assertEquals(3, found.size(), found::toString);
        assertEquals("主推小麦品种（利辛县）", named(found, 6.0).name());
        assertEquals("主推小麦品种（蒙城县、涡阳县）", named(found, 5.0).name());
        assertEquals("主推小麦品种（每个乡镇）", named(found, 2.0).name());
        // nouns ending on a place word are no places: each keeps its own name
        List<IndicatorRecord> towns = find("A24", "省级专业镇达到1个，市级专业镇达到3个以上。");
        assertEquals("市级专业镇", named(towns, 3.0).name());
    }

    @Test
    void classesOpenedAndLessonHoursGivenAreCounted() {
        // "开办26个…暑托班" (a class or canteen opened, as 开设), "不少于1800课时" (lesson hours given): project lists' figures
        List<IndicatorRecord> found = find("A24", "开办26个小学生爱心暑托班，配送文艺指导不少于1800课时。");
        assertEquals("个", named(found, 26.0).unit());
        assertEquals("课时", named(found, 1800.0).unit());
        assertEquals(TargetComparator.AT_LEAST, named(found, 1800.0).comparator());
    }

    @Test
    void courtsAndFieldsAreCountedInPian() {
        // "片": the unit sports courts and fields are counted in ("新建改建80片市民多功能运动场", "足球场50片")
        List<IndicatorRecord> found = find("A24", "新建改建80片市民多功能运动场，建设社会足球场50片。");
        assertEquals("片", named(found, 80.0).unit());
        assertEquals("片", named(found, 50.0).unit());
    }

    @Test
    void aVerbAfterACommaOfEnumerationOpensAClauseOfItsOwn() {
        // "建成…等4处绿地广场、建成移动公厕12座、增设5G基站140座": project lists join verb clauses with 、; each keeps its figure
        List<IndicatorRecord> found = find("A24", "建成滨河花园等3处口袋公园、新建公共厕所8座、增设充电桩60个、完成东街、西街2个积水点改造。");
        assertEquals(4, found.size(), found::toString);
        assertEquals("建成口袋公园", named(found, 3.0).name());
        assertTrue(named(found, 8.0).name().contains("公共厕所"), found::toString);
        assertTrue(named(found, 60.0).name().contains("充电桩"), found::toString);
        assertTrue(named(found, 2.0).name().contains("积水点改造"), found::toString);
        // a list of names closed by 等 keeps its 、 ("安置房" opens with a verb's characters)
        List<IndicatorRecord> listed = find("A24", "建成老街公园、安置房建设等6个工程。");
        assertEquals(1, listed.size(), listed::toString);
        assertEquals("建成工程", listed.get(0).name());
    }

    @Test
    void peopleAProjectHelpsOrTrainsAreCounted() {
        // "帮助8000名长期失业青年实现就业创业", "支持培养1万名企业新型学徒": livelihood lists count the people served
        List<IndicatorRecord> found = find("A24", "帮助3000名困难毕业生实现就业，支持培养5000名技能人才。");
        assertEquals(2, found.size(), found::toString);
        assertTrue(named(found, 3000.0).name().contains("困难毕业生"), found::toString);
        assertTrue(named(found, 5000.0).name().contains("技能人才"), found::toString);
    }

    @Test
    void placesEquippedAfterWeiAreCounted() {
        // "为500个住宅小区新增电动自行车充电设施", "为老旧小区内既有的1000个…充电场所加装消防设施": the places given equipment
        List<IndicatorRecord> found = find("A24", "为300个老旧小区新增智能快递柜，为城区现有的60个农贸市场加装烟感报警器。");
        assertEquals(2, found.size(), found::toString);
        assertTrue(named(found, 300.0).name().contains("老旧小区"), found::toString);
        assertTrue(named(found, 60.0).name().contains("农贸市场"), found::toString);
        // a count inside what something becomes is no place served
        assertTrue(find("A24", "成为全省领先的3个示范区新增亮点。").stream().noneMatch(r -> r.name().startsWith("为")));
    }

    @Test
    void aPlaceBetweenTheVerbAndTheCountSaysWhereTheThingsCountedLie() {
        // "推进郊区32条公交线路实现…", "完成中心城区11条道路积水改善工程": the verb, where, then the count and its noun
        List<IndicatorRecord> found = find("A24", "完成老城区15条背街小巷整治，推进新区8座公园开放。");
        assertEquals(2, found.size(), found::toString);
        assertTrue(named(found, 15.0).name().contains("背街小巷"), found::toString);
        assertTrue(named(found, 8.0).name().contains("公园"), found::toString);
    }

    @Test
    void visitsAnActionReachesAreReadBeforeItsName() {
        // "开展100万人次长者智能技术运用能力提升行动": a figure in 人次 between the verb and the action it counts
        List<IndicatorRecord> found = find("A24", "开展5万人次老年人防诈骗宣传活动。");
        assertEquals(1, found.size(), found::toString);
        assertEquals("万人次", found.get(0).unit());
        assertTrue(found.get(0).name().contains("防诈骗宣传活动"), found::toString);
        // a figure in 人次 inside a noun, with no verb before it, still qualifies the noun
        assertTrue(find("A24", "年接待10万人次以上景区达到5家。").stream().noneMatch(r -> r.value() == 10.0), "no visits read");
    }

    @Test
    void aScopeInBracketsWithoutFiguresStaysInTheCountedNoun() {
        // "新增400个公共(含专用)充电桩、10个共享充电桩示范小区": (含…) glosses the noun; the enumeration goes on after it
        List<IndicatorRecord> found = find("A24", "新增300个公共(含专用)停车泊位、20个错峰共享停车场。");
        assertEquals(2, found.size(), found::toString);
        assertTrue(named(found, 300.0).name().contains("停车泊位"), found::toString);
        assertTrue(named(found, 20.0).name().contains("错峰共享停车场"), found::toString);
    }

    @Test
    void aVerbsFirstObjectWithoutACountLeadsTheCountsListedAfterIt() {
        // "完成县应急广播指挥中心、18个乡镇应急广播分控中心、376个村居广播室和752只…喇叭建设": the verb counts each
        List<IndicatorRecord> found = find("A24", "建成县级数据中心、12个乡镇分中心和80个村级服务点。");
        assertEquals(2, found.size(), found::toString);
        assertTrue(named(found, 12.0).name().contains("乡镇分中心"), found::toString);
        assertTrue(named(found, 80.0).name().contains("村级服务点"), found::toString);
    }

    @Test
    void deadEndRoadsOpenedAreCounted() {
        // "打通县城人民大道(…)等12条断头路": the roads a plan opens, counted after 打通
        List<IndicatorRecord> found = find("A24", "打通滨江路等6条断头路。");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).name().contains("断头路"), found::toString);
    }

    @Test
    void twoVerbsJoinedByACommaOfEnumerationShareTheListAfterThem() {
        // "建成、改造长安十小、长安六中、太乙中心校等11所中小学及幼儿园硬件设施": the count of the listed schools
        List<IndicatorRecord> found = find("A24", "新建、改造城东小学、实验中学等5所学校。");
        assertEquals(1, found.size(), found::toString);
        assertEquals(5.0, found.get(0).value());
        assertTrue(found.get(0).name().contains("学校"), found::toString);
    }

    @Test
    void aNameHoldingTheJointAndIsStillOneNameOfAListClosedByOthers() {
        // tuning/chengdu-2021: "建成中和、大弯、禾丰、赵镇、竹篙等5座生活垃圾压缩转运站" (中和 is a place)
        List<IndicatorRecord> found = find("A24", "建成中和、大弯、禾丰等5座生活垃圾压缩转运站。");
        assertEquals(1, found.size(), found::toString);
        assertEquals(5.0, found.get(0).value());
        assertTrue(found.get(0).name().contains("生活垃圾压缩转运站"), found::toString);
        // a 和 between two names still joins them
        assertTrue(named(find("A24", "新增599B、855H和2754等4条公交线路。"), 4.0).name().contains("公交线路"));
    }

    @Test
    void fieldsCountedInKuaiWorksStartedAndTheValueAddedOfTheIndustryBefore() {
        // tuning/miyun-2022: "本年度计划提升改造操场8块"; 块 counts fields and courts
        assertEquals("块", named(find("A24", "本年度计划提升改造操场8块。"), 8.0).unit());
        // tuning/huairou-2024: "实现新开工6个小区": the works a plan starts, counted after 新开工
        assertTrue(named(find("A24", "推进老旧小区综合整治，实现新开工6个小区。"), 6.0).name().contains("开工"));
        // tuning/shaanxi-2025: "制造业保持稳定，增加值增长4.9%": the value added of the industry named before
        assertEquals("制造业增加值", named(find("A24", "制造业保持稳定，增加值增长4.9%。"), 4.9).name());
    }

    @Test
    void figuresInABracketAfterAFigureBreakItDownByItsParts() {
        // "X 量N单位以上(在本省M单位,其中甲公司a单位、乙公司b单位)": each part is the quantity's, named with its part
        List<IndicatorRecord> found = find("A24",
                "铁矿石产量800万吨以上(在本省500万吨以上,其中甲矿业公司300万吨、乙钢铁集团200万吨)，钢材产量增长3%。");
        assertEquals("铁矿石产量", named(found, 800.0).name());
        assertEquals("铁矿石产量（在本省）", named(found, 500.0).name());
        assertEquals("铁矿石产量（甲矿业公司）", named(found, 300.0).name());
        assertEquals("铁矿石产量（乙钢铁集团）", named(found, 200.0).name());
        // a bracket in another unit says something else of its own: its name stays
        List<IndicatorRecord> other = find("A24", "新建学校10所(总投资5亿元)。");
        assertTrue(other.stream().noneMatch(r -> r.name().contains("学校（")), other::toString);
    }

    @Test
    void outputInHundredMillionTonnesCubicMetresCopiesAndCasesIsRead() {
        // "亿吨", "亿方", "万方": output and earthworks as reports print them; the magnitude 亿 alone is never a unit
        List<IndicatorRecord> found = find("A24", "煤炭产量6.2亿吨，天然气产量300亿方以上，河道清淤15万方。");
        assertEquals("亿吨", named(found, 6.2).unit());
        assertEquals("亿方", named(found, 300.0).unit());
        assertEquals("万方", named(found, 15.0).unit());
        // "份", "万份" (things handed out), "起" (cases); the 起 after a year ("从2024年起") counts nothing
        List<IndicatorRecord> counted = find("A24", "从2024年起，免费发放宣传手册2万份，破获案件不少于300起。");
        assertEquals(2, counted.size(), counted::toString);
        assertEquals("万份", named(counted, 2.0).unit());
        assertEquals("起", named(counted, 300.0).unit());
        // a standard per household, like one per person, is read in its printed unit
        assertEquals("元/户", named(find("A24", "市级财政按照1800元/户标准进行补贴。"), 1800.0).unit());
    }

    @Test
    void thePeopleAServiceIsDoneForMayBeCountedWithTheirAges() {
        // "为N万名35-64岁妇女免费做…筛查": the count of people served; their age range is a scope, no figure
        List<IndicatorRecord> found = find("A24", "为全县3万名35-64岁农村妇女免费做宫颈癌筛查，为2000名65岁以上老年人提供上门服务。");
        assertEquals(2, found.size(), found::toString);
        assertEquals("万名", named(found, 3.0).unit());
        assertTrue(named(found, 3.0).name().contains("宫颈癌筛查"), found::toString);
        assertEquals("名", named(found, 2000.0).unit());
        // "…筛查、为M万名…": the next service to the next people counted is a statement of its own
        List<IndicatorRecord> listed = find("A24", "为全县3万名35-64岁妇女免费做宫颈癌筛查、为全县2.5万名35-64岁妇女免费做乳腺癌筛查。");
        assertEquals(2, listed.size(), listed::toString);
        assertTrue(named(listed, 3.0).name().endsWith("宫颈癌筛查"), listed::toString);
        assertTrue(named(listed, 2.5).name().contains("乳腺癌筛查"), listed::toString);
    }
}
