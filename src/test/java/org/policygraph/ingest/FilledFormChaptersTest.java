package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.MeasureRecord;

/**
 * A report on a list of projects prints each project as a chapter filling one form: its （一） lines are labelled fields
 * ("（一）责任领导：…", "（二）年度目标：…", "（三）完成情况：…"), the same labels under every chapter. Each chapter is one
 * task, its fields no tasks of their own. Chapters whose （一） lines are not the same fields keep them as tasks. Texts
 * written for the tests.
 */
class FilledFormChaptersTest {

    @Test
    void eachChapterFillingTheSameFormIsOneTask() {
        DocumentBundle bundle = SubmittedPlans.read("forms", "民生实事项目进展情况", """
                现将民生实事项目进展情况报告如下:
                一、关于《村级供水站提升项目》进展情况
                (一)责任领导:张某
                (二)年度目标:完成8个村级供水站改造提升,总投资约300万元。
                (三)完成情况:8个村级供水站已全面完工。
                二、关于《河道整治项目》进展情况
                (一)责任领导:李某
                (二)年度目标:新建堰坝5座,总投资约80万元。
                """);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(bundle.measures().get(0).text()).startsWith("关于《村级供水站提升项目》进展情况")
                .contains("完成8个村级供水站改造提升");
    }

    @Test
    void labelledLinesThatAreNotOneFormStayTasks() {
        DocumentBundle bundle = SubmittedPlans.read("forms", "改造校舍", """
                一、教育
                (一)新建学校:新建小学2所,新增学位1800个。
                (二)改造校舍:改造校舍5所。
                二、卫生
                (一)建设医院:新建社区卫生服务中心3个。
                (二)配置设备:配置AED装置30台。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).hasSize(4);
    }
}
