package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policygraph.ingest.SubmittedPlans.from;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.SectionRecord;
import org.policygraph.model.TargetComparator;

/**
 * The one plan parser on plans in the common layouts a new user submits, each a realistic text (ingest-submissions/):
 * the manglings issue 14 lists, each pinned by a test named after it.
 */
class PlanStructureTest {

    private static SeedReader.Submission read(String id, String title, String text) {
        return new SeedReader(SeedSource.directory(RealSeed.ROOT)).readSubmitted(
                SubmittedDocumentTest.submission(id, "outline", title, text), EditorAliases.none());
    }

    private static DocumentBundle expo() {
        return read("expo", "武汉市促进会展业高质量发展行动方案",
                SubmittedDocumentTest.sample("expo-paragraph-tasks-2026.txt")).bundle();
    }

    private static DocumentBundle consumption(String text) {
        return read("consumption", "武汉市提振消费三年行动方案", text).bundle();
    }


    private static MeasureRecord measure(DocumentBundle bundle, String id) {
        return bundle.measures().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no measure " + id + " in " + bundle.measures().stream()
                        .map(MeasureRecord::id).toList()));
    }

    private static SectionRecord section(DocumentBundle bundle, String id) {
        return bundle.sections().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + id));
    }

    @Test
    void aLongHeadingWithItsBodyOnOneLineKeepsItsTitleTextAndNote() {
        DocumentBundle bundle = expo();
        // the plan's tasks are its （一） paragraphs: each is a Measure, titled by its lead phrase
        assertThat(bundle.measures()).extracting(MeasureRecord::id)
                .containsExactly("expo/二(一)", "expo/二(二)", "expo/二(三)");
        MeasureRecord first = measure(bundle, "expo/二(一)");
        assertThat(first.title()).isEqualTo("培育品牌展会");
        assertThat(first.text()).contains("吸引国内外知名展览机构来汉办展");
        assertThat(from(bundle, LinkType.LEADS, "expo/二(一)")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "expo/二(一)")).containsExactly("wh-ccpit", "wh-finance");
        // framing chapters keep their （一） as sections, with the title cut at the first 。
        assertThat(section(bundle, "expo/三(一)").title()).isEqualTo("加强组织领导");
        assertThat(section(bundle, "expo/三(一)").text()).startsWith("建立由市政府分管领导召集");
    }

    @Test
    void anUnlabelledNoteAndALabelledNoteWithoutSeparatorBothGiveRoles() {
        DocumentBundle bundle = expo();
        assertThat(from(bundle, LinkType.LEADS, "expo/二(二)")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "expo/二(二)")).containsExactly("wh-construction", "wh-transport");
        // "(牵头单位:市公安局 责任单位:…)": the label is never part of a name
        assertThat(from(bundle, LinkType.LEADS, "expo/二(三)")).containsExactly("wh-public-security");
        assertThat(from(bundle, LinkType.SUPPORTS, "expo/二(三)")).contains("wh-commerce");
    }

    @Test
    void proseRolesSitOnTheSectionThatStatesThem() {
        DocumentBundle bundle = expo();
        assertThat(from(bundle, LinkType.LEADS, "expo/三(一)")).contains("wh-commerce");
        String post = VocabularyReader.genericActorId("市政府分管领导");
        assertThat(from(bundle, LinkType.COORDINATES, "expo/三(一)")).contains(post);
        assertThat(from(bundle, LinkType.LEADS, "expo/三(一)")).contains(VocabularyReader.genericActorId("各区人民政府"));
        assertThat(from(bundle, LinkType.LEADS, "expo/三(二)")).containsExactly("wh-commerce", "wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, "expo/三(二)")).containsExactly("wh-finance");
        String text = SubmittedDocumentTest.sample("expo-paragraph-tasks-2026.txt");
        assertThat(bundle.links()).allSatisfy(l -> assertThat(text).contains(l.source().quote()));
    }

    @Test
    void itemsNumberedWithTheIdeographicCommaAreTasks() {
        DocumentBundle bundle = consumption(SubmittedDocumentTest.sample("consumption-annex-2026.txt"));
        assertThat(bundle.measures()).extracting(MeasureRecord::id).startsWith("consumption/二1", "consumption/二2",
                "consumption/二3");
        assertThat(measure(bundle, "consumption/二2").title()).isEqualTo("发展首店经济");
    }

    @Test
    void aFiveColumnAnnexIsReadByItsHeaderWithCellsSplitAcrossLines() {
        DocumentBundle bundle = consumption(SubmittedDocumentTest.sample("consumption-annex-2026.txt"));
        assertThat(bundle.measures()).extracting(MeasureRecord::id).endsWith("consumption/附件-1",
                "consumption/附件-2", "consumption/附件-3");
        assertThat(section(bundle, "consumption/附件").title()).isEqualTo("重点任务分工表");
        MeasureRecord second = measure(bundle, "consumption/附件-2");
        assertThat(second.text()).isEqualTo("支持国内外知名品牌在汉开设首店、旗舰店，全年引进首店100家。");
        assertThat(second.timeline()).isEqualTo("2026年6月底前");
        assertThat(from(bundle, LinkType.LEADS, "consumption/附件-2")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, "consumption/附件-3")).hasSize(1);
        assertThat(from(bundle, LinkType.SUPPORTS, "consumption/附件-3")).contains("wh-commerce",
                "wh-public-security");
        // the last task is not swallowed into the body's last item
        assertThat(measure(bundle, "consumption/二3").text()).doesNotContain("序号");
    }

    @Test
    void theFooterEndsTheAnnexAndIsNeverPartOfTheLastTask() {
        String text = SubmittedDocumentTest.sample("consumption-annex-2026.txt")
                + "\n抄送：市委办公厅，市人大常委会办公厅。\n\n武汉市人民政府办公厅          2026年1月5日印发\n";
        DocumentBundle bundle = consumption(text);
        MeasureRecord last = measure(bundle, "consumption/附件-3");
        assertThat(last.text()).doesNotContain("印发").doesNotContain("抄送");
        assertThat(last.timeline()).isEqualTo("2026年12月底前");
    }

    @Test
    void aTextEndingWithADeadlineCellIsNotTruncated() {
        String text = SubmittedDocumentTest.sample("consumption-annex-2026.txt");
        assertThat(text.strip()).endsWith("2026年12月底前");
        assertThat(consumption(text).measures()).isNotEmpty();
    }

    @Test
    void columnsInAnyOrderAndAnySubsetAndMarkdownTables() {
        DocumentBundle bundle = consumption(SubmittedDocumentTest.sample("consumption-annex-2026-reordered.txt"));
        MeasureRecord first = measure(bundle, "consumption/附件1-1");
        assertThat(first.text()).isEqualTo("推进江汉路等商圈改造提升。");
        assertThat(first.timeline()).isEqualTo("2025年");
        assertThat(from(bundle, LinkType.LEADS, "consumption/附件1-1")).containsExactly("wh-commerce");
        // a three-column table of another annex: 序号, 项目名称, 责任单位
        MeasureRecord project = measure(bundle, "consumption/附件2-1");
        assertThat(project.text()).isEqualTo("江汉路步行街改造");
        assertThat(from(bundle, LinkType.LEADS, "consumption/附件2-1")).hasSize(1);
    }

    @Test
    void aDepartmentTheVocabularyLacksBecomesAnUncuratedBodyNotARefusal() {
        DocumentBundle bundle = consumption(SubmittedDocumentTest.sample("consumption-annex-2026.txt"));
        assertThat(bundle.uncuratedBodies()).extracting(b -> b.name()).contains("市文化和旅游局", "市市场监管局",
                "市自然资源和规划局", "江汉区人民政府");
        var tourism = bundle.uncuratedBodies().stream().filter(b -> b.name().equals("市文化和旅游局")).findFirst()
                .orElseThrow();
        assertThat(tourism.source().quote()).isEqualTo("市文化和旅游局");
        assertThat(from(bundle, LinkType.LEADS, "consumption/附件-3")).containsExactly(tourism.id());
    }

    @Test
    void aPlanNumberingOnlyItsItemsIsReadWithoutChapters() {
        // a 任务分解 printed as 1. items with labelled lines under each, no 一、 or （一） anywhere
        String text = "武汉市2026年稳外贸重点任务分解方案\n\n为做好2026年稳外贸工作，现将重点任务分解如下：\n\n"
                + "1.支持外贸企业拓市场。全年组织企业参加境外展会100场次以上。\n牵头单位：市商务局\n责任单位：市财政局\n"
                + "2.扩大跨境电商规模。\n牵头单位：市商务局\n责任单位：武汉海关、各区人民政府\n";
        DocumentBundle bundle = read("trade", "武汉市2026年稳外贸重点任务分解方案", text).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id).containsExactly("trade/1", "trade/2");
        SectionRecord body = section(bundle, "trade/正文");
        assertThat(body.source().quote()).isEqualTo("为做好2026年稳外贸工作，现将重点任务分解如下：");
        assertThat(measure(bundle, "trade/1").parentId()).isEqualTo(body.id());
        assertThat(from(bundle, LinkType.LEADS, "trade/1")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "trade/1")).containsExactly("wh-finance");
        assertThat(bundle.indicators()).anySatisfy(i -> assertThat(i.value()).isEqualTo(100.0));
    }

    @Test
    void itemsNumberedThroughTheWholePlanStayTasksUnderTheNextChapter() {
        // "1.-2." under 一、, then "3.-4." under 二、: the numbering runs on across chapters; a chapter restarting at 1 too
        String text = "武汉市2026年民生实事安排\n\n一、就业（2项）\n1.新增城镇就业20万人。\n2.开展职业技能培训10万人次。\n"
                + "二、教育（2项）\n3.新建改扩建中小学校20所。\n4.新增公办幼儿园学位5000个。\n"
                + "三、医疗\n1.建设社区医院10家。\n";
        DocumentBundle bundle = read("jobs", "武汉市2026年民生实事安排", text).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id)
                .containsExactly("jobs/一1", "jobs/一2", "jobs/二3", "jobs/二4", "jobs/三1");
        assertThat(measure(bundle, "jobs/二3").text()).isEqualTo("新建改扩建中小学校20所。");
    }

    @Test
    void aParagraphClosedByANoteOfWhoRunsAndWhoAssistsIsATask() {
        // （X主办，Y协办） names who runs the task and who assists, like （X牵头，Y配合）: the paragraph is a task even under a
        // chapter of goals, as the one closed by （X负责） is
        String points = "某省人民政府关于落实政府工作报告重点工作责任分工的意见\n一、全省经济社会发展主要目标\n"
                + "（一）地区生产总值增长7%左右。（市发展改革委负责）\n"
                + "（二）一般公共预算收入增长5%左右。（市财政局主办，市商务局协办）\n"
                + "二、推进产业项目建设\n（一）全力推进产业项目建设。\n1.抓好重点产业项目。（市发展改革委负责）\n";
        DocumentBundle bundle = read("points", "某省人民政府关于落实政府工作报告重点工作责任分工的意见", points).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id)
                .containsExactly("points/一(一)", "points/一(二)", "points/二(一)1");
        assertThat(from(bundle, LinkType.LEADS, "points/一(二)")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, "points/一(二)")).containsExactly("wh-commerce");
    }

    @Test
    void aChapterThatStatesItsTaskRunsLongAndIsAChapterStill() {
        // a completion report: each 一、 states the task with its figures and note, too long for a heading
        String report = "截至2025年12月底，某市十件民生实事全面完成。具体情况如下：\n"
                + "一、新增城镇就业岗位1.2万个；开展职业技能培训8000人次，其中农村劳动力5000人次。(责任单位:市人社局,各区政府)该件实事已全面完成\n"
                + "1.新增城镇就业岗位1.2万个(责任单位:市人社局)\n此项工作已完成。截至2025年12月底，全市新增城镇就业岗位1.35万个。\n"
                + "二、改造老旧小区30个。(责任单位:市住建局)\n此项工作已完成。\n";
        DocumentBundle done = read("done", "某市十件民生实事", report).bundle();
        assertThat(section(done, "done/一").title()).startsWith("新增城镇就业岗位1.2万个");
        assertThat(measure(done, "done/一1").text()).startsWith("新增城镇就业岗位1.2万个");
        assertThat(done.indicators()).anySatisfy(i -> assertThat(i.value()).isEqualTo(1.35));
        // a division of tasks: a long 一、 paragraph, then a heading with its items
        String division = "某县人民政府关于印发2026年重点工作责任分工的通知\n各乡镇人民政府，县政府各部门：\n"
                + "现将2026年重点工作责任分工印发给你们，请认真抓好落实。\n"
                + "一、全力以赴稳增长，地区生产总值增长6%左右，规模以上工业增加值增长7%，全社会固定资产投资增长8%以上。（县发改局牵头，县统计局配合）\n"
                + "二、扩大有效投资\n1.实施重点项目100个以上。（县发改局负责）\n";
        DocumentBundle split = read("split", "某县人民政府关于印发2026年重点工作责任分工的通知", division).bundle();
        assertThat(split.measures()).extracting(MeasureRecord::id).containsExactly("split/一", "split/二1");
        assertThat(section(split, "split/二").title()).isEqualTo("扩大有效投资");
        assertThat(split.indicators()).anySatisfy(i -> assertThat(i.value()).isEqualTo(6.0));
        // a long line numbered out of turn (三、 after 一、) is text of its chapter, not a chapter
        String skipped = "某县2026年工作要点\n一、重点任务\n1.实施重点项目100个以上。\n"
                + "三、是要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，统筹发展和安全，持续改善民生福祉。\n";
        assertThat(read("skip", "某县2026年工作要点", skipped).bundle().sections()).extracting(SectionRecord::id)
                .doesNotContain("skip/三");
    }

    @Test
    void aChapterWithNothingNumberedUnderItWhoseTextClosesWithANoteIsATask() {
        // opinions whose 一、 part is the task itself: a heading, a paragraph, the note of who leads and who assists
        String opinions = "某省人民政府关于稳增长的若干意见\n各市人民政府，省直各部门：\n为促进经济平稳增长，提出以下意见。\n"
                + "一、推进重大项目建设\n建立健全领导联系重点项目制度，及时解决项目推进中的困难。(市发展改革委牵头;市财政局配合)\n"
                + "二、加大财政支持力度\n加快预算执行进度。（牵头单位：市财政局）\n";
        DocumentBundle bundle = read("open", "某省人民政府关于稳增长的若干意见", opinions).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id).containsExactly("open/一", "open/二");
        assertThat(from(bundle, LinkType.LEADS, "open/一")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.LEADS, "open/二")).containsExactly("wh-finance");
        // one chapter alone, so closed: a task too
        String one = opinions.substring(0, opinions.indexOf("二、"));
        assertThat(read("one", "某省人民政府关于稳增长的若干意见", one).bundle().measures()).extracting(MeasureRecord::id)
                .containsExactly("one/一");
        // a chapter whose text does not close with such a note stays a heading
        String plain = one.replace("(市发展改革委牵头;市财政局配合)", "");
        assertThat(read("plain", "某省人民政府关于稳增长的若干意见", plain).bundle().measures()).isEmpty();
    }

    @Test
    void aNumberedItemClosedByANoteOfWhoDoesItIsATaskEvenUnderAChapterOfGoals() {
        // a division of the report's work numbers its targets and assigns each: "1.…。(X负责)", "2.…。（牵头单位：X）"
        String points = "某市人民政府关于明确政府工作报告重点工作责任单位的通知\n一、经济社会发展主要目标\n"
                + "1.生产总值增长6%。(市发展改革委负责)\n"
                + "2.一般公共预算收入增长5%左右。（牵头单位：市财政局）\n"
                + "二、总体要求\n1.坚持稳中求进。\n2.坚持改革创新，增强发展动力。\n";
        DocumentBundle bundle = read("goals", "某市人民政府关于明确政府工作报告重点工作责任单位的通知", points).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id).containsExactly("goals/一1", "goals/一2");
        assertThat(from(bundle, LinkType.LEADS, "goals/一2")).containsExactly("wh-finance");
        // without a note, an item stating a goal or a principle is no task
        String plain = points.replace("(市发展改革委负责)", "").replace("（牵头单位：市财政局）", "");
        assertThat(read("plain", "某市人民政府关于明确政府工作报告重点工作责任单位的通知", plain).bundle().measures())
                .isEmpty();
    }

    @Test
    void aChapterDividingTheWorkSetsTasksAndEachParagraphClosedByItsNoteIsOne() {
        // 二、主要目标和任务分工安排 names the goals but divides the work: its paragraphs are tasks; under a （一） heading
        // printed alone, each unnumbered paragraph closed by its own note is a task of its own
        String division = "某市人民政府办公厅关于落实规划纲要主要目标和任务工作分工的通知\n各区人民政府,市政府各部门:\n"
                + "一、分工原则\n重点明确政府责任,对需要政府履行职责的目标和任务进行分解。\n二、主要目标和任务分工安排\n"
                + "(一)约束性指标\n耕地保有量保持在300万亩。(市财政局牵头)\n"
                + "单位工业增加值用水量达到省要求标准。(市商务局、市发展改革委等部门按职责分工负责)\n"
                + "(二)重点任务\n推进重点项目建设。(市发展改革委牵头)\n";
        DocumentBundle bundle = read("division", "某市人民政府办公厅关于落实规划纲要主要目标和任务工作分工的通知", division)
                .bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id)
                .containsExactly("division/二(一)1", "division/二(一)2", "division/二(二)");
        assertThat(from(bundle, LinkType.LEADS, "division/二(一)1")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "division/二(一)2")).containsExactlyInAnyOrder("wh-commerce", "wh-ndrc");
        assertThat(measure(bundle, "division/二(一)1").text()).startsWith("耕地保有量保持在300万亩。");
    }

    @Test
    void aPlanWithoutChaptersTitledAsASplitOfItsMainTargetsNumbersTasks() {
        // the annex's title names 主要目标任务 (targets and tasks) without opening with it: its items are the tasks
        String split = "某市人民政府关于印发2026年主要目标任务分解方案的通知\n各区人民政府,市政府各部门:\n"
                + "现将《2026年主要目标任务分解方案》印发给你们,请认真组织实施。\n某市人民政府\n2026年1月10日\n"
                + "(此件公开发布)\n附件\n2026年《政府工作报告》主要目标任务分解方案\n"
                + "1.地区生产总值增长6%以上。牵头单位:市发展改革委;责任单位:各区人民政府\n"
                + "2.一般公共预算收入增长3%。牵头单位:市财政局;责任单位:各区人民政府\n";
        DocumentBundle bundle = read("split", "2026年《政府工作报告》主要目标任务分解方案", split).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::text).hasSize(2)
                .allSatisfy(t -> assertThat(t).contains("牵头单位"));
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(1).id())).containsExactly("wh-finance");
    }

    @Test
    void aCoveringNoticeNumberingItsOwnRequirementsEndsAtItsPublicationNoteWhenThePlanFollows() {
        // the notice prints its requirements as 一、-三、, signs, dates and closes with "（此件公开发布）"; the plan's own
        // title follows: the plan starts there, and the note is no footer cutting it off
        String split = "各区人民政府,市政府各部门:\n"
                + "《2026年市〈政府工作报告〉任务分解方案》已经市政府常务会议审议通过,现印发给你们,请认真贯彻。\n"
                + "一、各部门要切实把《政府工作报告》决策部署落到实处。\n二、牵头单位要对分工任务负总责,各相关单位要积极配合。\n"
                + "三、市政府督查室要加大督查力度,确保全年目标任务如期完成。\n某市人民政府\n2026年1月20日\n(此件公开发布)\n"
                + "2026年市《政府工作报告》任务分解方案\n为做好今年政府工作,制定分工方案如下。\n一、重点任务\n"
                + "1.扩大有效投资。\n牵头单位:市发展改革委\n2.促进消费提质升级。\n牵头单位:市商务局\n";
        DocumentBundle bundle = read("notice", "2026年市《政府工作报告》任务分解方案", split).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id).containsExactly("notice/一1", "notice/一2");
        assertThat(from(bundle, LinkType.LEADS, "notice/一2")).containsExactly("wh-commerce");
        assertThat(bundle.sections()).extracting(SectionRecord::title).doesNotContain(
                "各部门要切实把《政府工作报告》决策部署落到实处", "市政府督查室要加大督查力度,确保全年目标任务如期完成");
    }

    @Test
    void theExecutionPartOfAPlanReportAndAWorkReportsReviewLeadReportResultsAndSetNoTask() {
        // a report on the execution of the year's development plan: its first chapter reports, the draft plan sets tasks
        String execution = "关于某市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
                + "一、2025年国民经济和社会发展计划执行情况\n（一）稳增长成效明显\n1.投资稳步回升。全年固定资产投资增长5.2%。\n"
                + "二、2026年经济社会发展的主要任务\n1.扩大有效投资。新开工亿元以上项目100个。\n";
        DocumentBundle plan = read("plan", "关于某市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告", execution)
                .bundle();
        assertThat(plan.measures()).extracting(MeasureRecord::id).containsExactly("plan/二1");
        assertThat(plan.indicators()).anySatisfy(i -> assertThat(i.value()).isEqualTo(5.2));
        // a work report printing its review under an unnumbered heading, led in by "一年来,主要做了…工作:"
        String report = "政府工作报告\n各位代表:\n2025年工作回顾\n一年来,主要做了三个方面工作:\n"
                + "（一）推进乡村全面振兴。建成高标准农田32万亩。\n（二）推动工业提质增效。规模以上工业增加值增长9%。\n";
        DocumentBundle review = read("review", "政府工作报告", report).bundle();
        assertThat(review.measures()).isEmpty();
        assertThat(review.sections()).extracting(SectionRecord::title).contains("推进乡村全面振兴");
    }

    @Test
    void figuresUnderAnUnnumberedReviewPartAreActualsOfTheReviewedYear() {
        // a work report printing its parts as unnumbered lines over chapters numbered from 一 each: the review part's
        // figures are actuals of the year it reviews, the plan part's are the report's targets
        String report = "政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n2025年工作回顾\n"
                + "刚刚过去的一年,全县经济社会发展稳中有进。\n一、经济运行量质齐升,投资消费稳健增长\n"
                + "主要指标稳中有进。全年完成地区生产总值120亿元,同比增长6%。\n发展动能更加强劲。扎实开展项目攻坚活动。\n"
                + "二、民生福祉持续增进,社会大局和谐稳定\n就业形势总体稳定。城镇新增就业3000人。\n"
                + "社会保障更加有力。持续扩大社会保险覆盖面。\n2026年工作安排\n今年是“十五五”开局之年。\n"
                + "一、扩大有效投资,增强发展后劲\n项目建设提速增效。全年完成固定资产投资50亿元。\n"
                + "消费潜力持续释放。持续开展促消费活动。\n";
        List<IndicatorRecord> figures = read("parts", "政府工作报告", report).bundle().indicators();
        assertThat(figures).extracting(r -> r.value() + " " + r.unit() + " " + r.year() + " " + r.comparator())
                .containsExactly("120.0 亿元 2025 ACTUAL", "6.0 % 2025 ACTUAL", "3000.0 人 2025 ACTUAL",
                        "50.0 亿元 2026 EQUAL");
    }

    @Test
    void aPartHeadedByWhoLeadsItHoldingOneUnnumberedTaskIsThatTask() {
        // a division of work: each （一） is headed by the body that leads it; one part prints its single task unnumbered,
        // another numbers several. The lone task is a task too; its lead stays on the heading, its 协同单位 on the task
        String division = "某市2026年政府工作目标责任分解\n一、市长负责的工作\n全面负责市人民政府工作任务的落实。\n"
                + "（一）市商务局牵头的工作\n全面加强消费促进工作。\n协同单位:市财政局。\n"
                + "（二）市发展改革委牵头的工作\n1.深化投资审批制度改革。\n2.推进重大项目建设。\n";
        DocumentBundle bundle = read("division", "某市2026年政府工作目标责任分解", division).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id)
                .containsExactly("division/一(一)1", "division/一(二)1", "division/一(二)2");
        assertThat(measure(bundle, "division/一(一)1").text()).startsWith("全面加强消费促进工作。");
        assertThat(from(bundle, LinkType.LEADS, "division/一(一)")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "division/一(一)1")).containsExactly("wh-finance");
        // the chapter headed by a leader holds its duty sentence as text, no task
        assertThat(section(bundle, "division/一").title()).isEqualTo("市长负责的工作");
    }

    @Test
    void anItemOrParagraphThatStatesGoalsOrReviewsIsNoTask() {
        // under a task chapter, an item titled by its goals states targets; the items after it are the tasks
        String points = "武汉市2026年体育工作要点\n一、主要任务\n（一）推进全民健身\n"
                + "1.主要目标指标。全民健身发展指数达90，经常参加体育锻炼人数比例达42%以上。\n"
                + "2.建设社区运动场地。新建社区运动场地50个。\n";
        DocumentBundle bundle = read("sport", "武汉市2026年体育工作要点", points).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id).containsExactly("sport/一(一)2");
        assertThat(section(bundle, "sport/一(一)1").title()).isEqualTo("主要目标指标");
        assertThat(bundle.indicators()).anySatisfy(i -> assertThat(i.value()).isEqualTo(90.0));
        // a chapter reviewing the past year: its numbered items report
        String report = "武汉市某区政府工作报告\n一、2025年工作回顾\n（一）经济发展\n1.经济实力增强。地区生产总值增长6%。\n"
                + "2.结构持续优化。高新技术产业增加值增长9%。\n二、2026年主要任务\n1.扩大有效投资。新开工项目100个。\n";
        DocumentBundle review = read("review", "武汉市某区政府工作报告", report).bundle();
        assertThat(review.measures()).extracting(MeasureRecord::id).containsExactly("review/二1");
        // a plan of （一） paragraphs: the paragraph reporting how the goals were met is no task
        String execution = "武汉市某区2026年上半年计划执行情况的报告\n一、上半年计划执行情况\n"
                + "（一）主要目标完成情况。上半年地区生产总值增长5.6%。\n（二）扩大有效投资。推进重大项目建设。\n";
        DocumentBundle half = read("half", "武汉市某区2026年上半年计划执行情况的报告", execution).bundle();
        assertThat(half.measures()).extracting(MeasureRecord::id).containsExactly("half/一(二)");
        // a task section that only mentions a non-task phrase ("优化发展环境" holds 发展环境) keeps its tasks
        String tasks = "武汉市某区2026年工作要点\n一、重点任务\n（一）优化发展环境\n1.推行企业开办全程网办。\n"
                + "（二）强化要素保障\n2.建立月调度机制。\n";
        assertThat(read("env", "武汉市某区2026年工作要点", tasks).bundle().measures()).extracting(MeasureRecord::id)
                .containsExactly("env/一(一)1", "env/一(二)2");
    }

    @Test
    void paragraphsLedByThePartsAChapterAnnouncesAreTasks() {
        // "实施四大工程": the paragraphs led by "…工程。" are its tasks; the chapter's opening paragraph is its text
        String text = "某县2026年政府工作报告（节选）\n一、实施四大工程，建设美丽县城\n"
                + "坚持城乡统筹，全面提升县城承载能力。\n"
                + "实施城市更新工程。改造老旧小区30个，新建口袋公园10个。\n"
                + "实施交通畅通工程。新改建农村公路120公里。\n"
                + "二、加强组织领导\n各部门要加强协调，确保各项工程落地见效。\n";
        DocumentBundle bundle = read("county", "某县2026年政府工作报告（节选）", text).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id).containsExactly("county/一—1", "county/一—2");
        assertThat(measure(bundle, "county/一—2").text()).startsWith("实施交通畅通工程。");
        assertThat(section(bundle, "county/一").text()).startsWith("坚持城乡统筹");
        // a paragraph whose lead phrase names no part of the announced kind stays text
        String other = text.replace("实施交通畅通工程。", "同时，");
        assertThat(read("county2", "某县2026年政府工作报告（节选）", other).bundle().measures())
                .extracting(MeasureRecord::id).containsExactly("county2/一—1");
    }

    @Test
    void aPlanPrintedAsOneParagraphIsReadByTheMarkersInsideIt() {
        // a reposted page that dropped every line break: notice, 一、, （一）, 1. 2. all on one line, separated by spaces
        String text = "武汉市人民政府关于明确2026年重点工作责任单位的通知 武政〔2026〕3号 现将2026年重点工作任务予以分解并明确"
                + "责任单位，各责任单位要尽快制定具体落实方案，明确时间节点、责任领导和主要措施，按季度报告进展情况，确保重点工作"
                + "如期推进、圆满完成。 一、稳定外贸外资 （一）支持企业拓展市场。 1.组织企业参加境外展会100场次以上，稳住外贸基本盘，"
                + "推动外贸质升量稳。（市商务局牵头，市财政局按职责分工负责） 2.扩大跨境电商规模，培育跨境电商龙头企业，建设海外仓，"
                + "完善跨境电商综合服务体系。（市商务局负责） （二）优化外资服务。 3.完善外资企业服务专员制度，及时协调解决外资"
                + "企业生产经营中的困难和问题。（市商务局牵头）";
        DocumentBundle bundle = read("flat", "武汉市人民政府关于明确2026年重点工作责任单位的通知", text).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id)
                .containsExactly("flat/一(一)1", "flat/一(一)2", "flat/一(二)3");
        assertThat(measure(bundle, "flat/一(一)2").text()).startsWith("扩大跨境电商规模").endsWith("（市商务局负责）");
        assertThat(from(bundle, LinkType.LEADS, "flat/一(一)1")).containsExactly("wh-commerce");
        assertThat(bundle.indicators()).anySatisfy(i -> assertThat(i.value()).isEqualTo(100.0));
        // the same page with ideographic spaces between its parts
        DocumentBundle wide = read("wide", "武汉市人民政府关于明确2026年重点工作责任单位的通知", text.replace(" ", "\u3000")).bundle();
        assertThat(wide.measures()).hasSize(3);
        // a long line with spaces before figures but no heading marker is one line, as printed
        String prose = "武汉市2026年稳外贸工作方案\n一、主要任务\n" + "全年组织企业参加境外展会 1.5 万人次，".repeat(20) + "\n";
        assertThat(new SourceText("t", prose).lines()).hasSize(4);
    }

    @Test
    void bracketedNumbersUnderASectionAreItsTasksButStayTextUnderAnItem() {
        String text = "武汉市2026年优化营商环境工作方案\n一、重点任务\n（一）提升政务服务效能\n"
                + "（1）推行企业开办“一件事”。实现企业开办1个工作日内办结。（牵头单位：市市场监管局）\n"
                + "（2）深化工程建设项目审批改革。（牵头单位：市商务局）\n（二）优化法治环境\n"
                + "（3）规范涉企执法检查。（牵头单位：市商务局）\n";
        DocumentBundle bundle = read("bracket", "武汉市2026年优化营商环境工作方案", text).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id)
                .containsExactly("bracket/一(一)1", "bracket/一(一)2", "bracket/一(二)3");
        assertThat(measure(bundle, "bracket/一(一)2").text()).startsWith("深化工程建设项目审批改革。");
        assertThat(from(bundle, LinkType.LEADS, "bracket/一(二)3")).containsExactly("wh-commerce");
        // under a "1." item, "（1）" lines are parts of that item
        String nested = "武汉市2026年优化营商环境工作方案\n一、重点任务\n（一）提升政务服务效能\n1.深化审批改革。\n"
                + "（1）推行企业开办“一件事”。\n（2）压缩审批时间。\n2.规范涉企执法检查。\n";
        DocumentBundle items = read("nested", "武汉市2026年优化营商环境工作方案", nested).bundle();
        assertThat(items.measures()).extracting(MeasureRecord::id).containsExactly("nested/一(一)1", "nested/一(一)2");
        assertThat(measure(items, "nested/一(一)1").text()).contains("（2）压缩审批时间。");
    }

    @Test
    void goalsStatedBetweenTheTitleAndTheFirstChapterAreReadAsASectionNotATask() {
        // a work-report split: notice, date, the list's title, the year's goals in one paragraph, then the chapters
        String text = "市人民政府办公室关于分解落实2026年《政府工作报告》重点工作的通知\n"
                + "各区人民政府，市政府各部门：\n现将2026年《政府工作报告》重点工作分解如下，请认真贯彻落实。\n"
                + "2026年1月20日\n《政府工作报告》重点工作分解\n"
                + "2026年全市经济社会发展主要目标为：地区生产总值增长6%左右；居民消费价格指数控制在103以内；"
                + "城镇新增就业12万人。\n"
                + "一、推动产业升级\n1.支持外贸企业拓市场。全年组织企业参加境外展会100场次以上。（牵头单位：市商务局）\n";
        DocumentBundle bundle = read("goals", "《政府工作报告》重点工作分解", text).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id).containsExactly("goals/一1");
        SectionRecord goals = section(bundle, "goals/目标");
        assertThat(goals.source().quote()).startsWith("2026年全市经济社会发展主要目标为：");
        assertThat(bundle.indicators()).filteredOn(i -> i.ownerId().equals(goals.id()))
                .extracting(i -> i.name() + " " + i.value() + " " + i.unit() + " " + i.year())
                .containsExactly("地区生产总值 6.0 % 2026", "居民消费价格指数 103.0 null 2026", "城镇新增就业 12.0 万人 2026");
        // the notice before the title states no goals: no section for it
        assertThat(bundle.sections()).extracting(SectionRecord::id).doesNotContain("goals/正文");
        // the goals listed on the lines after the announcing line
        String listed = text.replace("主要目标为：地区生产总值增长6%左右；居民消费价格指数控制在103以内；城镇新增就业12万人。",
                "主要目标为：\n\n地区生产总值增长6%左右；\n居民消费价格指数控制在103以内；\n城镇新增就业12万人。");
        DocumentBundle lines = read("goals2", "《政府工作报告》重点工作分解", listed).bundle();
        SectionRecord stated = section(lines, "goals2/目标");
        assertThat(stated.source().quote()).startsWith("2026年全市经济社会发展主要目标为：").endsWith("城镇新增就业12万人。");
        assertThat(lines.indicators()).filteredOn(i -> i.ownerId().equals(stated.id())).hasSize(3);
        assertThat(lines.measures()).extracting(MeasureRecord::id).containsExactly("goals2/一1");
    }

    @Test
    void aPlanOfSectionParagraphsWithoutChaptersMakesEachParagraphATask() {
        String text = "武汉市促进夜间经济发展若干措施\n\n"
                + "（一）打造夜间消费地标。支持江汉路、楚河汉街延长营业时间，打造夜间消费地标10个。（责任单位：市商务局）\n"
                + "（二）丰富夜间文旅活动。鼓励景区开展夜游活动。（责任单位：市文化和旅游局）\n";
        DocumentBundle bundle = read("night", "武汉市促进夜间经济发展若干措施", text).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id).containsExactly("night/(一)", "night/(二)");
        assertThat(measure(bundle, "night/(一)").title()).isEqualTo("打造夜间消费地标");
        assertThat(from(bundle, LinkType.LEADS, "night/(一)")).containsExactly("wh-commerce");
    }

    @Test
    void aTaskTablePrintedOneCellPerLineIsReadByItsHeader() {
        // a web page's table copied as text: every cell on a line of its own, header first
        String text = "武汉市2026年优化营商环境重点任务清单\n\n"
                + "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
                + "1\n推行企业开办全程网办，全年新设市场主体30万户以上。\n市市场监管局\n市数据局\n2026年12月底前\n"
                + "2\n优化跨境贸易通关流程。\n市商务局\n武汉海关\n2026年6月底前\n"
                + "3\n完善政务服务评价机制。\n市政务服务局\n各区人民政府\n长期坚持\n";
        DocumentBundle bundle = read("list", "武汉市2026年优化营商环境重点任务清单", text).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id)
                .containsExactly("list/任务表-1", "list/任务表-2", "list/任务表-3");
        MeasureRecord second = measure(bundle, "list/任务表-2");
        assertThat(second.text()).isEqualTo("优化跨境贸易通关流程。");
        assertThat(second.timeline()).isEqualTo("2026年6月底前");
        assertThat(from(bundle, LinkType.LEADS, "list/任务表-2")).containsExactly("wh-commerce");
        assertThat(measure(bundle, "list/任务表-3").text()).isEqualTo("完善政务服务评价机制。");
        assertThat(section(bundle, "list/任务表").source().quote()).isEqualTo("武汉市2026年优化营商环境重点任务清单");
    }

    @Test
    void aBodyThatLeadsATaskDoesNotAlsoSupportIt() {
        // the 责任单位 list repeats the 牵头单位, as many task splits print it
        String text = "武汉市2026年稳外贸重点任务分解方案\n\n现将重点任务分解如下：\n\n"
                + "1.扩大跨境电商规模。\n牵头单位：市商务局\n责任单位：市商务局、市财政局\n";
        DocumentBundle bundle = read("lead", "武汉市2026年稳外贸重点任务分解方案", text).bundle();
        assertThat(from(bundle, LinkType.LEADS, "lead/1")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "lead/1")).containsExactly("wh-finance");
    }

    @Test
    void aNewsArticleIsRefusedSayingWhy() {
        String news = "武汉市提振消费三年行动方案发布\n\n本报讯 近日，武汉市印发《武汉市提振消费三年行动方案》，"
                + "提出到2026年全市社会消费品零售总额达到9000亿元。市商务局有关负责人介绍，方案围绕打造消费地标、发展首店经济、"
                + "繁荣夜间经济等方面提出具体举措。\n\n记者了解到，今年以来全市消费市场持续回暖。\n";
        assertThatThrownBy(() -> read("news", "武汉市提振消费三年行动方案", news)).isInstanceOf(SeedException.class)
                .hasMessageContaining("does not read as a plan");
    }

    /** An official document (its own 文号 on a line) with a prose body and no outline: one body Section and its figures. */
    @Test
    void anOfficialDocumentWithAProseBodyIsReadAsOneBodySection() {
        String text = "某市人民政府关于印发《某市2026年国民经济和社会发展计划》的通知\n某政发〔2026〕8号\n"
                + "各区人民政府，市人民政府各部门：\n"
                + "《某市2026年国民经济和社会发展计划》已经市人大会议审议通过，现印发给你们，请认真组织实施。\n"
                + "某市人民政府\n2026年2月21日\n某市2026年国民经济和社会发展计划\n"
                + "主要预期目标是：生产总值增长6%左右，社会消费品零售总额增长9%左右，粮食产量保持在180万吨以上。\n";
        DocumentBundle bundle = read("prose", "某市2026年国民经济和社会发展计划", text).bundle();
        assertThat(bundle.sections()).hasSize(1);
        assertThat(bundle.measures()).isEmpty();
        assertThat(bundle.indicators()).extracting(r -> r.value()).containsExactly(6.0, 9.0, 180.0);
        assertThat(bundle.indicators()).allSatisfy(r -> assertThat(r.year()).isEqualTo(2026));
    }

    /**
     * A town's or a small county's plan may have no 一、 chapter: its tasks are （一） paragraphs, and the year's goals
     * stand in a paragraph before the first of them ("主要预期目标是：…"), on its line or on the lines after it.
     */
    @Test
    void theGoalsBeforeTheFirstParagraphOfAPlanWithoutChaptersAreItsTargets() {
        String sameLine = "某乡2026年政府工作计划\n2026年乡政府工作的总体要求是：以乡村振兴为目标，推动高质量发展。\n"
                + "全年经济社会发展的主要预期目标是：地区生产总值增长7%以上，农村居民人均可支配收入增长8%。\n"
                + "为此，我们将做好以下工作：\n（一）壮大特色产业。新建茶叶基地500亩。\n（二）改善人居环境。推进垃圾分类。\n";
        DocumentBundle bundle = SubmittedPlans.read("town", "某乡2026年政府工作计划", sameLine, "2026-01", "2026");
        assertThat(bundle.measures()).hasSize(2);
        assertThat(bundle.indicators()).filteredOn(r -> r.unit().equals("%")).extracting(IndicatorRecord::value)
                .containsExactly(7.0, 8.0);
        assertThat(bundle.indicators()).filteredOn(r -> r.unit().equals("%"))
                .allSatisfy(r -> assertThat(r.year()).isEqualTo(2026))
                .allSatisfy(r -> assertThat(r.comparator()).isNotEqualTo(TargetComparator.ACTUAL));

        String linesAfter = "某镇2026年工作要点\n主要目标：\n全镇财政收入增长5%左右；\n新增市场主体120户。\n"
                + "1.抓好项目建设。\n2.抓好民生保障。\n";
        assertThat(read("town2", "某镇2026年工作要点", linesAfter).bundle().indicators())
                .extracting(IndicatorRecord::value).contains(5.0, 120.0);

        // the general requirements name an aim without a figure: no goals, no target
        String noGoals = "某乡2026年政府工作计划\n2026年乡政府工作的总体要求是：以乡村振兴为目标，推动高质量发展。\n"
                + "（一）壮大特色产业。培育特色品牌。\n（二）改善人居环境。推进垃圾分类。\n";
        assertThat(read("town3", "某乡2026年政府工作计划", noGoals).bundle().indicators()).isEmpty();
    }

    /**
     * Work points may state the year's aim in words after "主要目标是：" and then the goals as numbered lines of their
     * own before the first chapter ("1.推进质量提升。优良率达到40%。" ⏎ "2.…"): those lines are the plan's targets, read
     * as the goals section (no measure), up to the first line stating no figure.
     */
    @Test
    void numberedGoalsAfterAnAimStatedInWordsAreTheYearsTargets() {
        String text = "2026年全市卫生健康工作的主要目标是：全面提升服务能力，努力进入全省前列。\n"
                + "1.提升基层服务。家庭医生签约率达到75%，新建村卫生室20个。\n"
                + "2.守牢安全底线。医疗责任事故为零。\n"
                + "3.改善就医体验。预约诊疗率较上年度提高5%。\n"
                + "重点抓好四个方面的工作：\n"
                + "一、夯实基层基础\n1.抓实签约服务。扩大签约覆盖面。\n";
        DocumentBundle bundle = read("points", "2026年全市卫生健康工作", text).bundle();
        assertThat(bundle.measures()).hasSize(1);
        assertThat(bundle.indicators()).filteredOn(r -> r.value() != null).extracting(IndicatorRecord::value)
                .containsExactlyInAnyOrder(75.0, 20.0, 5.0);
        assertThat(bundle.indicators()).filteredOn(r -> r.value() != null)
                .allSatisfy(r -> assertThat(r.year()).isEqualTo(2026))
                .allSatisfy(r -> assertThat(r.comparator()).isNotEqualTo(TargetComparator.ACTUAL));
    }

    @Test
    void theSeedsProseRolesComeFromTheParserNotFromCorrectionRows() throws Exception {
        String roles = java.nio.file.Files.readString(RealSeed.ROOT.resolve("corrections/roles.tsv"));
        assertThat(roles.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList()).hasSize(1); // header only
        assertThat(RealSeed.fromIds(RealSeed.linksTo("001/三", LinkType.LEADS))).contains("hubei-gov", "wuhan-gov");
        assertThat(RealSeed.fromIds(RealSeed.linksTo("001/三", LinkType.COORDINATES))).contains("mofcom");
        assertThat(RealSeed.linksTo("002/三", LinkType.COORDINATES)).anySatisfy(l -> {
            assertThat(l.fromId()).isEqualTo("wh-commerce");
            assertThat(l.source().quote()).contains("专班办公室设在市商务局");
        });
        // "由市人民政府主要负责同志领衔": the mayor (a post, a generic actor), not the government as a body
        assertThat(RealSeed.fromIds(RealSeed.linksTo("002/三", LinkType.LEADS)))
                .contains(VocabularyReader.genericActorId("市人民政府主要负责同志")).doesNotContain("wuhan-gov");
        assertThat(RealSeed.fromIds(RealSeed.linksTo("003/二(一)", LinkType.LEADS))).contains("wh-st-leading-group");
        assertThat(RealSeed.fromIds(RealSeed.linksTo("003/二(一)", LinkType.COORDINATES)))
                .contains("wh-st-leading-group");
        assertThat(RealSeed.fromIds(RealSeed.linksTo("004/五(一)", LinkType.LEADS))).contains("wh-commerce");
        // "建立由市政府分管领导召集、市商务局牵头的…统筹协调机制": the leader convenes, the bureau leads; 统筹协调 names
        // the mechanism, it is not a second role of the bureau
        assertThat(RealSeed.fromIds(RealSeed.linksTo("004/五(一)", LinkType.COORDINATES)))
                .contains(VocabularyReader.genericActorId("市政府分管领导")).doesNotContain("wh-commerce");
        assertThat(RealSeed.fromIds(RealSeed.linksTo("004/四(八)—1", LinkType.COORDINATES)))
                .contains("wh-expo-leading-group");
    }

    @Test
    void everyLineOfPlan003IsInTheGraphOrNamedInAWarning() throws Exception {
        String text = java.nio.file.Files.readString(RealSeed.ROOT.resolve("sources/003_5712e3620262e150.txt"));
        SeedReader.Submission submission = read("x003", "武汉市服务贸易创新发展试点实施方案", text);
        List<IngestWarning> warnings = submission.warnings();
        // the notice before the plan and the 版记 footer are named as such, not as unparsed lines
        assertThat(warnings).filteredOn(w -> w.kind() == IngestWarning.Kind.PARSER)
                .extracting(IngestWarning::message)
                .anySatisfy(m -> assertThat(m).contains("title block and notice"))
                .anySatisfy(m -> assertThat(m).contains("版记 footer"));
        // section text, annex rows and their header rows count as represented (before issue 14: 57 lines listed)
        assertThat(warnings).filteredOn(w -> w.kind() == IngestWarning.Kind.UNPARSED_LINES).isEmpty();
    }
    @Test
    void anAnnexPrintingItsPlanAsAnOutlineIsReadAfterACoveringTextWithPartsOfItsOwn() {
        // a covering call with its own parts and questions, signed and dated, then the plan in its annex as an outline
        String call = "关于征集对2026年民生实事项目意见建议的通告\n"
                + "现向社会各界征集对2026年民生实事项目(见附件)的意见和建议。\n一、征集的主要内容\n"
                + "1. 您比较关注哪些方面的民生问题?\n2. 您对民生实事有哪些意见?\n二、征集的时间\n即日起至8月5日\n"
                + "某市人大社会建设委员会\n2026年7月24日\n附件:\n2026年民生实事项目\n一、教育惠民领域\n"
                + "1. 新建中小学15所。(牵头单位:市发展改革委;共同责任单位:市财政局)\n"
                + "2. 开展促消费活动。(牵头单位:市商务局;共同责任单位:各区人民政府)\n";
        DocumentBundle bundle = read("call", "关于征集对2026年民生实事项目意见建议的通告", call).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::text).anySatisfy(t -> assertThat(t).startsWith("新建中小学15所"))
                .anySatisfy(t -> assertThat(t).startsWith("开展促消费活动"));
        MeasureRecord first = bundle.measures().stream().filter(m -> m.text().startsWith("新建中小学15所")).findFirst()
                .orElseThrow();
        assertThat(from(bundle, LinkType.LEADS, first.id())).containsExactly("wh-ndrc");
    }
    @Test
    void aNoticeListingThePlansItemsEndsTheLastItemWhereItsPublishingParagraphStarts() {
        // the notice prints the plan's items 一、-三、 one a line, then its own paragraphs: the sentence publishing the
        // plan and the instructions to its addressees are no part of item 三 (各区 and 各部门 lead nothing)
        String notice = "某市人民政府关于印发2026年为民办好三件实事实施方案的通知\n各区人民政府,市政府各部门:\n"
                + "市政府提出2026年为民办好3件实事,分别是:\n一、新建乡村公路100条。\n二、新建敬老院5个。\n"
                + "三、改造小街小巷10条,方便居民出行。\n"
                + "为了落实这一要求,制定了实施方案,现将方案印发给你们,请认真组织实施。\n"
                + "各区、各部门要结合实际制定具体的工作计划,认真组织实施并定期检查。\n";
        DocumentBundle bundle = read("notice", "2026年为民办好三件实事实施方案", notice).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::id)
                .containsExactly("notice/一", "notice/二", "notice/三");
        MeasureRecord last = measure(bundle, "notice/三");
        assertThat(last.text()).doesNotContain("印发给你们").doesNotContain("各部门要");
        assertThat(from(bundle, LinkType.LEADS, "notice/三")).isEmpty();
    }
}
