package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/** Facts checked by hand against the source texts (line numbers refer to graph-seed/sources). */
class SpotFactsTest {

    @Test
    void annex003Row3IsLedByMunicipalCommerceBureauAndSupportedByNdrcAndCcpit() {
        assertEquals(List.of("wh-commerce"), RealSeed.fromIds(RealSeed.linksTo("003/附件-3", LinkType.LEADS)));
        assertEquals(List.of("wh-ndrc", "wh-ccpit"), RealSeed.fromIds(RealSeed.linksTo("003/附件-3",
                LinkType.SUPPORTS)));
    }

    @Test
    void annex003Row12IsCoLedByCommerceAndStatisticsBureausAndSupportedBySafeHubei() {
        assertEquals(List.of("wh-commerce", "wh-stats"), RealSeed.fromIds(RealSeed.linksTo("003/附件-12",
                LinkType.LEADS)));
        assertEquals(List.of("safe-hubei"), RealSeed.fromIds(RealSeed.linksTo("003/附件-12", LinkType.SUPPORTS)));
    }

    @Test
    void annex003Row7IsLedByEconomyAndInformationCommissionWithNoSupporters() {
        assertEquals(List.of("wh-eitc"), RealSeed.fromIds(RealSeed.linksTo("003/附件-7", LinkType.LEADS)));
        assertTrue(RealSeed.linksTo("003/附件-7", LinkType.SUPPORTS).isEmpty());
        assertEquals("2016年下半年启动", RealSeed.measure("003/附件-7").timeline());
    }

    @Test
    void annex003Row9IsLedByWuhanCustoms() {
        assertEquals(List.of("wuhan-customs"), RealSeed.fromIds(RealSeed.linksTo("003/附件-9", LinkType.LEADS)));
        assertEquals(List.of("hubei-ciq", "wh-finance-office"),
                RealSeed.fromIds(RealSeed.linksTo("003/附件-9", LinkType.SUPPORTS)));
    }

    @Test
    void annex003Row22WithoutLeadOrSupportMarksIsLedByBothNamedBureaus() {
        assertEquals(List.of("wh-culture", "wh-sports"), RealSeed.fromIds(RealSeed.linksTo("003/附件-22",
                LinkType.LEADS)));
    }

    @Test
    void annex003Row1KeepsThePlaceholderAllRelevantDepartmentsAsAGenericSupporter() {
        assertEquals(List.of("wh-gov-office"), RealSeed.fromIds(RealSeed.linksTo("003/附件-1", LinkType.LEADS)));
        var supporters = RealSeed.linksTo("003/附件-1", LinkType.SUPPORTS);
        assertEquals(List.of(VocabularyReader.genericActorId("各相关部门")), RealSeed.fromIds(supporters));
        assertEquals("市人民政府办公厅牵头,各相关部门配合", supporters.get(0).source().quote());
    }

    @Test
    void annex003Row33ListsTheEconomicZoneTwiceButSupportsOnce() {
        List<String> supporters = RealSeed.fromIds(RealSeed.linksTo("003/附件-33", LinkType.SUPPORTS));
        assertEquals(1, supporters.stream().filter("wedz-admin"::equals).count());
    }

    @Test
    void roleLinkQuoteIsTheRawCellWithoutParagraphTags() {
        LinkRecord lead = RealSeed.linksTo("003/附件-14", LinkType.LEADS).get(0);
        assertEquals("科技局牵头,市发展改革委、市商务局、市金融工作局,武汉东湖新技术开发区、武汉经济技术开发区管委会等配合",
                lead.source().quote());
        assertEquals("wh-sci", lead.fromId());
    }

    @Test
    void mofcomIsNeverAliasedToTheMunicipalCommerceBureau() {
        DepartmentResolver resolver = new DepartmentResolver(RealSeed.reader().seedVocabulary(), "武汉市");
        assertEquals("mofcom", resolver.resolve("商务部").orElseThrow());
        assertEquals("wh-commerce", resolver.resolve("商务局").orElseThrow());
        assertEquals("wh-commerce", resolver.resolve("市商务局等").orElseThrow());
        assertTrue(RealSeed.linksTo("001/三", LinkType.COORDINATES).stream()
                .anyMatch(l -> l.fromId().equals("mofcom")));
        for (String id : List.of("001", "002", "003", "004")) {
            assertFalse(RealSeed.bundle(id).links().stream()
                    .anyMatch(l -> l.fromId().equals("wh-commerce") && l.source().quote().startsWith("商务部")));
        }
    }

    @Test
    void task002Number3ContinuesAcrossThePageBreakAtLine17() {
        MeasureRecord task = RealSeed.measure("002/二(一)3");
        assertEquals("提升国际建筑服务能级", task.title());
        assertTrue(task.text().contains("建立武汉设计海外联盟"), task.text());
        assertTrue(task.source().quote().contains("建立\n\n武汉设计海外联盟"));
        assertTrue(task.source().quote().startsWith("**3.** 提升国际建筑服务能级"));
    }

    @Test
    void task002Number15EndsAfterThePageBreakAtLine50() {
        MeasureRecord task = RealSeed.measure("002/二(五)15");
        assertTrue(task.text().endsWith("骨干型企业200家、成长型企业500家。"), task.text());
    }

    @Test
    void box004Item3StartsMidLineAfterItem2AndKeepsItsContinuationLine() {
        assertTrue(RealSeed.measure("004/专栏4-2").text().endsWith("酒吧一条街项目。"));
        MeasureRecord item3 = RealSeed.measure("004/专栏4-3");
        assertEquals("推动住宿业平稳快速发展", item3.title());
        assertTrue(item3.text().endsWith("做好住宿业行业协会建设指导,促进行业自治。"), item3.text());
        assertTrue(item3.source().quote().startsWith("3.推动住宿业"));
        assertEquals("促进家政服务业提质扩容", RealSeed.measure("004/专栏4-4").title());
    }

    @Test
    void leadIn004PrintedWithADashAndABulletIsATaskAndItsLaterParagraphStaysWithIt() {
        MeasureRecord hardware = RealSeed.measure("004/四(八)—4");
        assertEquals("切实提升硬件设施水平", hardware.title());
        assertTrue(hardware.text().contains("构建\"1+1+N\"的会展场馆布局"), hardware.text());
        assertEquals("培育壮大会展市场主体", RealSeed.measure("004/四(八)—3").title());
        assertEquals("努力营造优质办展环境", RealSeed.measure("004/四(八)—1").title());
    }

    @Test
    void table001RowsAtColumnZeroAndWithATrailingTabAreRead() {
        assertEquals("争取将武汉市纳入数字人民币试点。", RealSeed.measure("001/表1-27").text());
        assertTrue(RealSeed.measure("001/表3-18").text().startsWith("建设“人工智能”头雁城市"));
    }

    @Test
    void table001Row11OfTable5LosesTheCopyOfRow13TheOcrAppended() {
        assertEquals("加强对金融开放政策措施所涉业务数据的监测和运用，排查和防范风险。",
                RealSeed.measure("001/表5-11").text());
        assertTrue(RealSeed.measure("001/表5-13").text().startsWith("坚持金融业务持牌经营要求"));
    }

    @Test
    void table001RowsRestateTheBodyTaskThatContainsThem() {
        assertEquals(List.of("001/二(一)1"), RealSeed.toIds(RealSeed.linksFrom("001/表1-1", LinkType.RESTATES)));
        assertEquals(List.of("001/二(一)2"), RealSeed.toIds(RealSeed.linksFrom("001/表1-20", LinkType.RESTATES)));
        assertEquals(List.of("001/二(三)10"), RealSeed.toIds(RealSeed.linksFrom("001/表3-14", LinkType.RESTATES)));
        assertEquals(List.of("001/二(五)16"), RealSeed.toIds(RealSeed.linksFrom("001/表5-13", LinkType.RESTATES)));
        assertEquals(90, RealSeed.bundle("001").links().stream().filter(l -> l.type() == LinkType.RESTATES).count());
    }

    @Test
    void annex003RowsRestateTheBodySectionTheyCopy() {
        assertEquals(List.of("003/二(一)"), RealSeed.toIds(RealSeed.linksFrom("003/附件-1", LinkType.RESTATES)));
        assertEquals(List.of("003/三(九)"), RealSeed.toIds(RealSeed.linksFrom("003/附件-26", LinkType.RESTATES)));
        assertEquals(List.of("003/四(二)"), RealSeed.toIds(RealSeed.linksFrom("003/附件-30", LinkType.RESTATES)));
        assertEquals(List.of("003/四(七)"), RealSeed.toIds(RealSeed.linksFrom("003/附件-40", LinkType.RESTATES)));
    }

    @Test
    void biolakeMentionIsNotAlsoReadAsOpticsValley() {
        List<String> parks = RealSeed.toIds(RealSeed.linksFrom("001/表3-10", LinkType.CONCERNS));
        assertEquals(List.of("biolake"), parks);
        assertTrue(RealSeed.linksFrom("001/表3-10", LinkType.CONCERNS).get(0).source().quote()
                .contains("光谷生物城"));
    }

    @Test
    void externalCitationsOf002AreIdentifiedByTheirDocumentNumber() {
        var bundle = RealSeed.bundle("002");
        assertTrue(bundle.citedDocuments().stream().anyMatch(d -> d.id().equals("ext/国办发〔2024〕44号")
                && d.external()));
        assertTrue(bundle.links().stream().anyMatch(l -> l.type() == LinkType.IMPLEMENTS && l.fromId().equals("002")
                && l.toId().equals("ext/国办发〔2024〕44号")));
    }

    @Test
    void headingsKeepTheirPrintedLabelAndLoseTheirMarkup() {
        var section = RealSeed.section("003/二(五)");
        assertEquals("(五)", section.label());
        assertEquals("提升服务贸易便利化水平", section.title());
        assertEquals("003/二", section.parentId());
        assertEquals("指导思想", RealSeed.section("001/一(一)").title());
    }
}
