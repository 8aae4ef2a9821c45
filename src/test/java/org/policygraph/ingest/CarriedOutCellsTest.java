package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/**
 * Task tables of open-government division plans (政务公开重点工作任务分工) copied from web pages one cell a line, whose
 * unit cells say who carries each task out with a verb: "X牵头落实;Y、Z按职责分工分别落实", "X、Y分别牵头落实". The texts
 * are written for the tests.
 */
class CarriedOutCellsTest {

    private static DocumentBundle read(String title, String text) {
        return SubmittedPlans.read("carried", title, text);
    }

    /** An excerpt of a division table, one cell a line, that holds its first row only: its cell of bodies is given. */
    private static DocumentBundle firstRowOnly(String bodies) {
        return read("某市政务公开重点工作任务分工", """
                某市政务公开重点工作任务分工

                工作任务

                具体要求

                责任单位

                时限要求

                一、做好重点领域信息公开

                (一)做好助推高质量发展信息公开

                1.推进重大项目信息公开

                动态公开项目推进落实情况,积极推广工作经验和实际案例。

                %s
                """.formatted(bodies));
    }

    @Test
    void anExcerptHoldingATablesFirstRowOnlyStillReadsThatRow() {
        assertLedByNdrcSupportedByFinance(firstRowOnly("市发展改革委牵头落实;市财政局、市统计局按职责分工分别落实"));
    }

    @Test
    void anExcerptHoldingATablesFirstRowOnlyWithALongCellOfBodiesStillReadsThatRow() {
        assertLedByNdrcSupportedByFinance(firstRowOnly("市发展改革委牵头落实;市财政局、市统计局、市商务局、市教育局、市民政局、"
                + "市科技局、市人力资源社会保障局、市城乡建设局、市交通运输局、市水务局、市农业农村局、市文化和旅游局按职责分工分别落实"));
    }

    @Test
    void aSecondParagraphOfTheCellNamingTheTownsByTheirAlternativesCarriesItOutToo() {
        DocumentBundle bundle = firstRowOnly("市发展改革委牵头落实;市财政局、市统计局按职责分工分别落实\n\n各镇(街区)分别落实");
        assertLedByNdrcSupportedByFinance(bundle);
        assertThat(from(bundle, LinkType.SUPPORTS, bundle.measures().get(0).id()))
                .contains(VocabularyReader.genericActorId("各镇(街区)"));
    }

    private static void assertLedByNdrcSupportedByFinance(DocumentBundle bundle) {
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly("推进重大项目信息公开");
        String first = bundle.measures().get(0).id();
        assertThat(from(bundle, LinkType.LEADS, first)).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, first)).contains("wh-finance");
    }

    @Test
    void theVerbClosingAListOfBodiesIsNoPartOfItsLastName() {
        DocumentBundle bundle = read("某市政务公开重点工作任务分工", """
                某市政务公开重点工作任务分工
                工作任务
                具体要求
                责任单位
                时限要求
                1.推进重大项目信息公开
                动态公开项目推进落实情况。
                市发展改革委牵头落实;市财政局、市商务局按职责分工分别落实
                6月底前
                2.推进财政预决算公开
                按时公开预决算。
                市财政局负责落实
                持续推进
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("推进重大项目信息公开", "推进财政预决算公开");
        String first = bundle.measures().get(0).id();
        assertThat(from(bundle, LinkType.LEADS, first)).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, first)).containsExactlyInAnyOrder("wh-finance", "wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(1).id())).containsExactly("wh-finance");
        assertThat(bundle.uncuratedBodies()).isEmpty();
    }

    @Test
    void aHeaderWhoseFirstCellIsBrokenOverTwoLinesOverGroupHeadingsAndUnnumberedRowsIsATable() {
        DocumentBundle bundle = read("某市政务公开工作要点实施方案", """
                某市政务公开工作要点实施方案
                目标
                任务
                主要内容
                责任单位
                一、以政务公开助力稳增长
                (一)加强预期引导
                围绕全市经济社会发展形势,通过新闻发布会等形式及时宣传解读。
                市发展改革委牵头落实
                围绕稳健中性的货币政策,加强金融政策信息公开。
                市财政局、市商务局分别牵头落实
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "围绕全市经济社会发展形势,通过新闻发布会等形式及时宣传解读。", "围绕稳健中性的货币政策,加强金融政策信息公开。");
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(0).id())).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(1).id()))
                .containsExactlyInAnyOrder("wh-finance", "wh-commerce");
        assertThat(bundle.links()).noneMatch(l -> l.type() == LinkType.SUPPORTS);
    }

    @Test
    void aTablePrintedOneCellALineGoesOnUnderAGroupHeadingWithItsHeaderAgainAndRowsNumberedFromOne() {
        DocumentBundle bundle = read("目标任务分解清单", """
                目标任务分解清单
                一、区长牵头重点工作
                序号
                目标任务
                牵头单位
                配合单位
                1
                一般公共预算收入增速与经济增长同步
                市财政局
                市税务局
                2
                推进“乡债县管”
                市财政局
                各镇(街道)
                二、常务副区长牵头重点工作
                序号
                目标任务
                牵头单位
                配合单位
                1
                地区生产总值增长6%左右
                市发展改革委
                市统计局
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "一般公共预算收入增速与经济增长同步", "推进“乡债县管”", "地区生产总值增长6%左右");
        String third = bundle.measures().get(2).id();
        assertThat(from(bundle, LinkType.LEADS, third)).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, third)).containsExactly("wh-stats");
        assertThat(from(bundle, LinkType.SUPPORTS, bundle.measures().get(1).id())).hasSize(1)
                .noneMatch(id -> id.startsWith("wh-"));
    }
}
