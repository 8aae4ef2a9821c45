package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * A task table whose line breaks and cell borders were lost: title, header and rows run on in one line, each row's
 * number glued to the last name of the row before it, the names of a row glued to each other. The text is written for
 * the test.
 */
class RunOnTablesTest {

    private static String uncurated(DocumentBundle bundle, String name) {
        return bundle.uncuratedBodies().stream().filter(b -> b.name().equals(name)).map(UncuratedBodyRecord::id)
                .findFirst().orElse("no uncurated body " + name);
    }

    @Test
    void aTableRunOnInOneLineIsReadByItsHeaderItsRowNumbersAfterANameAndItsGluedNames() {
        DocumentBundle bundle = SubmittedPlans.read("runon", "2022年民生实事项目责任分解表",
                "2022年民生实事项目责任分解表序号项目名称主要内容分管领导牵头单位配合单位"
                        + "1扩大就业新增就业8000人,失业率控制在3%以内。王小明人社局开发区甲山园(乙镇)"
                        + "2建设公园新建口袋公园5个。李四城管局东城街道西城街道建设绿道10公里。赵大伟住建局北湖街道"
                        + "3改善养老服务为1000名老人提供上门服务。张三民政局开发区对200户家庭进行适老化改造。");
        // a figure inside a task ("3%") opens no row; row 2 prints two tasks, each with its own names; row 3's
        // sentence after its names has none of its own and stays with the row
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "扩大就业新增就业8000人,失业率控制在3%以内。", "建设公园新建口袋公园5个。", "建设绿道10公里。",
                "改善养老服务为1000名老人提供上门服务。对200户家庭进行适老化改造。");
        // every sentence of a row's text is in its source quote, the names between them too (verbatim)
        assertThat(bundle.measures().get(3).source().quote())
                .isEqualTo("改善养老服务为1000名老人提供上门服务。张三民政局开发区对200户家庭进行适老化改造。");
        assertThat(bundle.measures().get(0).source().quote()).isEqualTo("扩大就业新增就业8000人,失业率控制在3%以内。");
        // the names inside a quote are no mention: 开发区 is a supporting body of row 3, not a park it concerns
        assertThat(from(bundle, LinkType.CONCERNS, bundle.measures().get(3).id())).isEmpty();
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        // the officials (王小明, 李四) are people, not bodies; the first body is the 牵头单位, the others 配合单位
        assertThat(from(bundle, LinkType.LEADS, rows.get(0))).containsExactly(uncurated(bundle, "人社局"));
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(0)))
                .containsExactlyInAnyOrder(uncurated(bundle, "开发区"), uncurated(bundle, "甲山园(乙镇)"));
        assertThat(from(bundle, LinkType.LEADS, rows.get(1))).containsExactly(uncurated(bundle, "城管局"));
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(1)))
                .containsExactlyInAnyOrder(uncurated(bundle, "东城街道"), uncurated(bundle, "西城街道"));
        assertThat(from(bundle, LinkType.LEADS, rows.get(2))).containsExactly(uncurated(bundle, "住建局"));
        assertThat(from(bundle, LinkType.LEADS, rows.get(3))).containsExactly(uncurated(bundle, "民政局"));
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .noneMatch(n -> n.contains("王小明") || n.contains("李四") || n.contains("张三"));
    }

    @Test
    void aTablePrintedARowALineWithItsCellsGluedIsReadByItsHeaderLine() {
        DocumentBundle bundle = SubmittedPlans.read("rowlines", "2021年重点工作完成情况",
                "2021年重点工作完成情况\n"
                        + "东湖县2021年重点工作任务完成情况\n"
                        + "类别序号重点工作内容牵头单位配合单位全年完成情况\n"
                        + "经济发展1地区生产总值增长7%左右。县发展改革委县统计局、县财政局东湖县地区生产总值增长6.8%。\n"
                        + "经济发展2新增市场主体2000户。县市场监管局县商务局全年新增市场主体2150户。\n"
                        + "2021年民生保障3城镇新增就业3000人。县人力社保局全年城镇新增就业3120人。\n"
                        + "以上情况如有出入，以统计部门数据为准。\n");
        // the group cell before a row's number is a section, the text after the names the row's 完成情况
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "地区生产总值增长7%左右。", "新增市场主体2000户。", "城镇新增就业3000人。");
        assertThat(bundle.sections()).extracting(s -> s.title()).contains("经济发展", "2021年民生保障");
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        // one cell a column of bodies: the first the 牵头单位, the second (its names separated by 、) the 配合单位;
        // the place opening the 完成情况 (东湖县) is no body of the row
        assertThat(from(bundle, LinkType.LEADS, rows.get(0))).containsExactly(uncurated(bundle, "县发展改革委"));
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(0)))
                .containsExactlyInAnyOrder(uncurated(bundle, "县统计局"), uncurated(bundle, "县财政局"));
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(1))).containsExactly(uncurated(bundle, "县商务局"));
        assertThat(from(bundle, LinkType.LEADS, rows.get(2))).containsExactly(uncurated(bundle, "县人力社保局"));
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).doesNotContain("东湖县");
        // the 完成情况 reports what was done: actuals
        assertThat(bundle.indicators()).anyMatch(i -> i.value() == 2150 && "ACTUAL".equals(String.valueOf(i.comparator())));
    }

    @Test
    void theHeaderIsCutIntoColumnNamesUpToTheFirstRowsNumber() {
        ResponsibilityLabels labels = ResponsibilityLabels.read(SeedSource.directory(RealSeed.ROOT));
        RunOnTables.Header header = RunOnTables.headerIn(labels, "分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1增加…");
        assertThat(header).isNotNull();
        assertThat(header.officials()).isTrue();
        assertThat(header.columns()).contains(TableHeaders.Column.NUMBER, TableHeaders.Column.TASK,
                TableHeaders.Column.LEAD, TableHeaders.Column.SUPPORT);
        // prose naming 序号 is no header
        assertThat(RunOnTables.headerIn(labels, "按序号1至5的顺序推进各项工作。")).isNull();
    }
}
