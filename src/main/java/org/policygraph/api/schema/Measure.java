package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.read.plan.GlobalId;

@Type("Measure")
@Description("One task or measure a plan sets (a 任务 / 措施), with who leads it (牵头), who supports it (配合), and its source.")
public class Measure extends RowObject implements Node {

    public String id;

    @Override
    @Id
    @NonNull
    @Description("Global id, e.g. \"Measure:003/附件-12\"; the part after the colon is the key that arguments also accept alone.")
    public String getId() {
        return GlobalId.of("Measure", id);
    }

    @NonNull
    @Description("Its label as printed inside its list, e.g. \"12\". Unnumbered items (004's —— lead-ins) get \"—k\", k their position in the section.")
    public String number;

    @Description("The printed name of the list or section it sits in, e.g. \"表1 推动服务业重点行业领域深化改革扩大开放\", \"重点任务分工及进度安排表\", \"专栏5 消费供给新体系建设专项\".")
    public String list;

    @Description("Its lead phrase (text before the first 。), where one exists.")
    public String title;

    @NonNull
    @Description("Its full text, cleaned of OCR markup.")
    public String text;

    @Description("Schedule as printed, e.g. \"2016年下半年启动\" (start in the second half of 2016).")
    public String timeline;

    @NonNull
    @Description("Where the measure stands in its document and its verbatim text.")
    public Source source;

    @Ignore
    public String documentId;

    /** Its key in a list read in key order (plan/measure-page-keyed), for its cursor; else null. */
    @Ignore
    public String pageKey;

    public static Measure from(Map<String, Object> row) {
        return Rows.fill(Measure::new, row);
    }
}
