package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.SectionRecord;

/**
 * A plan printed without any outline, task table or responsibility note (a web page's digest, a town's work
 * arrangement printed as run-on paragraphs) is read when its heading names it a plan and its body sets figures or
 * tasks: one task a line under unnumbered headings, the paragraphs before the first heading its preamble, with a
 * warning saying how it was read. A news report stays refused. Texts written for the tests.
 */
class UnoutlinedPlansTest {

    private static SeedReader.Submission submit(String title, String text) {
        return SubmittedPlans.submit("flat", title, text);
    }

    @Test
    void oneTaskALineUnderUnnumberedHeadingsIsRead() {
        SeedReader.Submission read = submit("2025年某区民生实事工作计划", """
                2025年某区民生实事工作计划
                一起来看看
                今年的民生清单
                办好教育实事
                建设优质学校
                新建公办幼儿园2所,新增学位540个。
                改造老旧校舍,提升办学条件。
                守护群众健康
                在公共场所配置AED装置30台。
                开展免费健康体检,惠及老年人1.2万人次。
                """);
        DocumentBundle bundle = read.bundle();
        assertThat(bundle.sections()).extracting(SectionRecord::title)
                .containsExactly("办好教育实事 建设优质学校", "守护群众健康");
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "新建公办幼儿园2所,新增学位540个。", "改造老旧校舍,提升办学条件。", "在公共场所配置AED装置30台。",
                "开展免费健康体检,惠及老年人1.2万人次。");
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(2.0, 540.0, 30.0);
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message()).contains("no outline")
                .contains("2 part(s) under unnumbered headings"));
    }

    @Test
    void paragraphsWithoutHeadingsAreThePreambleReadForTheirFigures() {
        SeedReader.Submission read = submit("2024年某镇主要工作安排", """
                2024年某镇主要工作安排
                2024年是实施“十五五”规划的谋划之年,做好今年工作意义重大。 全镇经济社会发展主要预期目标为:财政总收入增长7%,工业总产值增长6%以上,村级集体经济收入增长10%。 围绕上述目标,我们将重点抓好以下工作: (一)聚力产业升级。推动企业技术改造。
                """);
        DocumentBundle bundle = read.bundle();
        assertThat(bundle.measures()).isEmpty();
        assertThat(bundle.sections()).hasSize(1);
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(7.0, 6.0, 10.0);
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message()).contains("the body as one section"));
    }

    @Test
    void eachPreambleParagraphIsReadOnItsOwn() {
        // no date and no horizon given: the year is the one the text ties each figure to
        DocumentBundle bundle = new SeedReader(SeedSource.directory(RealSeed.ROOT)).readSubmitted(
                new SubmittedDocument("flat", "outline", "2025年工作任务", null, null, null, null, List.of(), """
                2025年工作任务:攻坚突破开新局
                今年工作的总体要求是:坚持稳中求进,奋力推进“十五五”良好开局,全力拼抢、实干争先。
                地区生产总值增长6%以上,固定资产投资增长8%。
                扩大有效投资
                着力招引大项目。统筹安排产业专项资金3亿元,全年新签约亿元以上项目40个。
                """, "source", "metadata"), EditorAliases.none()).bundle();
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 6.0 || i.value() == 8.0)
                .as("the targets of the goals paragraph are the plan's year, not the 十五五 of the paragraph before")
                .hasSize(2).allSatisfy(i -> assertThat(i.year()).isEqualTo(2025));
        assertThat(bundle.measures()).hasSize(1);
    }

    @Test
    void aNewsReportHeadedLikeAPlanIsStillRefused() {
        for (String text : List.of(
                "2025年某区民生实事工作计划\n本报讯 记者从区政府获悉,今年将新建公办幼儿园2所,新增学位540个。\n",
                "某区民生实事工作计划出台\n区政府近日出台计划,今年将新建公办幼儿园2所,新增学位540个。\n",
                "某区召开民生工作会议\n会议要求,今年新建公办幼儿园2所,新增学位540个。\n")) {
            assertThatThrownBy(() -> submit(text.substring(0, text.indexOf('\n')), text))
                    .isInstanceOf(SeedException.class)
                    .hasMessageContaining("does not read as a plan");
        }
    }

    @Test
    void aNoticePastedWithoutItsTitleIsReadAsThePlanItPublishes() {
        // a page's text without its heading: the notice's addressees, its publishing sentence, one instruction
        SeedReader.Submission read = submit("2025年某市第一批重点项目投资计划", """
                各区人民政府,市政府各部门:
                经市政府同意,现将《2025年某市第一批重点项目投资计划》印发实施。各地各部门要认真落实部署要求。
                一、狠抓工作落实,奋力实现计划目标。各区及市直行业部门要锚定全年投资预期目标,按照时间节点倒排工期。一季度,全市重点项目开复工率达到70%以上;二季度,投资完成率达到45%以上。
                """);
        DocumentBundle bundle = read.bundle();
        assertThat(bundle.measures()).isEmpty();
        assertThat(bundle.sections()).isNotEmpty().allSatisfy(s -> assertThat(s.title())
                .isEqualTo("2025年某市第一批重点项目投资计划"));
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(70.0, 45.0);
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message())
                .contains("read as the plan its notice names: 2025年某市第一批重点项目投资计划"));
        assertThat(bundle.links()).as("the notice's 各地各部门要… charges its addressees, no lead of a task")
                .extracting(LinkRecord::type).doesNotContain(LinkType.LEADS);
    }

    @Test
    void anUntitledAccountOfAYearsPlanIsReadForItsFigures() {
        // tuning/qinshui-2021: a page storing only the paragraphs of how the year's key projects went, no title and no
        // outline; its first line opens with the year, and it states the plan's figures beside what was done
        SeedReader.Submission read = submit("市级重点建设项目", """
                2023年,全市市级重点建设项目共45项,其中续建项目20项(省级4项、市级16项)。年度计划投资88.5亿元。
                截至12月底,全市重点项目完成投资92.3亿元。
                省级4项,年度计划投资31.2亿元,全年完成投资33.8亿元。
                """);
        DocumentBundle bundle = read.bundle();
        assertThat(bundle.measures()).isEmpty();
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(88.5, 92.3, 31.2, 33.8)
                .doesNotContain(16.0); // 市级16项 only breaks the list down by level
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 88.5).singleElement()
                .satisfies(i -> assertThat(i.year()).isEqualTo(2023));
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message()).contains("account of the year's plan"));
    }

    @Test
    void anUntitledTextOpenedByAYearWithoutAPlannedFigureIsStillRefused() {
        for (String text : List.of(
                "2023年,全市新建公办幼儿园2所,新增学位540个。\n全年完成老旧小区改造35个。\n",
                "2023年,记者从市发改委获悉,全市重点项目年度计划投资88.5亿元。\n全年完成投资92.3亿元。\n")) {
            assertThatThrownBy(() -> submit("全市", text))
                    .isInstanceOf(SeedException.class)
                    .hasMessageContaining("does not read as a plan");
        }
    }

    @Test
    void aNoticeTitledByThePlanItIssuesIsReadAsThatPlan() {
        SeedReader.Submission read = submit("某区第一批基本建设项目投资计划", """
                某区人民政府办公室关于印发《2026年某区第一批基本建设项目投资计划》的通知
                各镇人民政府,政府各部门:
                今年全区第一批项目年度计划投资75.2亿元,其中政府投资项目年度计划投资45.3亿元。
                """);
        assertThat(read.bundle().indicators()).extracting(IndicatorRecord::value).contains(75.2, 45.3);
        assertThat(read.bundle().sections()).extracting(SectionRecord::title)
                .containsOnly("2026年某区第一批基本建设项目投资计划");
    }

    @Test
    void aTextWithoutTitleThatPublishesNoPlanIsStillRefused() {
        for (String text : List.of(
                "会议要求,今年全市新建公办幼儿园2所,新增学位540个,改造提升老旧小区配套设施,持续扩大优质教育资源供给。\n",
                "市政府近日印发《2025年某市重点项目投资计划》,一季度全市重点项目开复工率达到70%以上,二季度投资完成率达到45%以上。\n",
                "各区人民政府:\n经市政府同意,现将《某市重点项目建设情况的报告》印发给你们,一季度全市重点项目开复工率达到70%以上。\n")) {
            assertThatThrownBy(() -> submit("全市", text))
                    .isInstanceOf(SeedException.class)
                    .hasMessageContaining("does not read as a plan");
        }
    }

    @Test
    void aNoticePrintedWithoutThePlanItIssuesSetsNoTask() {
        String notice = """
                某市某区人民政府办公室关于印发《某市某区2026年第一批基本建设项目投资计划》的通知
                各镇人民政府,政府各部门:
                为持续扩大有效投资,现将《某区2026年第一批基本建设项目投资计划》印发给你们,请认真抓好落实。
                一、第一批基本建设项目投资计划情况
                第一批基本建设项目总投资179.9亿元,年度计划投资75.2亿元。
                二、工作要求
                (一)强化作风提质效。各部门要深刻认识投资对经济增长的重要支撑作用,全力做好项目建设各项工作。
                """;
        SeedReader.Submission read = submit("基本建设项目投资计划", notice);
        assertThat(read.bundle().measures()).isEmpty();
        assertThat(read.bundle().indicators()).extracting(IndicatorRecord::value).contains(179.9, 75.2);
        assertThat(read.bundle().links()).as("各部门要… is the notice's instruction to all, no lead")
                .extracting(LinkRecord::type).doesNotContain(LinkType.LEADS);
        // the same chapters under the plan's own title are the plan's: its (一) is a task
        SeedReader.Submission plan = submit("基本建设项目投资计划", notice.replace("一、第一批",
                "某区2026年第一批基本建设项目投资计划\n一、第一批"));
        assertThat(plan.bundle().measures()).hasSize(1);
        // and so are chapters naming the plan's tasks with their items, printed under the notice without a title
        SeedReader.Submission untitled = submit("基本建设项目投资计划", notice.replace("一、第一批基本建设项目投资计划情况",
                "一、主要任务\n1.开工建设城市快速路。新开工城市快速路3条,全年完成投资20亿元。\n二、第一批基本建设项目投资计划情况"));
        assertThat(untitled.bundle().measures()).isNotEmpty();
    }

    /**
     * A report on how a plan stands, printed as prose ("关于…进展情况的报告", "…完成情况的通报") with its annex printed by
     * its heading only (the table not stored): its paragraphs are read for the plan's figures and for the body that
     * leads the items they name, as an unoutlined plan's preamble is.
     */
    @Test
    void aProgressReportPrintedAsProseBeforeAHeaderOnlyAnnexIsRead() {
        String text = """
                关于1-9月份县政府重点工作进展情况的报告
                今年以来,各部门按照县政府重点工作安排,加快推进工作落实,80项重点工作总体进展顺利。
                未达预期的2项是:县发展改革局牵头的第1项地区生产总值增长7%以上,三季度增长5.2%、增速居全市第6位;县商务局牵头的第4项社会消费品零售总额增长6%,三季度增长4.1%。
                附件:1-9月县政府重点工作进展情况汇总表
                """;
        DocumentBundle bundle = SubmittedPlans.read("report", "关于1-9月份县政府重点工作进展情况的报告", text,
                "2025-10-20", null);
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(7.0, 5.2, 6.0, 6.0, 4.1);
        assertThat(bundle.links()).filteredOn(l -> l.type() == LinkType.LEADS).hasSize(2);
    }

    @Test
    void aListPrintedOneCellALineWithoutItsHeaderIsRead() {
        SeedReader.Submission read = submit("2025年某区为民办实事项目", """
                某区2025年为民办实事项目揭晓
                1月10日,出席区人代会的198名代表对12项候选项目进行票决,选出10项为民办实事项目。
                2025年某区为民办实事项目
                1
                新增80张养老床位
                完成200户适老化改造
                2
                新建3个社区食堂
                3
                新建15个暑托班
                """);
        DocumentBundle bundle = read.bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "新增80张养老床位 完成200户适老化改造", "新建3个社区食堂", "新建15个暑托班");
        assertThat(bundle.sections()).extracting(SectionRecord::title).containsExactly("2025年某区为民办实事项目");
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(80.0, 200.0, 3.0, 15.0)
                .as("the lead's vote counts are no fact of the list").doesNotContain(198.0, 12.0, 10.0);
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message()).contains("one cell a line"));
    }

    @Test
    void aVotedListPrintedWithoutTitleIsNamedByItsLead() {
        // tuning/dantu-2023: a news page prints the list under the lead announcing the vote, rows numbered 01, 02 …
        SeedReader.Submission read = submit("2023年度政府民生实事项目", """
                某区人民代表大会第二次会议经投票表决,确定了2023年度政府民生实事项目,共10件。一起来看看吧!
                01
                实施县乡村道升级改造
                主要内容:对21公里的农村公路进行提档升级。
                02
                推进便民医保服务
                主要内容:增添自助机18台。
                03
                加强“一老一小”社会关爱
                主要内容:创建普惠托育机构1家。
                """);
        DocumentBundle bundle = read.bundle();
        assertThat(bundle.measures()).hasSize(3);
        assertThat(bundle.sections()).extracting(SectionRecord::title).containsExactly("2023年度政府民生实事项目");
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(21.0, 18.0, 1.0)
                .as("the lead's count of the list's items is no target").doesNotContain(10.0);
    }

    @Test
    void aNewsLeadOrALeadNamingNoYearsListOpensNoList() {
        for (String text : List.of(
                "本报讯 记者获悉,2023年度政府民生实事项目已经确定。\n01\n新增80张养老床位\n02\n新建3个社区食堂\n03\n新建15个暑托班\n",
                "会议听取了民生实事项目的汇报。\n01\n新增80张养老床位\n02\n新建3个社区食堂\n03\n新建15个暑托班\n")) {
            assertThatThrownBy(() -> submit("民生实事项目", text))
                    .isInstanceOf(SeedException.class)
                    .hasMessageContaining("does not read as a plan");
        }
    }

    @Test
    void bareNumbersUnderATitleNamingNoPlanOrTooFewRowsAreNoList() {
        for (String text : List.of(
                "某区召开民生工作会议\n会议听取了三项工作汇报。\n会议议程\n1\n听取报告\n2\n审议事项\n3\n表决\n",
                "某区民生实事项目公布\n2025年某区民生实事项目\n1\n新增80张养老床位\n2\n新建3个社区食堂\n")) {
            assertThatThrownBy(() -> submit(text.substring(0, text.indexOf('\n')), text))
                    .isInstanceOf(SeedException.class)
                    .hasMessageContaining("does not read as a plan");
        }
    }

    @Test
    void paragraphsOpenedByOrdinalsAreTheTasks() {
        // a list of projects printed as prose: the lead ends with 一是…, each paragraph after it opens with the next
        SeedReader.Submission read = submit("某区2025年十件惠民实事", """
                某区2025年十件惠民实事
                新的一年,我们将继续办好群众身边事。经区政府研究,拟从以下三个方面开展工作:一是提升教育质量。新建幼儿园3所。
                二是改善出行条件。新建市政道路6条。
                三是加强养老服务。新增养老床位200张。
                以上实事,全区上下要合力抓好落实。
                """);
        DocumentBundle bundle = read.bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "提升教育质量。新建幼儿园3所。", "改善出行条件。新建市政道路6条。", "加强养老服务。新增养老床位200张。");
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).containsExactlyInAnyOrder(3.0, 6.0, 200.0);
        assertThat(bundle.sections()).extracting(SectionRecord::text).anySatisfy(t -> assertThat(t)
                .startsWith("新的一年").endsWith("开展工作:"));
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message()).contains("一是, 二是 … as 3 task(s)"));
        // two ordinals are no list of tasks: the paragraphs stay the preamble
        assertThat(submit("某区2025年惠民实事", """
                某区2025年惠民实事
                拟重点做好两方面工作:一是提升教育质量,新建幼儿园3所。
                二是改善出行条件,新建市政道路6条。
                """).bundle().measures()).isEmpty();
    }

    @Test
    void itemsRunOnInAParagraphAfterTheListsNameAreTheTasks() {
        // a page quoting a work report: the meeting, the lead naming the list, then "(1)…。 (2)…。" in one paragraph
        SeedReader.Submission read = submit("12件民生实事", """
                3月5日,某县第十届人民代表大会第二次会议开幕,县长作政府工作报告。 报告提出,今年将集中办好12件民生实事。具体是: (1)新建公办幼儿园3所,新增学位540个。 (2)改造老旧小区20个。 (3)城区新建停车场2处,新增停车位400个以上。
                某县2025年将办好12件民生实事
                """);
        DocumentBundle bundle = read.bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "新建公办幼儿园3所,新增学位540个。", "改造老旧小区20个。", "城区新建停车场2处,新增停车位400个以上。");
        assertThat(bundle.sections()).extracting(SectionRecord::title)
                .as("the headline printed apart from the paragraph titles the list").containsExactly("某县2025年将办好12件民生实事");
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(3.0, 540.0, 20.0, 400.0)
                .as("the meeting's numbers and the count of the list's items are no figure of the list")
                .doesNotContain(10.0, 12.0);
        assertThat(bundle.indicators()).as("the headline holding the list's name dates it")
                .allSatisfy(i -> assertThat(i.year()).isEqualTo(2025));
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message()).contains("3 numbered item(s)"));
    }

    @Test
    void numberedClausesNoNamedListLeadsIntoAreNoPlan() {
        for (String text : List.of(
                // the lead names no plan's list: figures a press conference reported
                "某市召开新闻发布会\n发布会通报了三方面情况: (1)全市地区生产总值增长5%。 (2)规上工业增加值增长6%。 (3)社会消费品零售总额增长4%。\n",
                // a news report's dateline
                "某县民生实事出炉\n本报讯 今年将集中办好10件民生实事。分别是: (1)新建幼儿园3所。 (2)改造老旧小区20个。 (3)新建停车场2处。\n",
                // two items are no list
                "某县民生实事出炉\n今年将集中办好2件民生实事。分别是: (1)新建幼儿园3所。 (2)改造老旧小区20个。\n",
                // numbers out of order, or not after the end of an item, number no list
                "某县民生实事出炉\n今年将集中办好3件民生实事。分别是: (1)新建幼儿园3所。 (3)改造老旧小区20个。 (2)新建停车场2处。\n",
                "某县民生实事出炉\n今年将集中办好3件民生实事。分别是: (1)新建幼儿园3所,落实第(2)条和第(3)条的要求。\n")) {
            assertThatThrownBy(() -> submit(text.substring(0, text.indexOf('\n')), text))
                    .isInstanceOf(SeedException.class)
                    .hasMessageContaining("does not read as a plan");
        }
    }

    @Test
    void paragraphsClosedByASentenceNamingWhoLeadsThemAreTasksItLeads() {
        // a page of a district's practical projects: a part's heading restating all its projects in one long line,
        // one project a paragraph with its schedule, and after each run "上述项目由X牵头负责。"
        DocumentBundle bundle = SubmittedPlans.read("closed", "扩大优质教育资源", """
                【教育设施】
                三、扩大优质教育资源。新建幼儿园3所;改造校舍5所,配建校舍安全监测设施达到全覆盖;建设图书馆分馆4个,建设区图书馆智能借阅信息系统。
                新建幼儿园3所。项目具体实施进度为:第一季度完成选址;第三季度完成1所;第四季度完成2所。
                改造校舍5所。项目具体实施进度为:第二季度开工;第四季度竣工。
                上述项目由市教育局牵头负责。
                建设图书馆分馆4个。项目具体实施进度为:第三季度建成开放。
                上述项目由市商务局牵头负责。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "新建幼儿园3所。项目具体实施进度为:第一季度完成选址;第三季度完成1所;第四季度完成2所。",
                "改造校舍5所。项目具体实施进度为:第二季度开工;第四季度竣工。",
                "建设图书馆分馆4个。项目具体实施进度为:第三季度建成开放。");
        List<String> tasks = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(SubmittedPlans.from(bundle, LinkType.LEADS, tasks.get(0))).containsExactly("wh-education");
        assertThat(SubmittedPlans.from(bundle, LinkType.LEADS, tasks.get(1))).containsExactly("wh-education");
        assertThat(SubmittedPlans.from(bundle, LinkType.LEADS, tasks.get(2))).containsExactly("wh-commerce");
        assertThat(bundle.sections()).extracting(SectionRecord::title).containsExactly("【教育设施】 扩大优质教育资源");
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value)
                .as("the heading's restatement is not read again, a quarter's stage of the schedule is no target")
                .containsExactlyInAnyOrder(3.0, 5.0, 4.0);
    }

    @Test
    void aSentenceNamingWhoLeadsWhatIsNotPrintedOrANewsReportIsNoPlan() {
        for (String text : List.of(
                // the page opens with the end of the previous page's part: the sentence closes nothing printed
                "上述项目由市教育局牵头负责。\n某区召开民生工作会议。\n",
                "本报讯 今年将新建幼儿园3所。\n上述项目由市教育局牵头负责。\n")) {
            assertThatThrownBy(() -> submit("市教育局", text))
                    .isInstanceOf(SeedException.class)
                    .hasMessageContaining("does not read as a plan");
        }
    }

    @Test
    void aWorkReportPrintedWithoutOutlineIsReadForItsReviewAndItsOpeningIsNoTask() {
        // a government work report names itself by its title; the speech's front matter (heading, meeting, speaker,
        // 各位代表：) heads nothing, the paragraph after the address is no task, the review under its heading is read
        // for the year's results
        SeedReader.Submission read = submit("2025年某县政府工作报告", """
                2025年某县政府工作报告

                政府工作报告
                ——2024年12月26日在某县第五届人民代表大会第四次会议上
                某县县长 李某某
                各位代表:
                现在,我代表县人民政府向大会报告工作,请予审议。
                2024年工作回顾
                2024年,我们团结带领全县人民,较好完成了全年目标任务。全年实现地区生产总值85.6亿元,增长6.2%;一般公共预算收入4.3亿元,增长5%。
                """);
        DocumentBundle bundle = read.bundle();
        assertThat(bundle.measures()).isEmpty();
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 85.6).singleElement()
                .satisfies(i -> assertThat(i.comparator()).isEqualTo(org.policygraph.model.TargetComparator.ACTUAL));
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message()).contains("a speech's address"));
    }

    @Test
    void aNewsHeadlineReportingAWorkReportStaysRefused() {
        assertThatThrownBy(() -> submit("市长作政府工作报告", """
                市长作政府工作报告
                本报讯 昨日上午,市人民代表大会开幕。市长代表市政府作政府工作报告。报告指出,全年地区生产总值增长6%。
                """)).isInstanceOf(SeedException.class).hasMessageContaining("does not read as a plan");
    }

    @Test
    void aRefusedNewsReportIsSaidToBeOneAtItsDatelineOrByline() {
        assertThatThrownBy(() -> submit("某省出台18条措施", """
                某省出台18条措施促进消费

                某报某市讯(记者张某)6月7日,记者从省政府办公厅了解到,该省印发了若干措施。
                发放消费券。6月至12月,分批次投放消费券。
                """)).isInstanceOf(SeedException.class)
                .hasMessageContaining("the text reads as a news report (line 3: 某报某市讯(记者张某)")
                .hasMessageContaining("does not read as a plan");
        // no dateline, no byline: the refusal says what is missing, not that it is news
        assertThatThrownBy(() -> submit("某省出台18条措施", """
                某省出台18条措施促进消费
                该省印发了若干措施。发放消费券。
                """)).isInstanceOf(SeedException.class)
                .hasMessageNotContaining("news report (line").hasMessageContaining("does not read as a plan");
    }
}
