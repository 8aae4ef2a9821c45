package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.TargetComparator;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * Tables printed one row a line with spaces between the cells, as web pages copied to text print them: a row whose
 * long cell (a 责任单位 naming several bodies) goes on one name a line below it, the cells after it following on
 * lines of their own, and group headings (二、… ⏎ （一）…) between rows. Texts written for the tests.
 */
class SpacedTableRowsTest {

    private static final String TITLE = "某区2025年政府工作报告目标任务上半年推进情况汇总表";
    private static final SeedVocabulary VOCABULARY = VocabularyReader.read(SeedSource.directory(RealSeed.ROOT));

    private static DocumentBundle read(String text) {
        return SubmittedPlans.read("spaced-rows", TITLE, TITLE + "\n" + text);
    }

    @Test
    void aCellOfNamesContinuedOnLinesOfItsOwnKeepsTheTableOpen() {
        DocumentBundle bundle = read("""
                序号 目标任务 责任单位 上半年推进情况
                一、主要预期目标
                1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。
                2 第一产业增加值增长5%。 区农业农村委
                区林业局
                区供销联社
                第一产业增加值同比增长3.4%。
                3 固定资产投资增长10%。 区发展改革委 固定资产投资同比增长5.1%。
                二、重点工作
                (一)更大力度推动科技创新
                4 实施创新平台建设行动,启动创建科技型企业孵化器。 区科技局 全面启动孵化器创建工作。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly("地区生产总值增长6%以上。",
                "第一产业增加值增长5%。", "固定资产投资增长10%。", "实施创新平台建设行动,启动创建科技型企业孵化器。");
        MeasureRecord second = bundle.measures().get(1);
        assertThat(names(bundle, LinkType.LEADS, second)).containsExactlyInAnyOrder("区农业农村委", "区林业局", "区供销联社");
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 3.4).singleElement().satisfies(i -> {
            assertThat(i.comparator()).isEqualTo(TargetComparator.ACTUAL);
            assertThat(i.ownerId()).isEqualTo(second.id());
        });
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 10.0).singleElement()
                .extracting(IndicatorRecord::comparator).isNotEqualTo(TargetComparator.ACTUAL);
        assertThat(names(bundle, LinkType.LEADS, bundle.measures().get(3))).containsExactly("区科技局");
    }

    @Test
    void aParagraphAfterARowPrintingAllItsCellsEndsTheTableEvenWhenANumberedLineFollows() {
        DocumentBundle bundle = read("""
                序号 目标任务 责任单位 上半年推进情况
                1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。
                各单位要按季度报送进展情况。
                2 联系人：张某某 电话：1234567。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly("地区生产总值增长6%以上。");
    }

    @Test
    void cellsBrokenWhereThePageWrappedThemAreJoinedBackAndTwoSpacesEncloseAnEmptyCell() {
        // one space between cells, as between the pieces of a cell the page wrapped ("加强水资源保 护"); row 2's 类别 is
        // merged with row 1's (two spaces). The bodies' columns take the cells that read as names.
        DocumentBundle bundle = SubmittedPlans.read("spaced-rows", "某市全面推行河长制主要任务分解表", """
                某市全面推行河长制主要任务分解表
                序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位
                1 加强水资源保 护 严守水资源控制红线 实施水资源消耗总量和强度双控行动。 市水利局 市发展改革委、住房和城乡建设局等 各县(市、区)党委和人民政府,高新区党工委和管委会
                2  严守用水 效率控制 红线 落实用水效率评估体系。到2020年,用水量下降24%。 市水利局 市发展改革委、工业和信息化委 各县(市、区)党委和人民政府
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).hasSize(2).satisfiesExactly(
                t -> assertThat(t).startsWith("严守水资源控制红线").contains("实施水资源消耗总量").doesNotContain("护"),
                t -> assertThat(t).contains("严守用水").contains("红线").contains("落实用水效率评估体系"));
        MeasureRecord first = bundle.measures().get(0);
        assertThat(names(bundle, LinkType.LEADS, first)).containsExactly("市水利局");
        assertThat(names(bundle, LinkType.SUPPORTS, first)).filteredOn(n -> !n.startsWith("generic-"))
                .containsExactlyInAnyOrder("市发展改革委", "住房和城乡建设局", "高新区党工委和管委会");
        assertThat(bundle.recognisedGenericActors()).anySatisfy(a -> assertThat(a.name()).endsWith("党委和人民政府"));
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .doesNotContain("人民政府", "管委会", "高新区党工委");
        MeasureRecord second = bundle.measures().get(1);
        assertThat(names(bundle, LinkType.SUPPORTS, second)).contains("工业和信息化委");
    }

    @Test
    void aHeaderWhoseCellsAreBrokenOverLinesStillOpensTheTable() {
        // the header's cells wrapped where the page broke them ("责任" ⏎ "单位", "完成额度" ⏎ "(万元)"), a 合计 row
        // whose figures wrapped too, a group row, then the numbered rows
        DocumentBundle bundle = read("""
                序号 项目名称 年度目标任务 计划投资(万元) 责任
                单位
                进展情况 投资完成情况 备注
                完成额度
                (万元)
                占比
                合计 5200
                1300.5 25.0
                一、区级民生实事
                1 改造老旧小区 改造老旧小区30个。 4000 区住建局 已开工12个。 1000 25.0
                2 新建公共厕所 新建公共厕所20座。 1200 区城管局 已完成选址。 300.5 25.0
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "改造老旧小区\n改造老旧小区30个。", "新建公共厕所\n新建公共厕所20座。");
        assertThat(names(bundle, LinkType.LEADS, bundle.measures().get(0))).containsExactly("区住建局");
        assertThat(names(bundle, LinkType.LEADS, bundle.measures().get(1))).containsExactly("区城管局");
    }

    @Test
    void aProgressTableOfATownReadsItsProjectsAndWhoLeadsThem() {
        // a town's progress table: 存在问题 and 下一步工作措施 comment on the row (the project is 实事项目's), 责任领导 are
        // persons whose two-character names are padded to three ("李  明": no empty cell between 李 and 明), a cell
        // "项目已完工。" that holds 项目 opens no header, and the page's text ends inside the last row's cells, printed
        // one a line below it
        DocumentBundle bundle = SubmittedPlans.read("town-progress", "2023年某镇民生实事项目推进情况", """
                2023年某镇民生实事项目推进情况

                序号 实事项目 年度目标 目前进度 下一步工作措施 存在问题 责任领导 牵头部门
                1 背街小巷改造项目 改造背街小巷12条,提升居住环境。 项目已完工。 / / 李  明 镇建设条线
                2 便民服务点建设项目 新建便民服务点3个。 已完成选址。 准备开工建设。 / 张  华 镇民政条线、东街社区
                3 “小微公园”建设项目 在西街社区建成小微公园一个。 项目已完工。 / / 王晓东
                赵  刚
                镇城管条线、西街社区
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("背街小巷改造项目", "便民服务点建设项目", "“小微公园”建设项目");
        assertThat(names(bundle, LinkType.LEADS, bundle.measures().get(0))).containsExactly("镇建设条线");
        assertThat(names(bundle, LinkType.LEADS, bundle.measures().get(1)))
                .containsExactlyInAnyOrder("镇民政条线", "东街社区");
        assertThat(names(bundle, LinkType.LEADS, bundle.measures().get(2)))
                .containsExactlyInAnyOrder("镇城管条线", "西街社区");
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(12.0, 3.0);
    }

    @Test
    void aDateClosingThePageAfterAShortLastRowIsNoCellOfIt() {
        // the lines after a short last row go on with it only where the text ends with them as cells: a date (or a
        // sentence) among them is the page's closing, no cell of the row
        for (String closing : List.of("2023年12月31日", "以上项目由镇政府统筹推进。")) {
            SourceText marked = new SourceText("closing", """
                    序号 实事项目 年度目标 目前进度 责任领导 牵头部门
                    1 背街小巷改造项目 改造背街小巷12条。 项目已完工。 李  明 镇建设条线
                    2 便民服务点建设项目 新建便民服务点3个。 已完成选址。
                    张  华
                    """ + closing + "\n").withTablesMarked(
                    cells -> TableHeaders.isPipeTableHeader(VOCABULARY.responsibilityLabels(), cells),
                    cells -> TableHeaders.isSpacedTableHeader(VOCABULARY.responsibilityLabels(), cells));
            assertThat(marked.line(3).spaceRow()).as("the short row").isTrue();
            assertThat(marked.line(4).spaceRow()).as("a line after it, then " + closing).isFalse();
            assertThat(marked.line(5).spaceRow()).isFalse();
        }
        SourceText ending = new SourceText("ending", """
                序号 实事项目 年度目标 目前进度 责任领导 牵头部门
                1 背街小巷改造项目 改造背街小巷12条。 项目已完工。 李  明 镇建设条线
                2 便民服务点建设项目 新建便民服务点3个。 已完成选址。
                张  华
                镇民政条线
                """).withTablesMarked(
                cells -> TableHeaders.isPipeTableHeader(VOCABULARY.responsibilityLabels(), cells),
                cells -> TableHeaders.isSpacedTableHeader(VOCABULARY.responsibilityLabels(), cells));
        assertThat(ending.line(4).spaceRow()).as("the row's cells, the text ending with them").isTrue();
        assertThat(ending.line(5).spaceRow()).isTrue();
    }

    private static List<String> names(DocumentBundle bundle, LinkType type, MeasureRecord m) {
        Map<String, String> names = new HashMap<>();
        VOCABULARY.vocabulary().departments().forEach(d -> names.put(d.id(), d.name()));
        bundle.uncuratedBodies().forEach(b -> names.put(b.id(), b.name()));
        return SubmittedPlans.from(bundle, type, m.id()).stream().map(id -> names.getOrDefault(id, id)).toList();
    }
}
