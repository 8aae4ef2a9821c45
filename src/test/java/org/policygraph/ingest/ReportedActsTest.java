package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A sentence of a report telling who did something ("X牵头对…进行了督查梳理", "X牵头制定了《…》") sets no role: a plan
 * states roles for what is to be done.
 */
class ReportedActsTest {

    private static final ResponsibilityLabels LABELS = ResponsibilityLabels.read(SeedSource.directory(RealSeed.ROOT));

    private final ProseRoles prose = new ProseRoles(List.of("市督查室", "市教育局"), GenericActorGrammar.none(), LABELS,
            BodyNameEndings.read(SeedSource.classpath()));

    private List<String> roles(String text) {
        return prose.find(text, new Span(0, text.length())).stream().map(f -> f.name() + " " + f.role()).toList();
    }

    @Test
    void aRoleVerbWhoseClauseCompletesAVerbReportsWhatWasDone() {
        assertThat(roles("根据领导要求,市督查室牵头对重点任务完成情况进行了督查。")).isEmpty();
        assertThat(roles("市教育局牵头制定了《学校建设方案》。")).isEmpty();
        // the same verb setting a task is a role; 了 in a later clause, or in 为了, completes nothing of it
        assertThat(roles("市督查室牵头对重点任务完成情况进行督查。")).containsExactly("市督查室 LEADS");
        assertThat(roles("由市教育局牵头负责的学校建设项目,减轻了家庭负担。")).isNotEmpty()
                .allMatch("市教育局 LEADS"::equals);
        assertThat(roles("为了办好学校,市教育局牵头建设3所学校。")).containsExactly("市教育局 LEADS");
    }
}
