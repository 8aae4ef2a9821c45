package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.SourceRef;

/**
 * Turns printed responsibilities into LEADS / SUPPORTS links of a measure, quoting the printed text: a 负责部门 table
 * cell ({@link TaskTables}), or a note closing a task in prose, as many Wuhan plans print them —
 * "（责任单位：市商务局、市发改委）", "（牵头单位：市商务局；配合单位：市财政局）".
 */
final class ResponsibilityLinks {

    /** A parenthesised note whose first label names who is responsible. */
    private static final Pattern NOTE = Pattern.compile(
            "[（(]\\s*(?:责任单位|责任部门|牵头单位|牵头部门|负责单位|负责部门)\\s*[:：][^（()）]+[）)]");
    private static final Pattern LEAD_LABEL = Pattern.compile("^(?:责任单位|责任部门|牵头单位|牵头部门|负责单位|负责部门)\\s*[:：]");
    private static final Pattern SUPPORT_LABEL = Pattern.compile("^(?:配合单位|配合部门|协办单位)\\s*[:：]");

    private ResponsibilityLinks() {
    }

    /** Links every responsibility note in the measure's own text. */
    static void linkNotes(DocumentDraft draft, PlanParser.ParseContext context, DocumentDraft.Measure measure) {
        String text = draft.quote(measure.quote);
        Matcher m = NOTE.matcher(text);
        while (m.find()) {
            String note = m.group();
            link(draft, context, measure.id, measure.location, note,
                    parseNote(note.substring(1, note.length() - 1)), measure.where, "responsibility note");
        }
    }

    /** "责任单位：A、B；配合单位：C" → A, B lead, C supports; a lead part may itself say 牵头/配合. */
    static List<ResponsibilityCell.Assignment> parseNote(String inner) {
        List<ResponsibilityCell.Assignment> assignments = new ArrayList<>();
        for (String part : inner.split("[；;]")) {
            String segment = part.strip();
            Matcher lead = LEAD_LABEL.matcher(segment);
            Matcher support = SUPPORT_LABEL.matcher(segment);
            if (lead.find()) {
                assignments.addAll(ResponsibilityCell.parse(segment.substring(lead.end())));
            } else if (support.find()) {
                ResponsibilityCell.names(segment.substring(support.end()))
                        .forEach(n -> assignments.add(new ResponsibilityCell.Assignment(LinkType.SUPPORTS, n)));
            }
        }
        return assignments;
    }

    static void link(DocumentDraft draft, PlanParser.ParseContext context, String targetId, String location,
                     String quote, List<ResponsibilityCell.Assignment> assignments, String where, String printedAs) {
        for (ResponsibilityCell.Assignment assignment : assignments) {
            if (context.departments().isPlaceholder(assignment.printedName())) {
                continue;
            }
            var id = context.departments().resolve(assignment.printedName());
            if (id.isEmpty()) {
                String problem = location + ": department '" + assignment.printedName() + "' in " + printedAs
                        + " is not in " + VocabularyReader.DEPARTMENTS + " (name or alias); no " + assignment.role()
                        + " link made";
                if (context.strictDepartments()) {
                    throw new SeedException(where, problem);
                }
                draft.warnings.add(where + ": " + problem);
                continue;
            }
            LinkRecord link = new LinkRecord(assignment.role(), id.get(), targetId,
                    new SourceRef(draft.documentId(), location, quote));
            boolean duplicate = draft.links.stream().anyMatch(l -> l.link().type() == link.type()
                    && l.link().fromId().equals(link.fromId()) && l.link().toId().equals(link.toId()));
            if (!duplicate) {
                draft.link(link, where);
            }
        }
    }
}
