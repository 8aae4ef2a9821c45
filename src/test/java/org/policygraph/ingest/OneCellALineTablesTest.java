package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * Task tables copied from web pages print every cell on a line of its own: a grouping column (分块, 事项分类) whose
 * cells are empty or printed only on a group's first row, a responsibility cell of several names printed one name a
 * line. Their rows are still tasks with the right roles. The texts are written for the tests.
 */
class OneCellALineTablesTest {

    /** The packaged seed's endings of a body's name. */
    private static final BodyNameEndings ENDINGS = BodyNameEndings.read(SeedSource.classpath());

    private static DocumentBundle read(String title, String text) {
        return SubmittedPlans.read("list", title, text);
    }

    private static String generic(String phrase) {
        return VocabularyReader.genericActorId(phrase);
    }

    @Test
    void aBodiesCellClosedByDengBuMenDanWeiIsNoSecondTask() {
        // tuning/beilun-2024: a 配合单位 cell "…、区国有资产管理中心等部门、单位" (等部门、单位 only says the list is open) was
        // read as words, so it became a second task under the row's number
        DocumentBundle bundle = read("重点工作任务分解", """
                重点工作任务分解

                序号

                目标任务

                牵头单位

                配合单位

                1

                建成城市书房5家。

                区文化和旅游局

                区教育局、区财政局等部门、单位

                2

                改造提升农贸市场3家。

                区商务局

                区市场监督管理局等有关部门和单位,各街道
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("建成城市书房5家。", "改造提升农贸市场3家。");
    }

    @Test
    void aNoticesAnnexPrintedAfterItsSignatureIsATaskListWhoseGroupingColumnHoldsNoTask() {
        DocumentBundle bundle = read("重点工作责任清单", """
                某市人民政府办公室关于印发重点工作责任清单的通知
                各镇人民政府,市政府各部门:
                现将重点工作责任清单印发给你们,请认真抓好落实。
                附件:重点工作责任清单
                某市人民政府办公室
                2024年3月1日
                (此件公开发布)
                附件
                重点工作责任清单
                板块
                序号
                主要工作
                责任单位
                1
                推进重点项目开工建设
                ▲市发展改革委,市财政局,各镇乡(街道)
                2
                开展促消费活动
                市商务局,相关部门
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("推进重点项目开工建设", "开展促消费活动");
        String first = bundle.measures().get(0).id();
        String second = bundle.measures().get(1).id();
        // ▲ marks the lead of the list; the others share the task
        assertThat(from(bundle, LinkType.LEADS, first)).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, first)).containsExactlyInAnyOrder("wh-finance", generic("各镇乡(街道)"));
        // no sign: every body named leads
        assertThat(from(bundle, LinkType.LEADS, second)).containsExactlyInAnyOrder("wh-commerce", generic("相关部门"));
        assertThat(bundle.links()).allMatch(l -> l.source().quote().contains("市"));
        assertThat(bundle.uncuratedBodies()).isEmpty();
    }

    private static String uncurated(DocumentBundle bundle, String name) {
        return bundle.uncuratedBodies().stream().filter(b -> b.name().equals(name)).map(UncuratedBodyRecord::id)
                .findFirst().orElse("no uncurated body " + name);
    }

    @Test
    void cellsClosedByAPipeAColumnOfOfficialsAndAColumnOfNoKnownNameMakeAHeaderStill() {
        DocumentBundle bundle = read("重点工作责任清单", """
                重点工作责任清单
                序号 |
                重点工作 |
                责任领导 |
                责任单位 |
                进展情况 |
                1 |
                推进重点项目开工建设,全年新开工项目20个。 |
                张三 |
                招商服务部、市财政局 |
                已开工8个。 |
                2 |
                开展促消费活动。 |
                李四 |
                市商务局 |
                |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("推进重点项目开工建设,全年新开工项目20个。", "开展促消费活动。");
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        // 责任领导 names people: no column of bodies; the 进展情况 cell is no name and no task
        assertThat(from(bundle, LinkType.LEADS, rows.get(0)))
                .containsExactlyInAnyOrder(uncurated(bundle, "招商服务部"), "wh-finance");
        assertThat(from(bundle, LinkType.LEADS, rows.get(1))).containsExactly("wh-commerce");
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).containsExactly("招商服务部");
        assertThat(bundle.links()).noneMatch(l -> l.source().quote().contains("|"));
    }

    @Test
    void aHeaderClosingEachCellByAPipeLineBoundsTheCellsOfItsRowsSoACellMayRunOverLines() {
        // tuning/minhang-2023: every cell, the header's too, is closed by a '|' line; a cell broken over lines (the
        // bodies' column named with its remark on two more lines, a list of names one a line) is still one cell, and
        // the remark declares the sign of the lead ("加*号为牵头部门" without 的): the marked body leads, the others
        // of the row, the 责任街镇 too, take part
        DocumentBundle bundle = read("改造提升农贸市场", """
                类别
                |
                序号
                |
                任务名称
                |
                责任部门
                (加*号为牵头部门,
                其余为参与部门)
                |
                责任街镇
                |
                完成时间节点
                |
                (一)
                促进
                消费
                |
                1
                |
                开展促消费
                系列活动
                |
                市商务局*、
                市财政局
                |
                花桥街道
                |
                10月底
                |
                2
                |
                改造提升农贸市场3家
                |
                市商务局*
                |
                花桥街道、
                金口镇
                |
                12月底
                |
                """);
        assertThat(bundle.measures()).extracting(m -> m.text().replaceAll("\\s", ""))
                .containsExactly("开展促消费系列活动", "改造提升农贸市场3家");
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(from(bundle, LinkType.LEADS, rows.get(0))).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(0)))
                .containsExactlyInAnyOrder("wh-finance", uncurated(bundle, "花桥街道"));
        assertThat(from(bundle, LinkType.LEADS, rows.get(1))).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(1)))
                .containsExactlyInAnyOrder(uncurated(bundle, "花桥街道"), uncurated(bundle, "金口镇"));
    }

    @Test
    void aRemarkInBracketsBrokenOverLinesOfTheHeaderNamesNoColumnOfItsOwn() {
        // the bodies' column named with its remark on two more lines, no '|' lines: the remark's words (牵头, 参与)
        // name no columns, so the row's names are not shifted onto them; the remark declares the lead's sign
        DocumentBundle bundle = read("改造提升农贸市场", """
                序号
                工作任务
                责任部门
                (加*号为牵头部门,
                其余为参与部门)
                完成时限
                1
                开展促消费系列活动。
                市商务局*、市财政局
                10月底
                2
                改造提升农贸市场3家。
                市财政局*
                12月底
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("开展促消费系列活动。", "改造提升农贸市场3家。");
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(from(bundle, LinkType.LEADS, rows.get(0))).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(0))).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, rows.get(1))).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(1))).isEmpty();
    }

    @Test
    void aTableWithoutHeaderWhoseCellsAreSeparatedByPipeLinesIsReadByItsRowsShape() {
        // no header is printed: "|" lines separate a row's cells, none separates a row's last cell from the next
        // row's number; a chapter heading in a cell of a group's first row is no task, the office beside the task
        // leads it, persons and phone numbers are no one's role
        DocumentBundle bundle = read("稳定粮食生产", """
                1
                |
                一、稳定粮食生产
                |
                粮食播种面积稳定在50万亩以上。
                |
                法规科
                |
                张明
                |
                2024年底前
                |
                1234567
                2
                |
                建设高标准农田3万亩。
                |
                市财政局
                产业科
                |
                李强
                王芳
                |
                2024年底前
                |
                7654321
                7654322
                3
                |
                二、推进产业融合
                |
                培育龙头企业5家。
                |
                产业科
                |
                |
                2024年底前
                |
                1234567
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("粮食播种面积稳定在50万亩以上。", "建设高标准农田3万亩。", "培育龙头企业5家。");
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        String office = uncurated(bundle, "产业科");
        assertThat(from(bundle, LinkType.LEADS, rows.get(0))).containsExactly(uncurated(bundle, "法规科"));
        assertThat(from(bundle, LinkType.LEADS, rows.get(1))).containsExactlyInAnyOrder("wh-finance", office);
        assertThat(from(bundle, LinkType.LEADS, rows.get(2))).containsExactly(office);
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .containsExactlyInAnyOrder("法规科", "产业科");
        assertThat(bundle.links()).noneMatch(l -> l.type() == LinkType.SUPPORTS);
        // the deadline cell's year dates the figures of the row's task
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 3.0).extracting(IndicatorRecord::year)
                .containsExactly(2024);
    }

    @Test
    void numberedLinesWithoutPipeLinesBetweenTheirCellsAreNoHeaderlessTable() {
        // an outline of numbered items and bodies on lines of their own, no "|" line: no table is read from it
        DocumentBundle bundle = read("稳定粮食生产", """
                一、稳定粮食生产
                1
                粮食播种面积稳定在50万亩以上。
                市财政局
                2
                建设高标准农田3万亩。
                市财政局
                """);
        assertThat(bundle.measures()).noneMatch(m -> m.id().contains("任务表"));
    }

    @Test
    void aCellMergedOverRowsIsPrintedOnItsFirstRowOnlyAndHoldsForTheRowsUnderIt() {
        DocumentBundle bundle = read("文化工作任务分解表", """
                文化工作任务分解表
                序号
                指标
                工作任务
                完成时限
                责任领导
                责任股室
                (单位)
                1
                公共服务
                全年开展惠民演出不少于50场。
                12月底前
                王五
                市文化馆
                2
                开展送戏下乡活动。
                3
                市场监管
                开展专项检查4次以上。
                市商务局
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("全年开展惠民演出不少于50场。", "开展送戏下乡活动。", "开展专项检查4次以上。");
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        String museum = uncurated(bundle, "市文化馆");
        assertThat(from(bundle, LinkType.LEADS, rows.get(0))).containsExactly(museum);
        // row 2 prints only its task: group, deadline, official and names are row 1's merged cells
        assertThat(from(bundle, LinkType.LEADS, rows.get(1))).containsExactly(museum);
        assertThat(from(bundle, LinkType.LEADS, rows.get(2))).containsExactly("wh-commerce");
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).containsExactly("市文化馆");
    }

    @Test
    void aMergedGroupCellAndNamesOneALineAreReadByWhatTheCellsHold() {
        DocumentBundle bundle = read("民生实事任务分解方案", """
                民生实事任务分解方案
                序号
                事项分类
                事项名称
                项目内容
                牵头单位
                协同单位
                1
                促进消费工程
                办好促消费活动
                全年举办促消费活动20场。
                市商务局
                市财政局
                各街道
                2
                建设消费新场景
                新建消费新场景3个。
                市商务局
                /
                3
                稳定投资工程
                推进重点项目建设
                新开工重点项目10个。
                市发展改革委
                市财政局
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "办好促消费活动\n全年举办促消费活动20场。", "建设消费新场景\n新建消费新场景3个。",
                "推进重点项目建设\n新开工重点项目10个。");
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(from(bundle, LinkType.LEADS, rows.get(0))).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(0))).containsExactlyInAnyOrder("wh-finance",
                generic("各街道"));
        // row 2 prints no group cell (merged with row 1's) and "/" for no 协同单位
        assertThat(from(bundle, LinkType.LEADS, rows.get(1))).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(1))).isEmpty();
        assertThat(from(bundle, LinkType.LEADS, rows.get(2))).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(2))).containsExactly("wh-finance");
        assertThat(bundle.uncuratedBodies()).isEmpty();
    }

    @Test
    void namedTownsAndBrigadesAreBodiesAndAGroupingHeaderIsNoTaskColumn() {
        assertThat(ENDINGS.isBodyLike("东山街道")).isTrue();
        assertThat(ENDINGS.isBodyLike("西河镇")).isTrue();
        assertThat(ENDINGS.isBodyLike("区消防救援大队")).isTrue();
        ResponsibilityLabels labels = ResponsibilityLabels.read(SeedSource.directory(RealSeed.ROOT));
        assertThat(TableHeaders.headerColumns(labels, List.of("序号", "事项分类", "事项名称", "牵头单位"))).containsExactly(
                TableHeaders.Column.NUMBER, TableHeaders.Column.CATEGORY, TableHeaders.Column.TASK, TableHeaders.Column.LEAD);
        assertThat(TableHeaders.headerColumns(labels, List.of("分块", "序号", "主要工作", "责任单位"))).containsExactly(
                TableHeaders.Column.CATEGORY, TableHeaders.Column.NUMBER, TableHeaders.Column.TASK,
                TableHeaders.Column.RESPONSIBLE);
    }

    @Test
    void anAssessingColumnNamesBodiesWithoutARoleAndUnitCellsAreNoNames() {
        // a task list with a target's unit and value before the names, and the city's scoring department after them;
        // row 1 prints two responsible bureaus, one a line, then its scoring department
        DocumentBundle bundle = read("乡村振兴任务清单", """
                2021年某县乡村振兴任务清单
                考核项目
                序号
                考核指标
                考核内容
                单位
                年度目标
                责任部门
                评分部门

                农业高质高效
                1
                确保重要农产品有效供给
                农林牧渔业增加值增幅
                %
                ≥2%
                市商务局
                市财政局
                市发展改革委

                2
                粮食安全责任制
                -
                良好以上
                市财政局
                市发展改革委
                3
                粮食总产量
                亿斤
                0.0038
                市商务局
                市发展改革委
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("农林牧渔业增加值增幅", "粮食安全责任制", "粮食总产量");
        // every body of the 责任部门 leads; the 评分部门 scores and holds no role
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(0).id()))
                .containsExactlyInAnyOrder("wh-commerce", "wh-finance");
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(1).id())).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(2).id())).containsExactly("wh-commerce");
        assertThat(bundle.links()).noneMatch(l -> l.fromId().equals("wh-ndrc"));
    }

    @Test
    void namesOfACellSeparatedByASpaceAreBodiesOfTheirOwn() {
        // the line break between two names of a 责任单位 cell was lost in copying: a space is left between them
        DocumentBundle bundle = read("民生实事进展情况", """
                2023年区政府民生实事进展情况
                序号 |
                项目名称 |
                具体任务及目标 |
                牵头单位 |
                责任单位 |
                进展情况 |
                1 |
                公办教育资源扩容工程 |
                完成2所公办幼儿园建设。 |
                市商务局 |
                区国投集团 各有关乡镇(街道) |
                已完工。 |
                """);
        String task = bundle.measures().get(0).id();
        assertThat(from(bundle, LinkType.LEADS, task)).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, task))
                .containsExactlyInAnyOrder(uncurated(bundle, "区国投集团"), generic("各有关乡镇(街道)"));
    }

    @Test
    void aTableWithoutRowNumbersStartsARowAtAnItemFollowedByTheCellKindTheColumnAfterTheItemHolds() {
        DocumentBundle bundle = read("目标任务分解表", """
                附件
                某区2016年度目标任务分解表
                项 目
                分值
                目标任务
                监考单位
                经济发展
                地区生产总值增长率
                3
                年终综合考核
                区发改局区统计局
                社会消费品零售总额增长率
                3
                全社会固定资产投资额
                2
                186
                区发改委
                经济发展
                工业投资
                1
                52
                区经信局
                """);
        // no 序号: a row opens at words followed by a figure (its 分值); 经济发展 groups rows and is none
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "地区生产总值增长率\n年终综合考核", "社会消费品零售总额增长率", "全社会固定资产投资额\n186", "工业投资\n52");
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        // the 监考单位 cell glues two bodies and names no 牵头: both lead; a row printing no bodies shares the row
        // above's (a merged cell)
        assertThat(from(bundle, LinkType.LEADS, rows.get(0)))
                .containsExactlyInAnyOrder(uncurated(bundle, "区发改局"), uncurated(bundle, "区统计局"));
        assertThat(from(bundle, LinkType.LEADS, rows.get(1)))
                .containsExactlyInAnyOrder(uncurated(bundle, "区发改局"), uncurated(bundle, "区统计局"));
        assertThat(from(bundle, LinkType.LEADS, rows.get(3))).containsExactly(uncurated(bundle, "区经信局"));
        // the figures are read from the table by its columns: the 目标任务 figure, never the 分值 weight
        assertThat(bundle.indicators()).extracting(i -> i.value()).containsExactlyInAnyOrder(186.0, 52.0);
    }

    @Test
    void aTaskListWithoutRowNumbersStartsARowAtATaskFollowedByNames() {
        DocumentBundle bundle = read("重点工作清单", """
                重点工作清单
                工作任务
                责任单位
                完成时限
                推进重点项目开工建设
                市发展改革委
                2024年6月底前
                开展促消费活动
                市商务局、市财政局
                2024年底前
                """);
        // the column after the task holds names: a row opens at words followed by names, the deadline is none
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("推进重点项目开工建设", "开展促消费活动");
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(from(bundle, LinkType.LEADS, rows.get(0))).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.LEADS, rows.get(1))).containsExactlyInAnyOrder("wh-commerce", "wh-finance");
        assertThat(bundle.measures()).extracting(MeasureRecord::timeline).containsExactly("2024年6月底前", "2024年底前");
    }

    @Test
    void cellsOpenedByAPipeWithEachRowClosedByABarePipeAreRowsWhoseMissingCellsAreMergedFromAbove() {
        // a law-database page: one cell a line, each cell after a row's first opened by '|', each row closed by a bare
        // '|'; the 牵头单位 column is a merged cell printed once before its first row, down a narrow column two or three
        // characters a line, and the 责任单位 of the last rows is merged over them (those rows print the task only)
        DocumentBundle bundle = read("工作任务", """
                牵头单位
                | 工 作 任 务
                | 责 任 单 位
                |
                市发
                展改
                革委
                | 推进重点项目建设,加快项目开工
                | 市财政局、各区人民政府
                |
                开展招商引资活动
                | 市商务局
                |
                市教
                育局
                | 新建中小学校5所
                | 市财政局
                |
                改造老旧校舍
                |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "推进重点项目建设,加快项目开工", "开展招商引资活动", "新建中小学校5所", "改造老旧校舍");
        List<String> ids = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(from(bundle, LinkType.LEADS, ids.get(0))).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, ids.get(0))).containsExactlyInAnyOrder("wh-finance",
                generic("各区人民政府"));
        // the merged 牵头单位 goes on over the rows printing no cell of their own
        assertThat(from(bundle, LinkType.LEADS, ids.get(1))).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, ids.get(1))).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, ids.get(2))).containsExactly("wh-education");
        assertThat(from(bundle, LinkType.LEADS, ids.get(3))).containsExactly("wh-education");
        assertThat(from(bundle, LinkType.SUPPORTS, ids.get(3))).containsExactly("wh-finance");
        // every quote is the text as printed: the lead's, broken over its lines, too
        assertThat(bundle.links()).allSatisfy(l -> assertThat(l.source().quote()).isNotBlank());
        assertThat(bundle.links()).filteredOn(l -> l.toId().equals(ids.get(0)) && l.fromId().equals("wh-ndrc"))
                .extracting(l -> l.source().quote()).containsExactly("市发\n展改\n革委");
    }

    @Test
    void aColumnOfOfficialsBetweenTheTaskAndTheBodiesOfATableWithoutNumbersIsNoTask() {
        // 目标任务 / 责任领导 / 责任单位 one cell a line, no 序号: the official's name (a person) stands between the task
        // and the bodies, or is missing where that cell is merged over the rows; 一、 lines head groups of rows
        DocumentBundle bundle = read("目标任务责任分解", """
                附件
                目标任务责任分解
                目标任务
                责任领导
                责任单位
                一、主要预期指标
                1. 地区生产总值增长7%。
                张三
                市发展改革委、市统计局
                2. 一般公共预算收入增长5%。
                市财政局
                二、重点工作
                3. 推进重点项目建设。
                李四
                市商务局,各区人民政府等
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).hasSize(3)
                .allSatisfy(t -> assertThat(t).doesNotContain("张三").doesNotContain("李四").doesNotContain("、"));
        // the number printed before the task is the row's, not the task's text (its quote keeps it)
        assertThat(bundle.measures().get(0).text()).isEqualTo("地区生产总值增长7%。");
        assertThat(bundle.measures().get(0).source().quote()).startsWith("1. 地区生产总值增长7%。");
        assertThat(bundle.measures().get(2).text()).contains("推进重点项目建设");
        List<String> ids = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(from(bundle, LinkType.LEADS, ids.get(0))).containsExactlyInAnyOrder("wh-ndrc", "wh-stats");
        assertThat(from(bundle, LinkType.LEADS, ids.get(1))).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, ids.get(2))).containsExactlyInAnyOrder("wh-commerce",
                generic("各区人民政府"));
        // no target column: a row's figures are its task's
        assertThat(bundle.indicators()).anySatisfy(i -> {
            assertThat(i.ownerId()).isEqualTo(ids.get(0));
            assertThat(i.value()).isEqualTo(7.0);
        });
    }
    @Test
    void aTaskPrintedAsACardOfLabelledCellsIsATaskOfItsOwnAndTheNextCardAnother() {
        DocumentBundle bundle = read("具体任务", """
                具体任务
                扩大有效投资,全年新开工重点项目100个;加快推进项目建设。
                责任单位
                市发展改革委、市财政局
                配合单位
                各区人民政府
                完成时限
                12月底前
                具体任务
                开展促消费活动。
                责任单位
                市商务局
                完成时限
                全年推进
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "扩大有效投资,全年新开工重点项目100个;加快推进项目建设。", "开展促消费活动。");
        List<String> ids = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(from(bundle, LinkType.LEADS, ids.get(0))).containsExactlyInAnyOrder("wh-ndrc", "wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, ids.get(0))).containsExactly(generic("各区人民政府"));
        assertThat(from(bundle, LinkType.LEADS, ids.get(1))).containsExactly("wh-commerce");
    }
    @Test
    void aTaskPrintedAsAFormOfLabelledLinesIsReadAsACard() {
        // tuning/guangzhou-2023: a key task's page, each line "label: | value |", the last label's value on the next line
        DocumentBundle bundle = read("统筹违法建设治理", """
                重点工作: | 135.统筹违法建设治理,促进违法建设科学分类治理。 |
                牵头单位: | 市商务局 |
                年度阶段性工作目标: | 第一季度:完成工作任务20%以上。 第二季度:完成工作任务的50%以上。 |
                进展情况、存在问题 及下一步工作建议: |
                已完成。 全市治理违法建设2318.70万平方米。 |
                """);
        assertThat(bundle.measures()).singleElement().satisfies(m -> assertThat(m.text()).contains("统筹违法建设治理"));
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(0).id())).containsExactly("wh-commerce");
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(20.0, 50.0, 2318.70);
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 2318.70).singleElement()
                .as("the progress field's figures are what was done").satisfies(i -> assertThat(i.role())
                        .isEqualTo(IndicatorRole.ACTUAL));
    }

    @Test
    void aRowPrintingASecondTaskUnderMergedNumberAndNamesCellsHoldsTwoTasksOfTheSameBodies() {
        DocumentBundle bundle = read("民生实事目标任务分解表", """
                民生实事目标任务分解表
                序号
                民生实事
                责任单位
                完成时限
                1
                扩大有效投资,新开工重点项目100个。
                市发展改革委
                市财政局
                12月底前
                2
                开工建设老年养护楼。
                市商务局
                5月底前动工
                开工建设老年大学。
                12月底前
                3
                开展促消费活动。
                市财政局
                12月底前
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "扩大有效投资,新开工重点项目100个。", "开工建设老年养护楼。", "开工建设老年大学。", "开展促消费活动。");
        List<String> ids = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(from(bundle, LinkType.LEADS, ids.get(0))).containsExactlyInAnyOrder("wh-ndrc", "wh-finance");
        assertThat(from(bundle, LinkType.LEADS, ids.get(1))).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, ids.get(2))).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, ids.get(3))).containsExactly("wh-finance");
        assertThat(bundle.measures().get(2).timeline()).isEqualTo("12月底前");
    }

    @Test
    void aBodysRowsTakenFromALongerTableKeepThatTablesNumbersWithGapsAndGroupHeadingsBetween() {
        DocumentBundle bundle = read("重点工作任务分解表", """
                某区教育局重点工作任务分解表
                序号
                重点工作任务
                主要责任单位
                协同配合单位
                一、主要预期目标
                3
                固定资产投资增长7.5%左右。
                区发改委
                区教育局、区卫健委。
                二、扩投资、优服务
                三、惠民生、增福祉
                68
                推进学前教育普及普惠。
                区教育局
                区政府有关部门,各乡镇人民政府。
                69
                深化与某集团合作。
                区教育局
                区投资促进中心。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).hasSize(3)
                .anyMatch(t -> t.startsWith("推进学前教育")).anyMatch(t -> t.startsWith("深化与某集团"));
        String row68 = bundle.measures().get(1).id();
        assertThat(from(bundle, LinkType.SUPPORTS, row68))
                .containsExactlyInAnyOrder(generic("区政府有关部门"), generic("各乡镇人民政府"));
        assertThat(from(bundle, LinkType.SUPPORTS, bundle.measures().get(0).id())).hasSize(2);
    }
    @Test
    void aHeaderCellSpanningASecondHeaderLinePrintedAfterTheFirstGivesWayToItsCells() {
        // 责任单位 spans 牵头单位 and 配合单位, printed after the first line's last cell: the row's deadline falls under
        // 完成时限 only when they take its place
        DocumentBundle bundle = read("重点任务分工", """
                重点任务分工
                序号
                重点任务
                责任单位
                完成时限
                牵头单位
                配合单位
                1
                推进重点项目开工建设
                市发展改革委
                市财政局
                2024年6月底前
                2
                开展促消费活动
                市商务局
                市财政局
                2024年12月底前
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("推进重点项目开工建设", "开展促消费活动");
        String first = bundle.measures().get(0).id();
        String second = bundle.measures().get(1).id();
        assertThat(from(bundle, LinkType.LEADS, first)).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, first)).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, second)).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, second)).containsExactly("wh-finance");
        assertThat(bundle.measures()).extracting(MeasureRecord::timeline)
                .containsExactly("2024年6月底前", "2024年12月底前");
    }

    @Test
    void aTaskTableWhoseFirstRowPrintsAChapterHeadingAsItsGroupCellIsReadAsTheTable() {
        // the task column 具体任务分解 spans 工作内容 and 主要任务; the row's number "1" stands above "一、…": no
        // outline prints a bare number above its chapter heading, the 一、 is the grouping column's cell
        DocumentBundle bundle = read("重点工作任务", """
                重点工作任务
                序号
                重点工作
                具体任务分解
                完成时限
                牵头单位
                责任单位
                责任人
                工作
                内容
                主要任务
                1
                一、扩大有效投资
                1.重点项目
                新开工重点项目30个
                2024年12月底前
                市发展改革委
                市财政局、市商务局
                张某
                """);
        assertThat(bundle.measures()).hasSize(1);
        String row = bundle.measures().get(0).id();
        assertThat(bundle.measures().get(0).text()).contains("重点项目");
        assertThat(from(bundle, LinkType.LEADS, row)).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, row)).containsExactlyInAnyOrder("wh-finance", "wh-commerce");
    }
    @Test
    void groupsNumberedInWordsListTheirProjectsAsItemsEachWithItsOwner() {
        // a progress table of projects grouped by their lead: 一 / 二 number the groups, (一) (二) the projects, 1. 2.
        // the parts of one project; the 业主单位 beside each is responsible beside the group's lead (not where it is the
        // lead itself, or builds for it); the header's second line names the sub-columns of 本月进展情况
        DocumentBundle bundle = read("民生实事项目进度表", """
                民生实事项目进度表
                序号 |
                牵头单位 |
                项目数量 |
                项目名称 |
                业主单位 |
                本月进展情况 |
                ||
                前期手续 |
                施工进度 |
                ||||||
                一 |
                区城管局 |
                项目(2个) |
                (一)背街小巷改造项目(5条) |
                1.东风路 |
                区城投 |
                已完工 |
                |
                2.西湖路 |
                某某街道 |
                已完工 |
                |||||
                (二)井盖整治项目 |
                区城管局 区水投 |
                已完工 |
                |||||
                二 |
                市商务局 |
                项目(1个) |
                (一)农贸市场改造项目 |
                市商务局(区国投公司代建) |
                已开工 |
                ||
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "(一)背街小巷改造项目(5条)\n1.东风路\n2.西湖路", "(二)井盖整治项目",
                "(一)农贸市场改造项目");
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        String cityManagement = uncurated(bundle, "区城管局");
        assertThat(from(bundle, LinkType.LEADS, rows.get(0))).containsExactly(cityManagement);
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(0)))
                .containsExactlyInAnyOrder(uncurated(bundle, "区城投"), uncurated(bundle, "某某街道"));
        assertThat(from(bundle, LinkType.LEADS, rows.get(1))).containsExactly(cityManagement);
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(1))).containsExactly(uncurated(bundle, "区水投"));
        assertThat(from(bundle, LinkType.LEADS, rows.get(2))).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(2))).containsExactly(uncurated(bundle, "区国投公司"));
        assertThat(bundle.links()).noneMatch(l -> l.source().quote().contains("|"));
    }

    @Test
    void aLongResponsibilityCellWhoseCommaOnlyJoinsTheBodiesToTheGenericActors() {
        // the bodies listed with 、 and closed by 等单位, then after a comma the towns: names, however long the cell
        DocumentBundle bundle = read("目标责任清单", """
                某县主要目标责任清单
                序号 |
                指标名称 |
                单位 |
                2025年 |
                牵头单位 |
                责任单位 |
                1 |
                人均预期寿命 |
                岁 |
                ≥79.2 |
                县卫健局 |
                县文旅广体局、县烟草专卖局、市生态环境局某县分局、县农业农村局、县住建局、县城管局、县市场监管局、县发改局、县医保局、县民政局、县教育局、县应急局、县交警大队等单位,各乡镇人民政府 |
                2 |
                居民健康素养水平 |
                % |
                ≥31.5 |
                县卫健局 |
                县疾控中心,各乡镇人民政府 |
                """);
        assertThat(bundle.measures()).hasSize(2);
        String first = bundle.measures().get(0).id();
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .contains("县烟草专卖局", "市生态环境局某县分局", "县交警大队");
        List<String> roled = bundle.links().stream().filter(l -> l.toId().equals(first)
                && (l.type() == LinkType.LEADS || l.type() == LinkType.SUPPORTS)).map(l -> l.fromId()).toList();
        assertThat(roled).hasSizeGreaterThanOrEqualTo(15).contains(generic("各乡镇人民政府"));
    }

    @Test
    void aSupportCellClosedByBothKindsOfBodyAfterItsListNamesThoseBodiesAndStaysTheRowsCell() {
        // "等部门、单位" closes a list as 等单位 does; the cell is the row's 配合单位, not a second task. A zone before a
        // body ("高新区高新技术服务局") is the place the body is of, however alike the two parts open
        DocumentBundle bundle = read("重点工作分解", """
                某县重点工作分解
                序号
                工作任务
                牵头单位
                配合单位
                1
                建成智慧园区数据平台。
                高新区高新技术服务局
                县大数据中心、县国资运营公司等部门和单位
                2
                新改建农村公路40公里。
                县交通局
                县财政局等单位、部门,沿线各乡镇
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("建成智慧园区数据平台。", "新改建农村公路40公里。");
        String first = bundle.measures().get(0).id();
        String second = bundle.measures().get(1).id();
        assertThat(from(bundle, LinkType.LEADS, first)).containsExactly(uncurated(bundle, "高新区高新技术服务局"));
        assertThat(from(bundle, LinkType.SUPPORTS, first)).containsExactlyInAnyOrder(
                uncurated(bundle, "县大数据中心"), uncurated(bundle, "县国资运营公司"));
        assertThat(from(bundle, LinkType.SUPPORTS, second)).contains(uncurated(bundle, "县财政局"));
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .noneMatch(n -> n.contains("等") || n.equals("高新区"));
    }

    @Test
    void aSplitOfAHigherLevelsTasksNamesThatLevelsLeadOnALabelledLineOfTheRowAndGroupsItsRowsUnderHeadings() {
        // the task column's header carries a remark in brackets; each group of rows opens with a heading naming the
        // official in charge; a row's 责任单位 names the county's bodies and a labelled line the province's lead
        DocumentBundle bundle = read("任务责任分解", """
                某县承接省政府工作报告重点任务责任分解
                序号
                工作任务(本县承担5项配合任务)
                责任单位
                (一)王某副县长牵头任务
                1
                完善县域冷链物流网络,建设农产品产地仓。
                县商务局、县供销联社
                市级牵头单位:市商务局
                (二)赵某副县长牵头任务
                2
                推进中小学校舍改造。
                县教育局
                省牵头单位:省教育厅
                3
                开展农村饮用水水质提升行动。
                县水务局、县卫健局
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "完善县域冷链物流网络,建设农产品产地仓。", "推进中小学校舍改造。", "开展农村饮用水水质提升行动。");
        String first = bundle.measures().get(0).id();
        String second = bundle.measures().get(1).id();
        String third = bundle.measures().get(2).id();
        // the labelled body leads; the row's own bodies share the task
        assertThat(from(bundle, LinkType.LEADS, first)).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, first)).containsExactlyInAnyOrder(
                uncurated(bundle, "县商务局"), uncurated(bundle, "县供销联社"));
        assertThat(from(bundle, LinkType.LEADS, second)).containsExactly(uncurated(bundle, "省教育厅"));
        assertThat(from(bundle, LinkType.SUPPORTS, second)).containsExactly(uncurated(bundle, "县教育局"));
        // no label: the row's bodies lead, as a 责任单位 column's do
        assertThat(from(bundle, LinkType.LEADS, third)).containsExactlyInAnyOrder(
                uncurated(bundle, "县水务局"), uncurated(bundle, "县卫健局"));
        assertThat(bundle.links()).noneMatch(l -> l.source().quote().contains("副县长"));
    }
}
