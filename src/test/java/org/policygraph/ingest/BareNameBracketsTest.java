package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;

/**
 * A task closed by a bracket of bare names, no label and no verb: "地区生产总值增长7%以上。（市发展改革委，各县〔市、区〕
 * 政府）" (notices that name the 责任单位 of a work report's tasks). Every body named leads. Only a bracket that closes
 * its line and holds nothing but names, each known, generic or a body's name opening with its level, is such a note;
 * examples, scope lists, abbreviations and places in brackets are not. The plans here are written for the test.
 */
class BareNameBracketsTest {

    private static final String TITLE = "某市人民政府办公室关于明确重点工作责任单位的通知";

    private static DocumentBundle plan(String text) {
        return SubmittedPlans.read("plan", TITLE, TITLE + "\n" + text);
    }

    @Test
    void aBracketOfBareNamesClosingATaskMakesEveryNameLead() {
        DocumentBundle bundle = plan("""
                一、主要预期目标分解
                1.地区生产总值增长7%以上。(市发展改革委,各县〔市、区〕政府)
                2.一般公共预算收入增长5%以上。（市财政局、市税务局）
                3.建设智慧停车场3个（市城管局，各区人民政府）。
                4.居民人均可支配收入与经济增长基本同步。(市人力资源社会保障局、农业农村局,各县〔市、区〕政府)
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).hasSize(2).contains("wh-ndrc");
        assertThat(from(bundle, LinkType.LEADS, "plan/一1"))
                .contains(VocabularyReader.genericActorId("各县〔市、区〕政府"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).hasSize(2).contains("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "plan/一3")).hasSize(2)
                .contains(VocabularyReader.genericActorId("各区人民政府"));
        // a name after 、 may leave out the level of the name before it
        assertThat(from(bundle, LinkType.LEADS, "plan/一4")).hasSize(3).contains("wh-hrss");
        assertThat(bundle.links()).filteredOn(l -> l.toId().equals("plan/一1"))
                .extracting(l -> l.source().quote()).containsOnly("(市发展改革委,各县〔市、区〕政府)");
    }

    /**
     * A department splitting its tasks among its own divisions names them without a level, in a bracket after the task's
     * last sentence (tuning text jiangsu-2007-labour-department-target-task-split: "城镇登记失业率控制在4%。 (就业处、就管中心)");
     * a name so read is a body of the document when a later bracket names it alone ("(就管中心)"). Not before the
     * sentence's end, and not a bracket without a division's name.
     */
    @Test
    void aDepartmentsOwnDivisionsAfterATaskLeadIt() {
        DocumentBundle bundle = plan("""
                一、目标分解
                5.城镇居民人均可支配收入增长9%。 (工资处、就管中心)
                7.城镇登记失业率控制在4%。 (就业处、就管中心)
                8.新增农村劳动力转移50万人。 (就管中心)
                9.建设检测站3个(规划处)。
                10.提升检验检测能力。（检测中心、计量所）
                """);
        assertThat(bundle.uncuratedBodies()).extracting(b -> b.name()).contains("工资处", "就业处", "就管中心");
        assertThat(from(bundle, LinkType.LEADS, "plan/一5")).hasSize(2);
        assertThat(from(bundle, LinkType.LEADS, "plan/一7")).hasSize(2);
        assertThat(from(bundle, LinkType.LEADS, "plan/一8")).hasSize(1);
        assertThat(from(bundle, LinkType.LEADS, "plan/一9")).isEmpty();
        assertThat(from(bundle, LinkType.LEADS, "plan/一10")).isEmpty();
    }

    @Test
    void examplesScopesAbbreviationsAndPlacesInBracketsAreNoRoles() {
        DocumentBundle bundle = plan("""
                一、重点工作
                1.加强重点场所防控（如医院、学校）。
                2.组建市发展和改革委员会。（以下简称市发改委）
                3.统筹全市国有企业改革。（含市属国企、区属国企）
                4.推进县城建设。（城关镇、新城区）
                5.提升特色产品品质。（茶叶、食用菌）
                6.建设产业园区（市人民医院、市中心医院等）和重点项目，（市商务局）加快推进。
                7.完成老旧小区改造（市住建局）任务的一半。
                8.提升检验检测能力。（检测中心、计量所）
                """);
        assertThat(bundle.links()).extracting(LinkRecord::type)
                .doesNotContain(LinkType.LEADS, LinkType.SUPPORTS, LinkType.COORDINATES);
    }

    @Test
    void aPlacesAdministrationNeedsNoLevelToLead() {
        DocumentBundle bundle = plan("""
                一、重点工作
                1.制定和实施工业转型升级三年行动计划。(区发改局)
                2.实施甲乙石化开发区形象提升工程,加快推进项目建设。(甲乙化工区管委会)
                3.推进县城建设。（城关镇、新城区）
                """);
        assertThat(bundle.uncuratedBodies()).filteredOn(b -> b.name().equals("甲乙化工区管委会")).singleElement()
                .satisfies(b -> assertThat(from(bundle, LinkType.LEADS, "plan/一2")).containsExactly(b.id()));
        assertThat(from(bundle, LinkType.LEADS, "plan/一3")).as("places named bare are still no note").isEmpty();
    }
}
