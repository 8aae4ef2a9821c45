package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/**
 * "上述项目由X牵头负责。", "以上工作由X负责": a sentence of its own closing the projects printed above it in an outlined
 * plan leads every one of them since the chapter's heading or the previous closing sentence, not only the last. The
 * texts are written for the tests.
 */
class ClosingLeadSentencesTest {

    @Test
    void aClosingSentenceLeadsEveryNumberedMeasureAboveItSinceThePreviousOne() {
        DocumentBundle bundle = SubmittedPlans.read("closing", "某市2024年民生实事项目实施方案", """
                某市2024年民生实事项目实施方案
                一、扩大优质教育资源
                （一）新建幼儿园3所。
                （二）改造校舍5所。
                上述项目由市教育局牵头负责。
                （三）建设图书馆分馆4个。
                以上工作由市商务局牵头负责。
                二、加强社区服务设施建设
                （四）新建社区食堂10个。
                """);
        List<String> tasks = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(tasks).hasSize(4);
        assertThat(SubmittedPlans.from(bundle, LinkType.LEADS, tasks.get(0))).containsExactly("wh-education");
        assertThat(SubmittedPlans.from(bundle, LinkType.LEADS, tasks.get(1))).containsExactly("wh-education");
        assertThat(SubmittedPlans.from(bundle, LinkType.LEADS, tasks.get(2))).containsExactly("wh-commerce");
        // the next chapter's measure is closed by no sentence
        assertThat(SubmittedPlans.from(bundle, LinkType.LEADS, tasks.get(3))).isEmpty();
    }
}
