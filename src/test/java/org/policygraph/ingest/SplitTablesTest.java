package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/**
 * Split tables (分解表) printed a row a line with '|' between cells and no 序号: a row names a quantity with its unit in
 * brackets ("新建城市书房(个)"), its total in the next cell, and may list each place's share ("东城街道3 西城街道4"); the
 * cells before the quantity are its group's (项目, 目标: merged over the group's rows, printed on its first), the cells
 * after the shares stand in the header's last columns. A row printing no names has them merged from the row above.
 * Plans of counties the vocabulary does not know, written for the tests.
 */
class SplitTablesTest {

    private static final SeedVocabulary VOCABULARY = VocabularyReader.read(SeedSource.directory(RealSeed.ROOT));

    private static final String NOTICE = """
            某县人民政府办公室关于印发2024年民生工程目标任务分解表的通知
            各乡镇人民政府，县级各部门：
            现将目标任务分解下达你们，请认真组织实施，确保目标任务全面完成。
            某县人民政府办公室
            2024年3月1日
            附件
            某县2024年民生工程目标任务分解表
            """;

    @Test
    void eachQuantityRowIsATaskAndItsTotalAndSharesAreItsTargets() {
        DocumentBundle bundle = SubmittedPlans.read("split", "2024年民生工程目标任务分解表", NOTICE + """
                项目 | 目标 | 分解情况 | 责任领导 | 责任单位 | 责任人 |
                文化惠民工程 | 丰富群众文化生活 | 新建城市书房（个） | 12 | 东城街道3 西城街道4 南湖镇5 | 王某某 | 县文旅局 | 李某 |
                改造乡镇综合文化站(个) | 6 | 南湖镇2、北山乡4 |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("新建城市书房（个）", "改造乡镇综合文化站(个)");
        assertThat(targets(bundle)).containsExactly(
                "新建城市书房 12 个", "新建城市书房 3 个", "新建城市书房 4 个", "新建城市书房 5 个",
                "改造乡镇综合文化站 6 个", "改造乡镇综合文化站 2 个", "改造乡镇综合文化站 4 个");
        // the 责任单位 cell merged over both rows; the persons (责任领导, 责任人) are no bodies
        for (MeasureRecord m : bundle.measures()) {
            assertThat(leads(bundle, m)).containsExactly("县文旅局");
        }
    }

    @Test
    void theColumnsMayComeInAnyOrderAndTheSharesMayBeMissing() {
        DocumentBundle bundle = SubmittedPlans.read("split", "2024年民生工程目标任务分解表", NOTICE + """
                类别 | 工作内容 | 分解数 | 牵头单位 | 配合单位 |
                住房保障 | 改造老旧小区（个） | 8 | 县住建局 | 县财政局 |
                新增保障性租赁住房(套) | 300 |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("改造老旧小区（个）", "新增保障性租赁住房(套)");
        assertThat(targets(bundle)).containsExactly("改造老旧小区 8 个", "新增保障性租赁住房 300 套");
        for (MeasureRecord m : bundle.measures()) {
            assertThat(leads(bundle, m)).containsExactly("县住建局");
        }
    }

    @Test
    void aBracketWithoutATotalAfterItOpensNoRow() {
        // "(含街道)" is followed by words, not a total: no quantity row; the table has no numbered row either
        DocumentBundle bundle = SubmittedPlans.read("split", "2024年民生工程目标任务分解表", NOTICE + """
                项目 | 目标 | 分解情况 | 责任单位 |
                文化惠民工程 | 各乡镇(含街道) | 全面完成 | 县文旅局 |
                """);
        assertThat(bundle.measures()).isEmpty();
        assertThat(bundle.indicators()).isEmpty();
    }

    @Test
    void aNumberedTableKeepsReadingRowsByTheirNumbers() {
        DocumentBundle bundle = SubmittedPlans.read("split", "2024年民生工程目标任务分解表", NOTICE + """
                序号 | 主要任务 | 年度目标 | 责任单位 |
                1 | 城镇新增就业(人) | 300 | 县人社局 |
                2 | 新建城市书房(个) | 12 | 县文旅局 |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::number).containsExactly("1", "2");
    }

    @Test
    void prosePrintingAQuantityBetweenPipesStaysText() {
        DocumentBundle bundle = SubmittedPlans.read("split", "2024年民生工程实施方案", """
                某县2024年民生工程实施方案
                一、主要任务
                1.扩大就业。城镇新增就业(人) | 300 | 东城街道100 西城街道200 |（牵头单位：县人社局）
                2.优化营商环境，压缩审批时限。（牵头单位：县财政局）
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::number).containsExactly("1", "2");
    }

    @Test
    void aTaskCountColumnGivesTheShareOfTheQuantityTheTaskNames() {
        // one cell a line; rows with no 任务数 print no cell for it; "12亿元/10亿元": one figure for each the task names
        DocumentBundle bundle = SubmittedPlans.read("split", "2024年政府工作报告重点工作责任分解", """
                某县2024年政府工作报告重点工作责任分解
                序号
                重点工作
                县本级
                任务数
                责任单位
                1
                地区生产总值增长6%。
                县发改局
                2
                固定资产投资增长8%左右。
                3%
                县发改局
                3
                争取上级专项资金5亿元以上、专项债额度9亿元。
                2亿元/4亿元
                县财政局
                """);
        assertThat(bundle.measures()).hasSize(3);
        assertThat(targets(bundle)).contains("固定资产投资 3 %", "争取上级专项资金 2 亿元", "专项债额度 4 亿元")
                .doesNotContain("地区生产总值 3 %");
        assertThat(leads(bundle, bundle.measures().get(0))).containsExactly("县发改局");
        assertThat(leads(bundle, bundle.measures().get(2))).containsExactly("县财政局");
    }

    @Test
    void aTargetColumnFigureOfAnotherUnitKeepsTheTasksName() {
        // the task states no figure in 个: the cell's figure is named by the task
        DocumentBundle bundle = SubmittedPlans.read("split", "2024年政府工作报告重点工作责任分解", """
                某县2024年政府工作报告重点工作责任分解
                序号
                重点工作
                任务数
                责任单位
                1
                新建城市书房，打造15分钟阅读圈。
                12个
                县文旅局
                2
                改造老旧小区。
                8个
                县住建局
                """);
        assertThat(targets(bundle)).contains("新建城市书房，打造15分钟阅读圈。 12 个", "改造老旧小区。 8 个");
    }

    @Test
    void aTableOfPlacesGivesEachPlaceItsShareOfTheQuantityItsHeaderNames() {
        // "乡镇 | 新种任务(亩) | 备注": no 序号 and no task column, a row a place; the 备注 cell is read as nothing, the
        // last row prints no empty 备注 cell; the notice's 印发 line stands above its 附件
        DocumentBundle bundle = SubmittedPlans.read("split", "某县2024年油茶种植任务分解表", """
                各乡镇人民政府，县直各单位：
                现将《某县2024年油茶种植任务分解表》下达给你们，请认真抓好落实，确保目标任务全面完成。
                附件：某县2024年油茶种植任务分解表
                某县油茶产业发展领导小组办公室
                2024年3月1日
                某县油茶产业发展领导小组办公室 2024年3月1日印发
                附件
                某县2024年油茶种植任务分解表
                乡镇 | 新种任务(亩) | 低改任务(亩) | 备注 |
                全县合计 | 3000 | 1200 | |
                东城镇 | 1800 | 500 | 含县林投公司任务800亩 |
                北山乡 | 1200 | 700
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly("全县合计", "东城镇", "北山乡");
        assertThat(targets(bundle)).containsExactly("全县合计新种任务 3000 亩", "全县合计低改任务 1200 亩",
                "东城镇新种任务 1800 亩", "东城镇低改任务 500 亩", "北山乡新种任务 1200 亩", "北山乡低改任务 700 亩");
        assertThat(bundle.indicators()).allSatisfy(r -> assertThat(r.year()).isEqualTo(2024));
    }

    @Test
    void aPlaceColumnBesideATaskColumnOnlyGroupsTheRows() {
        // a numbered table naming its task: the 乡镇 cell is no task text, the figures stand under their header
        DocumentBundle bundle = SubmittedPlans.read("split", "2024年民生工程目标任务分解表", NOTICE + """
                序号 | 乡镇 | 建设内容 | 计划投资(万元) | 责任单位 |
                1 | 东城镇 | 新建城市书房2个。 | 300 | 县文旅局 |
                2 | 北山乡 | 改造乡镇综合文化站。 | 120 | 县文旅局 |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("新建城市书房2个。", "改造乡镇综合文化站。");
    }

    private static List<String> targets(DocumentBundle bundle) {
        return bundle.indicators().stream().map(SplitTablesTest::target).toList();
    }

    private static String target(IndicatorRecord r) {
        double v = r.value();
        return r.name() + " " + (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + " " + r.unit();
    }

    private static List<String> leads(DocumentBundle bundle, MeasureRecord m) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        VOCABULARY.vocabulary().departments().forEach(d -> names.put(d.id(), d.name()));
        bundle.uncuratedBodies().forEach(b -> names.put(b.id(), b.name()));
        return SubmittedPlans.from(bundle, LinkType.LEADS, m.id()).stream()
                .map(id -> names.getOrDefault(id, id)).toList();
    }
}
