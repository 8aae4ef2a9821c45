package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/**
 * The ways Chinese plans commonly print who answers for a task, each in a plan of a county the vocabulary does not
 * know (so every body is read from its name, none from a curated list). Written from the conventions of task-division
 * plans (分工方案, 责任分解, 重点任务清单), not from any corpus text: the matrix a plan nobody here has read is likely
 * to fall into. Each case states the roles on the task "推进重点项目建设": LEADS, SUPPORTS, and generic actors (~).
 */
class ResponsibilityFormatsTest {

    private static final String TITLE = "某县2024年重点工作任务分工方案";
    private static final String TASK = "推进重点项目建设";
    private static final SeedVocabulary VOCABULARY = VocabularyReader.read(SeedSource.directory(RealSeed.ROOT));

    static Stream<Arguments> formats() {
        return Stream.of(
                format("labelled note, 牵头 and 责任",
                        "1.推进重点项目建设，全年完成投资50亿元。（牵头单位：县发展和改革局；责任单位：县财政局、县自然资源局）",
                        "LEADS 县发展和改革局 | SUPPORTS 县自然资源局,县财政局"),
                format("labelled note, 牵头 and 配合",
                        "1.推进重点项目建设。（牵头单位：县发展和改革局；配合单位：县财政局）",
                        "LEADS 县发展和改革局 | SUPPORTS 县财政局"),
                format("labels separated by a space only",
                        "1.推进重点项目建设。（牵头单位：县发展和改革局 配合单位：县财政局、县住房和城乡建设局）",
                        "LEADS 县发展和改革局 | SUPPORTS 县住房和城乡建设局,县财政局"),
                format("half-width brackets and colons",
                        "1.推进重点项目建设。(牵头单位:县发展和改革局;配合单位:县财政局)",
                        "LEADS 县发展和改革局 | SUPPORTS 县财政局"),
                format("square brackets",
                        "1.推进重点项目建设。【牵头单位：县发展和改革局；配合单位：县财政局】",
                        "LEADS 县发展和改革局 | SUPPORTS 县财政局"),
                format("责任单位 alone: every body leads",
                        "1.推进重点项目建设。（责任单位：县发展和改革局、县财政局）",
                        "LEADS 县发展和改革局,县财政局"),
                format("verbs in the note",
                        "1.推进重点项目建设。（县发展和改革局牵头，县财政局、县自然资源局配合）",
                        "LEADS 县发展和改革局 | SUPPORTS 县自然资源局,县财政局"),
                format("a leader named before the units",
                        "1.推进重点项目建设。（牵头领导：张某某；牵头单位：县发展和改革局；配合单位：县财政局）",
                        "LEADS 县发展和改革局 | SUPPORTS 县财政局"),
                format("按职责分工负责",
                        "1.推进重点项目建设。（县发展和改革局、县财政局按职责分工负责）",
                        "LEADS 县发展和改革局,县财政局"),
                format("牵头 inside a 责任单位 note",
                        "1.推进重点项目建设。（责任单位：县发展和改革局牵头，县财政局、县商务局配合）",
                        "LEADS 县发展和改革局 | SUPPORTS 县商务局,县财政局"),
                format("（牵头） after the lead's name",
                        "1.推进重点项目建设。（责任单位：县发展和改革局（牵头）、县财政局）",
                        "LEADS 县发展和改革局 | SUPPORTS 县财政局"),
                format("labelled lines after the task",
                        "1.推进重点项目建设。\n牵头单位：县发展和改革局\n配合单位：县财政局",
                        "LEADS 县发展和改革局 | SUPPORTS 县财政局"),
                format("short labels",
                        "1.推进重点项目建设。牵头：县发展和改革局；配合：县财政局",
                        "LEADS 县发展和改革局 | SUPPORTS 县财政局"),
                format("prose at the end of the item",
                        "1.推进重点项目建设。由县发展和改革局牵头，县财政局配合。",
                        "LEADS 县发展和改革局 | SUPPORTS 县财政局"),
                format("generic actors beside a body",
                        "1.推进重点项目建设。（牵头单位：县发展和改革局；责任单位：各乡镇人民政府、县直有关部门）",
                        "LEADS 县发展和改革局 | SUPPORTS ~县直有关部门,~各乡镇人民政府"),
                format("party bodies and bureaus",
                        "1.推进重点项目建设。（牵头单位：县委组织部；配合单位：县人力资源和社会保障局）",
                        "LEADS 县委组织部 | SUPPORTS 县人力资源和社会保障局"),
                format("abbreviated names",
                        "1.推进重点项目建设。（牵头单位：县发改局；配合单位：县财政局、县住建局、县人社局）",
                        "LEADS 县发改局 | SUPPORTS 县人社局,县住建局,县财政局"),
                format("names without the level",
                        "1.推进重点项目建设。（牵头单位：发改局；配合单位：财政局、自然资源局）",
                        "LEADS 发改局 | SUPPORTS 自然资源局,财政局"),
                format("names separated by spaces",
                        "1.推进重点项目建设。（牵头单位：县发改局 配合单位：县财政局 县住建局）",
                        "LEADS 县发改局 | SUPPORTS 县住建局,县财政局"),
                format("other label words",
                        "1.推进重点项目建设。（牵头部门：县发改局；协办单位：县财政局）",
                        "LEADS 县发改局 | SUPPORTS 县财政局"),
                format("主责单位 and 参与单位",
                        "1.推进重点项目建设。（主责单位：县发改局；参与单位：县财政局）",
                        "LEADS 县发改局 | SUPPORTS 县财政局"),
                format("management committees, towns and companies",
                        "1.推进重点项目建设。（牵头单位：县经济开发区管委会；配合单位：城关镇人民政府、县城投公司）",
                        "LEADS 县经济开发区管委会 | SUPPORTS 县城投公司,城关镇人民政府"),
                format("a leader line then a unit line",
                        "1.推进重点项目建设。\n责任领导：张某某\n责任单位：县发改局、县财政局",
                        "LEADS 县发改局,县财政局"),
                format("a note closing a paragraph of several sentences",
                        "1.推进重点项目建设。加快前期工作，确保项目早开工。强化要素保障。（牵头单位：县发改局；配合单位：县财政局）",
                        "LEADS 县发改局 | SUPPORTS 县财政局"),
                format("a note under a task numbered （1）",
                        "（1）推进重点项目建设。加快前期工作。（牵头单位：县发改局；配合单位：县财政局）",
                        "LEADS 县发改局 | SUPPORTS 县财政局"),
                format("a note under a task numbered 1、",
                        "1、推进重点项目建设。加快前期工作。（牵头单位：县发改局；配合单位：县财政局）",
                        "LEADS 县发改局 | SUPPORTS 县财政局"),
                format("the first body listed leads, as the note declares",
                        "（列第一位的为牵头单位）\n1.推进重点项目建设。（县发改局、县财政局、县自然资源局）",
                        "LEADS 县发改局 | SUPPORTS 县自然资源局,县财政局"),
                format("a note with 等",
                        "1.推进重点项目建设。（责任单位：县发改局、县财政局等）",
                        "LEADS 县发改局,县财政局"),
                format("a note listing towns and a district",
                        "1.推进重点项目建设。（牵头单位：县发改局；责任单位：各乡镇、县经济开发区）",
                        "LEADS 县发改局 | SUPPORTS ~各乡镇,县经济开发区"),
                format("a heading with its body and its note on one line",
                        "（一）推进重点项目建设。加快前期工作，确保项目早开工。（牵头单位：县发改局；配合单位：县财政局）",
                        "LEADS 县发改局 | SUPPORTS 县财政局"),
                format("labelled lines on one line, spaced with ideographic spaces",
                        "1.推进重点项目建设。加快前期工作。\n牵头单位：县发改局　　配合单位：县财政局、县住建局",
                        "LEADS 县发改局 | SUPPORTS 县住建局,县财政局"),
                format("按职责分工负责 after a labelled list",
                        "1.推进重点项目建设。（责任单位：县发改局、县财政局，按职责分工负责）",
                        "LEADS 县发改局,县财政局"),
                format("a list the note says the first of leads, with a remark after it",
                        "1.推进重点项目建设。（县发展和改革局、县财政局、县自然资源局，各乡镇人民政府，列第一位的为牵头单位，下同。以下均需各乡镇人民政府落实，不再列出）",
                        "LEADS 县发展和改革局 | SUPPORTS ~各乡镇人民政府,县自然资源局,县财政局"),
                format("各县（市、区） printed without its brackets in such a list",
                        "1.推进重点项目建设。（县发展和改革局、县财政局，各县市、区政府，排在首位的为牵头单位）",
                        "LEADS 县发展和改革局 | SUPPORTS ~各县市、区政府,县财政局"),
                format("参加 for the bodies taking part",
                        "1.推进重点项目建设。（县发展和改革局牵头，县财政局、国家统计局某县调查队参加）",
                        "LEADS 县发展和改革局 | SUPPORTS 县财政局,国家统计局某县调查队"),
                format("prose: a body without its level opening a clause",
                        "1.推进重点项目建设。由县发展和改革局牵头；城关街道办负责现场组织。",
                        "LEADS 县发展和改革局,城关街道办"),
                format("prose: the office of a working group set in a body",
                        "1.推进重点项目建设。成立项目建设工作专班，专班办公室设在县发展和改革局。",
                        "COORDINATES 县发展和改革局"),
                format("task table, tab-separated",
                        "序号\t重点工作\t牵头单位\t责任单位\t完成时限\n1\t推进重点项目建设，全年完成投资50亿元。\t县发展和改革局\t县财政局、县自然资源局\t12月底前",
                        "LEADS 县发展和改革局 | SUPPORTS 县自然资源局,县财政局"),
                format("task table, one cell a line, with a leader column",
                        "序号\n工作任务\n责任领导\n牵头单位\n配合单位\n完成时限\n1\n推进重点项目建设，全年完成投资50亿元。\n张某某\n县发展和改革局\n县财政局\n12月底前",
                        "LEADS 县发展和改革局 | SUPPORTS 县财政局"),
                format("task table with a 牵头县领导 column and a 责任单位 column",
                        "序号\t工作任务\t牵头县领导\t牵头单位\t责任单位\n1\t推进重点项目建设，全年完成投资50亿元。\t张某某\t县发改局\t县财政局、县住建局",
                        "LEADS 县发改局 | SUPPORTS 县住建局,县财政局"),
                format("task table, one cell a line, with group rows",
                        "序号\n重点任务\n牵头单位\n配合单位\n一、扩大有效投资\n1\n推进重点项目建设，全年完成投资50亿元。\n县发改局\n县财政局、县自然资源局",
                        "LEADS 县发改局 | SUPPORTS 县自然资源局,县财政局"),
                format("task table, tab-separated, with a deadline and a note column",
                        "序号\t工作内容\t责任单位\t完成时限\t备注\n1\t推进重点项目建设，全年完成投资50亿元。\t县发改局、县财政局\t2024年12月\t",
                        "LEADS 县发改局,县财政局"),
                format("task table, pipes",
                        "| 序号 | 主要任务 | 牵头单位 | 配合单位 |\n| 1 | 推进重点项目建设，全年完成投资50亿元。 | 县发改局 | 县财政局 |",
                        "LEADS 县发改局 | SUPPORTS 县财政局"),
                format("task table, ' | ' between cells and no leading '|'",
                        "序号 | 主要任务 | 牵头单位 | 配合单位 |\n1 | 推进重点项目建设，全年完成投资50亿元。 | 县发改局 | 县财政局 |",
                        "LEADS 县发改局 | SUPPORTS 县财政局"),
                format("task table, ' | ' between cells, rows numbered (1) under group rows",
                        "序号 | 目标与任务 | 牵头责任单位 | 责任单位 |\n一、主要预期目标 | |||\n"
                                + "(1) | 地区生产总值增长7%左右。 | 县发改局 | 各乡镇人民政府 |\n二、重点做好以下工作 | |||\n"
                                + "1 | 扩大有效投资。 | ||\n"
                                + "(2) | 推进重点项目建设，全年完成投资50亿元。 | 县发改局 县财政局 | 县自然资源局 各乡镇人民政府 |",
                        "LEADS 县发改局,县财政局 | SUPPORTS ~各乡镇人民政府,县自然资源局"),
                format("task table, cells separated by a space",
                        "序号 主要任务 牵头单位 配合单位\n1 推进重点项目建设，全年完成投资50亿元。 县发改局 县财政局 县住建局",
                        "LEADS 县发改局 | SUPPORTS 县住建局,县财政局"),
                format("task table, cells separated by runs of spaces (pdftotext -layout)",
                        "序号    主要任务                                  牵头单位      配合单位      完成时限\n"
                                + " 1      推进重点项目建设，全年完成投资50亿元。    县发改局      县财政局      12月底前",
                        "LEADS 县发改局 | SUPPORTS 县财政局"),
                format("task table, cells separated by runs of spaces, the task wrapped onto an indented line",
                        "序号    主要任务                          牵头单位      配合单位\n"
                                + " 1      推进重点项目建设，加快前期工作，  县发改局      县财政局 县住建局\n"
                                + "        全年完成投资50亿元。",
                        "LEADS 县发改局 | SUPPORTS 县住建局,县财政局"),
                format("task table, one cell a line, a name leaving its kind's word to the next (东湖区、西湖区政府)",
                        "序号\n工作任务\n分管领导\n牵头单位\n配合单位\n1\n推进重点项目建设，全年完成投资50亿元。\n张 某\n县发改局\n东湖区、西湖区政府",
                        "LEADS 县发改局 | SUPPORTS 东湖区,西湖区政府"),
                format("a 责任单位 cell on a line of its own under the task, ★ marking the lead",
                        "1.推进重点项目建设，全年完成投资50亿元。\n|\n张 某\n|\n★县发改局、财政局、住建局\n|",
                        "LEADS 县发改局 | SUPPORTS 住建局,财政局"),
                format("task table, one cell a line, the task cell wrapped over two lines",
                        "序号\n工作任务\n牵头单位\n配合单位\n1\n推进重点项目建设，加快前期工作，\n全年完成投资50亿元。\n县发改局\n县财政局",
                        "LEADS 县发改局 | SUPPORTS 县财政局"),
                format("task table, tab-separated, a header cell wrapped",
                        "序号\t工作任务\t牵头\t配合\n\t\t单位\t单位\n1\t推进重点项目建设，全年完成投资50亿元。\t县发改局\t县财政局",
                        "LEADS 县发改局 | SUPPORTS 县财政局"),
                format("task table, 牵头单位 before the task",
                        "序号\t牵头单位\t重点任务\t配合单位\n1\t县发展和改革局\t推进重点项目建设，全年完成投资50亿元。\t县财政局",
                        "LEADS 县发展和改革局 | SUPPORTS 县财政局"));
    }

    private static Arguments format(String name, String body, String roles) {
        return Arguments.of(name, body, roles);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void theRolesOfATaskAreReadInEveryCommonFormat(String format, String body, String expected) {
        DocumentBundle bundle = SubmittedPlans.read("fmt", TITLE, TITLE + "\n一、重点工作\n" + body + "\n"
                + "二、保障措施\n（一）加强组织领导。各单位要高度重视，确保各项任务落到实处。\n");
        assertThat(roles(bundle)).as(format).isEqualTo(expected);
    }

    /** The roles on the task, as "LEADS a,b | SUPPORTS c", names as printed, ~ before a generic actor. */
    private static String roles(DocumentBundle bundle) {
        List<String> tasks = bundle.measures().stream().filter(m -> m.text().contains(TASK)).map(MeasureRecord::id)
                .toList();
        assertThat(tasks).as("measures holding the task").hasSize(1);
        Map<String, String> names = new HashMap<>();
        VOCABULARY.vocabulary().departments().forEach(d -> names.put(d.id(), d.name()));
        VOCABULARY.vocabulary().genericActors().forEach(g -> names.put(g.id(), "~" + g.name()));
        bundle.recognisedGenericActors().forEach(g -> names.put(g.id(), "~" + g.name()));
        bundle.uncuratedBodies().forEach(b -> names.put(b.id(), b.name()));
        return Stream.of(LinkType.LEADS, LinkType.SUPPORTS, LinkType.COORDINATES)
                .map(type -> {
                    TreeSet<String> from = bundle.links().stream()
                            .filter(l -> l.type() == type && l.toId().equals(tasks.get(0)))
                            .map(l -> names.getOrDefault(l.fromId(), l.fromId()))
                            .collect(Collectors.toCollection(TreeSet::new));
                    return from.isEmpty() ? null : type + " " + String.join(",", from);
                })
                .filter(s -> s != null).collect(Collectors.joining(" | "));
    }
}
