package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an outline into Sections and Measures with the location scheme of graph-seed/FORMAT.md: chapters {@code 二},
 * sections {@code 二(一)}, numbered items {@code 二(一)1}, boxes {@code 专栏5} with items {@code 专栏5-2}, lead-ins
 * {@code 四(二)—3}, tables {@code 表1}. Whether a numbered body item is a Measure (a task) or a Section (e.g. an
 * achievement in a review chapter) is the layout's call.
 */
final class BodyMapper {

    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\d{1,2}\\s*[.．]\\s*");
    private static final Pattern LEAD_MARK = Pattern.compile("^(——|一一|—|一)");

    private final DocumentDraft draft;
    private final boolean numberedItemsAreMeasures;

    BodyMapper(DocumentDraft draft, boolean numberedItemsAreMeasures) {
        this.draft = draft;
        this.numberedItemsAreMeasures = numberedItemsAreMeasures;
    }

    void map(List<OutlineNode> chapters) {
        for (OutlineNode chapter : chapters) {
            mapNode(chapter, null, "");
        }
    }

    private void mapNode(OutlineNode node, String parentId, String parentLocation) {
        String raw = draft.source.raw();
        switch (node.kind) {
            case CHAPTER, SECTION, BOX, TABLE -> {
                String location = switch (node.kind) {
                    case CHAPTER -> node.number;
                    case SECTION -> parentLocation + "(" + node.number + ")";
                    default -> node.label;
                };
                DocumentDraft.Section section = draft.addSection(location, parentId, node.label, node.headingTitle,
                        cleanText(node.spans, raw), node.heading, node.textSpan());
                for (OutlineNode child : node.children) {
                    mapNode(child, section.id, location);
                }
            }
            case ITEM -> {
                String location = parentLocation + node.number;
                String text = ITEM_NUMBER.matcher(cleanText(node.spans, raw)).replaceFirst("");
                if (numberedItemsAreMeasures) {
                    draft.addMeasure(location, parentId, node.number, node.parent.printedHeading(), text,
                            node.textSpan(), true);
                } else {
                    mapItemAsSection(node, parentId, location, text);
                }
            }
            case BOX_ITEM -> {
                String location = node.parent.label + "-" + node.number;
                String text = ITEM_NUMBER.matcher(cleanText(node.spans, raw)).replaceFirst("");
                draft.addMeasure(location, parentId, node.number, node.parent.label + " " + node.parent.headingTitle,
                        text, node.textSpan(), true);
            }
            case LEAD -> {
                String location = parentLocation + "—" + node.number;
                String text = LEAD_MARK.matcher(cleanText(node.spans, raw)).replaceFirst("");
                draft.addMeasure(location, parentId, "—" + node.number, node.parent.printedHeading(), text,
                        node.textSpan(), true);
            }
            default -> throw new IllegalStateException("unexpected " + node.kind);
        }
    }

    /**
     * A numbered paragraph kept as a Section: its lead phrase is the title when it has one ("1.消费规模与作用显著提升。…"),
     * otherwise the item is a numbered sub-heading ("1.总体定位") and the paragraphs after it are its text.
     */
    private void mapItemAsSection(OutlineNode node, String parentId, String location, String text) {
        String firstLine = ITEM_NUMBER.matcher(TextCleaner.cleanLine(node.heading.of(draft.source.raw())))
                .replaceFirst("");
        String title;
        String ownText;
        if (firstLine.contains("。")) {
            title = TextCleaner.leadPhrase(text);
            ownText = text;
        } else {
            title = firstLine;
            ownText = cleanText(node.spans.subList(1, node.spans.size()), draft.source.raw());
        }
        draft.addSection(location, parentId, node.number + ".", title, ownText, node.heading, node.textSpan());
    }

    static String cleanText(List<Span> spans, String raw) {
        List<String> pieces = new ArrayList<>();
        spans.forEach(span -> pieces.add(span.of(raw)));
        return TextCleaner.clean(pieces);
    }
}
