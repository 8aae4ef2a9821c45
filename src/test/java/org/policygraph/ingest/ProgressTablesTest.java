package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.TargetComparator;

/**
 * Progress tables (进展情况表) print beside each task what was done so far: a 进展情况 / 1-11月推进情况 column. The task
 * cell states the plan (targets, whatever the table's title says), the progress cell reports (actuals, of the plan's
 * year). The texts are written for the tests.
 */
class ProgressTablesTest {

    private static DocumentBundle read(String title, String text) {
        return SubmittedPlans.read("progress", title, text);
    }

    private static IndicatorRecord named(DocumentBundle bundle, String name) {
        return bundle.indicators().stream().filter(i -> i.name().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + bundle.indicators()));
    }

    @Test
    void aProgressColumnIsNoPartOfTheTaskAndReportsActuals() {
        DocumentBundle bundle = read("某市2021年重点工作上半年进展情况表", """
                某市2021年重点工作上半年进展情况表
                序号
                工作内容
                进展情况
                责任单位
                1
                扎实推进招商引资,全年新引进亿元以上项目30个。
                1-6月,已引进亿元以上项目14个,到位资金同比增长8.5%。
                市商务局
                2
                加快城市更新,改造老旧小区40个。
                已开工老旧小区22个。
                市住建局
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("扎实推进招商引资,全年新引进亿元以上项目30个。", "加快城市更新,改造老旧小区40个。");
        IndicatorRecord planned = bundle.indicators().stream().filter(i -> i.value() == 30.0).findFirst().orElseThrow();
        assertThat(planned.comparator()).isNotEqualTo(TargetComparator.ACTUAL);
        assertThat(planned.year()).isEqualTo(2021);
        IndicatorRecord done = bundle.indicators().stream().filter(i -> i.value() == 14.0).findFirst().orElseThrow();
        assertThat(done.comparator()).isEqualTo(TargetComparator.ACTUAL);
        assertThat(done.year()).isEqualTo(2021);
        assertThat(done.ownerId()).isEqualTo(bundle.measures().get(0).id());
        IndicatorRecord growth = named(bundle, "到位资金");
        assertThat(growth.comparator()).isEqualTo(TargetComparator.ACTUAL);
        assertThat(bundle.indicators()).extracting(IndicatorRecord::id).doesNotHaveDuplicates();
        IndicatorRecord renewal = bundle.indicators().stream().filter(i -> i.value() == 40.0).findFirst().orElseThrow();
        assertThat(renewal.comparator()).isNotEqualTo(TargetComparator.ACTUAL);
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 22.0).singleElement()
                .extracting(IndicatorRecord::comparator).isEqualTo(TargetComparator.ACTUAL);
        assertThat(List.of(bundle.indicators().size())).containsExactly(5);
    }

    @Test
    void aWebTableOneCellALineWithItsSeparatorsAndAnExcerptsFirstRowNumber() {
        // each cell printed "text |", rows closed by a "||" line; the excerpt starts at row 7; the leader, 是否达序 and
        // 说明 columns hold no task
        DocumentBundle bundle = read("2022年民生实事项目推进情况", """
                2022年民生实事项目推进情况(1-9月)
                序号 |
                主要任务 |
                分管领导 |
                牵头单位 |
                1-9月推进情况 |
                是否达序 |
                说明 |
                7 |
                新建公共停车泊位1200个。 |
                王某某 |
                市住建局 |
                已建成停车泊位800个。 |
                是 |
                ||
                8 |
                改造农贸市场6个。 |
                李某某 |
                市商务局 |
                已完工农贸市场2个。 |
                否 |
                受疫情影响开工推迟。 |
                |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("新建公共停车泊位1200个。", "改造农贸市场6个。");
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 1200.0).singleElement()
                .satisfies(i -> assertThat(i.comparator()).isNotEqualTo(TargetComparator.ACTUAL));
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 800.0).singleElement()
                .satisfies(i -> assertThat(i.comparator()).isEqualTo(TargetComparator.ACTUAL));
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 2.0).singleElement()
                .satisfies(i -> assertThat(i.year()).isEqualTo(2022));
    }

    @Test
    void aProgressCellPrintingANumberAloneCountsInTheUnitOfTheTargetBesideIt() {
        DocumentBundle bundle = read("某县2024年民生实事项目1-9月进展情况", """
                某县2024年民生实事项目1-9月进展情况
                序号
                项目名称
                目标任务
                牵头单位
                累计完成
                1
                稳定就业
                城镇新增就业1200人
                县人社局
                1350
                2
                老旧小区改造
                改造老旧小区15个,加装电梯20部
                县住建局
                9
                """);
        IndicatorRecord done = bundle.indicators().stream().filter(i -> i.value() == 1350.0).findFirst().orElseThrow();
        assertThat(done.comparator()).isEqualTo(TargetComparator.ACTUAL);
        assertThat(done.unit()).isEqualTo("人");
        IndicatorRecord planned = bundle.indicators().stream().filter(i -> i.value() == 1200.0).findFirst().orElseThrow();
        assertThat(done.name()).contains("城镇新增就业").isEqualTo(planned.name());
        assertThat(done.year()).isEqualTo(2024);
        assertThat(done.source().quote()).isEqualTo("1350");
        assertThat(done.ownerId()).isEqualTo(bundle.measures().get(0).id());
        // one number beside two targets: which one it reports is unknown, so it is not read
        assertThat(bundle.indicators()).noneMatch(i -> i.value() == 9.0);
    }

    @Test
    void eachTargetLineOfAPipeRowTakesTheNumberPrintedBesideIt() {
        DocumentBundle bundle = read("某县2024年民生实事项目1-9月进展情况", """
                某县2024年民生实事项目1-9月进展情况
                序号 | 项目名称 | 目标任务 | 牵头单位 | 累计完成 | 累计进度 | 备注 |
                1 | 家政服务提升 | 培训家政服务人员800人次 | 县商务局 | 812 | 101.5% | |
                新增家政服务人员200人 | 150 | 75% | |
                2 | 求职创业补贴 | 按1500元/人标准发放求职创业补贴 | 县人社局 | — | — | 待部署 |
                """);
        IndicatorRecord trained = bundle.indicators().stream().filter(i -> i.value() == 812.0).findFirst().orElseThrow();
        assertThat(trained.unit()).isEqualTo("人次");
        assertThat(trained.comparator()).isEqualTo(TargetComparator.ACTUAL);
        IndicatorRecord added = bundle.indicators().stream().filter(i -> i.value() == 150.0).findFirst().orElseThrow();
        assertThat(added.unit()).isEqualTo("人");
        assertThat(added.name()).contains("新增家政服务人员");
        // the shares done (累计进度) are no figures of their own
        assertThat(bundle.indicators()).noneMatch(i -> i.value() == 101.5 || i.value() == 75.0);
    }
    @Test
    void aPercentageAloneUnderACurrentProgressColumnIsTheShareDoneNamedByTheColumn() {
        DocumentBundle bundle = read("某县2023年民生实事项目进度表", """
                某县2023年民生实事项目进度表(截至9月30日)
                序号
                项目内容
                当前进度
                牵头单位
                1
                新建公办幼儿园3所,新增学位900个。
                75%(城东幼儿园进度滞后)
                县教育局
                2
                建设农村公路40公里。
                92.5%
                县交通局
                """);
        IndicatorRecord first = bundle.indicators().stream().filter(i -> i.value() == 75.0).findFirst().orElseThrow();
        assertThat(first.name()).isEqualTo("当前进度");
        assertThat(first.unit()).isEqualTo("%");
        assertThat(first.comparator()).isEqualTo(TargetComparator.ACTUAL);
        assertThat(first.year()).isEqualTo(2023);
        assertThat(first.ownerId()).isEqualTo(bundle.measures().get(0).id());
        assertThat(first.source().quote()).contains("75%");
        IndicatorRecord second = bundle.indicators().stream().filter(i -> i.value() == 92.5).findFirst().orElseThrow();
        assertThat(second.name()).isEqualTo("当前进度");
        assertThat(second.ownerId()).isEqualTo(bundle.measures().get(1).id());
        // the targets stay the task's; the column is no deadline
        assertThat(named(bundle, "公办幼儿园").comparator()).isNotEqualTo(TargetComparator.ACTUAL);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("新建公办幼儿园3所,新增学位900个。", "建设农村公路40公里。");
    }

    @Test
    void aPercentageBesideTheAmountDoneIsDerivedAndNotRead() {
        DocumentBundle bundle = read("某县2023年民生实事项目进度表", """
                某县2023年民生实事项目进度表
                序号
                项目名称
                目标任务
                累计完成
                目前进度
                牵头单位
                1
                老旧小区改造
                改造老旧小区12个
                已改造9个
                75%
                县住建局
                """);
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 9.0).singleElement()
                .extracting(IndicatorRecord::comparator).isEqualTo(TargetComparator.ACTUAL);
        assertThat(bundle.indicators()).noneMatch(i -> i.value() == 75.0);
    }

    @Test
    void aRowPartingItsTaskIntoOneCellMoreThanTheHeaderStillNamesItsLead() {
        // row 2 prints a sub-item cell (最低生活保障) before its target: its lead stands a cell right of 牵头单位, and
        // one empty cell fewer closes the line
        DocumentBundle bundle = read("某县2024年民生实事进展情况", """
                某县2024年民生实事进展情况
                序号 | 项目名称 | 目标任务 | 牵头单位 | 累计完成 | 备注 | |
                1 | 促进重点群体稳定就业 | 城镇新增就业2450人 | 市商务局 | 2712 | ||
                2 | 规范确定和调整低保标准 | 最低生活保障 | 农村标准(760元/月) | 市财政局 | ||
                3 | 加强城乡公益性公墓建设管理 | 新建公墓5个 | 市财政局 | 4 | ||
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).hasSize(3);
        String second = bundle.measures().get(1).id();
        assertThat(bundle.measures().get(1).text()).contains("最低生活保障").contains("农村标准(760元/月)");
        assertThat(SubmittedPlans.from(bundle, org.policygraph.model.LinkType.LEADS, second))
                .containsExactly("wh-finance");
    }

    private static IndicatorRecord valued(DocumentBundle bundle, double value) {
        return bundle.indicators().stream().filter(i -> i.value() != null && i.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in " + bundle.indicators()));
    }

    @Test
    void aTwoLevelHeaderPrintsItsSubColumnsAfterTheFirstLevelAndTheyReportUnderTheirParent() {
        // "投资完成情况" spans "完成额度(万元)" and "占比(%)", extracted after the whole first level (and its 备注); the
        // share's bracket lost; the 进展情况 column prints its period in brackets
        DocumentBundle bundle = read("某县2024年重点民生实事项目1-6月进展情况", """
                某县2024年重点民生实事项目1-6月进展情况表
                序号 项目名称 2024年工作目标任务 2024年投资计划(万元) 责任
                单位
                月度进展情况(1-6月) 投资完成情况 备注
                完成额度
                (万元)
                占比(%
                1 建设城市书房 新建城市书房12个。 800 县文旅局 已建成城市书房5个。 320 40 按计划推进
                2 改造农贸市场 改造农贸市场3个。 1500 县商务局 已完成设计招标。 450 30 已招标
                """);
        assertThat(bundle.measures()).hasSize(2);
        IndicatorRecord plan = valued(bundle, 800.0);
        assertThat(plan.unit()).isEqualTo("万元");
        assertThat(plan.year()).isEqualTo(2024);
        assertThat(plan.comparator()).isNotEqualTo(TargetComparator.ACTUAL);
        IndicatorRecord done = valued(bundle, 320.0);
        assertThat(done.unit()).isEqualTo("万元");
        assertThat(done.comparator()).isEqualTo(TargetComparator.ACTUAL);
        IndicatorRecord share = valued(bundle, 30.0);
        assertThat(share.unit()).isEqualTo("%");
        assertThat(share.comparator()).isEqualTo(TargetComparator.ACTUAL);
        assertThat(share.year()).isEqualTo(2024);
        assertThat(valued(bundle, 5.0).comparator()).isEqualTo(TargetComparator.ACTUAL); // 已建成城市书房5个
    }

    @Test
    void aSpacedRowLeavingItsClosingCommentEmptyIsReadByPosition() {
        // row 1 prints an empty cell (two spaces) before its share, row 2 ends before the empty 备注: both place their
        // figures under the header's quantity columns, not by what each cell looks like
        DocumentBundle bundle = read("某县2024年重点民生实事项目1-6月进展情况", """
                某县2024年重点民生实事项目1-6月进展情况表
                序号 项目名称 2024年工作目标任务 2024年投资计划(万元) 责任
                单位
                月度进展情况(1-6月) 投资完成情况 备注
                完成额度
                (万元)
                占比(%
                1 建设城市书房 新建城市书房12个。 800 县文旅局 已建成城市书房5个。 320  40
                2 改造农贸市场 改造农贸市场3个。 1500 县商务局 已完成设计招标。 450 30
                """);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(valued(bundle, 40.0).unit()).isEqualTo("%");
        assertThat(valued(bundle, 40.0).comparator()).isEqualTo(TargetComparator.ACTUAL);
        assertThat(valued(bundle, 1500.0).unit()).isEqualTo("万元");
        assertThat(valued(bundle, 450.0).comparator()).isEqualTo(TargetComparator.ACTUAL);
        assertThat(valued(bundle, 30.0).unit()).isEqualTo("%");
        assertThat(valued(bundle, 3.0).comparator()).isNotEqualTo(TargetComparator.ACTUAL); // 改造农贸市场3个: the plan
    }

    @Test
    void machinesCountedIn部AreFiguresButNotTheBodiesOf部门Or部委() {
        DocumentBundle bundle = read("某区2025年民生实事进展情况表", """
                某区2025年民生实事进展情况表
                序号 项目名称 工作目标任务 责任单位 进展情况
                1 加装电梯 更新老旧住宅电梯60部,组织住建等12部门开展安全检查,会同8部委联合督导。 区住房城乡建委 已更新老旧住宅电梯25部。
                """);
        assertThat(valued(bundle, 60.0).unit()).isEqualTo("部");
        assertThat(valued(bundle, 60.0).comparator()).isNotEqualTo(TargetComparator.ACTUAL);
        assertThat(valued(bundle, 25.0).comparator()).isEqualTo(TargetComparator.ACTUAL);
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).doesNotContain(12.0, 8.0);
    }

    @Test
    void aTotalRowAndAGroupsRowPrintTheirSumsUnderTheFigureColumns() {
        // 合计 and the group headings print only sums, wrapped onto lines of their own: each figure under its column
        DocumentBundle bundle = read("某县2024年重点民生实事项目1-6月进展情况", """
                某县2024年重点民生实事项目1-6月进展情况表
                序号 项目名称 2024年工作目标任务 2024年投资计划(万元) 责任
                单位
                月度进展情况(1-6月) 投资完成情况 备注
                完成额度
                (万元)
                占比(%
                合计 2300

                770 33.5
                一、教育文化 800

                320 40
                1 建设城市书房 新建城市书房12个。 800 县文旅局 已建成城市书房5个。 320 40
                二、商贸流通 1500 450 30
                2 改造农贸市场 改造农贸市场3个。 1500 县商务局 已完成设计招标。 450 30
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("建设城市书房\n新建城市书房12个。", "改造农贸市场\n改造农贸市场3个。");
        IndicatorRecord total = valued(bundle, 2300.0);
        assertThat(total.name()).startsWith("合计");
        assertThat(total.unit()).isEqualTo("万元");
        assertThat(total.comparator()).isNotEqualTo(TargetComparator.ACTUAL);
        assertThat(valued(bundle, 770.0).comparator()).isEqualTo(TargetComparator.ACTUAL);
        assertThat(valued(bundle, 33.5).unit()).isEqualTo("%");
        assertThat(valued(bundle, 33.5).comparator()).isEqualTo(TargetComparator.ACTUAL);
        assertThat(bundle.indicators()).filteredOn(i -> i.name().startsWith("商贸流通")).extracting(IndicatorRecord::value)
                .containsExactly(1500.0, 450.0, 30.0);
        assertThat(bundle.indicators()).extracting(IndicatorRecord::id).doesNotHaveDuplicates();
    }

    @Test
    void aCompletionTableBesideItsShareOfTheYearsPlanReportsWhatWasDone() {
        // a city's table of how its practical projects were done: the planned figure in the project's name, what was
        // done beside it without a unit, and its share of the year's plan (derived from the two: not read)
        DocumentBundle bundle = read("2024年某市为民办实事项目完成情况", """
                2024年某市为民办实事项目完成情况
                序号 | 实事项目名称 | 完成情况 | 占全年计划 |
                1 | 新增2000张养老床位 | 2150 | 108% |
                2 | 新增20个社区长者食堂 | 25 | 125% |
                3 | 开办300个小学生爱心暑托班 | 330 | 110% |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly("新增2000张养老床位",
                "新增20个社区长者食堂", "开办300个小学生爱心暑托班");
        IndicatorRecord done = bundle.indicators().stream().filter(i -> i.value() == 2150.0).findFirst().orElseThrow();
        assertThat(done.comparator()).isEqualTo(TargetComparator.ACTUAL);
        assertThat(done.unit()).isEqualTo("张");
        assertThat(done.year()).isEqualTo(2024);
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(2000.0, 20.0, 25.0, 300.0, 330.0)
                .doesNotContain(108.0, 125.0, 110.0);
    }
}
