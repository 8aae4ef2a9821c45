package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a document body as the {@link OutlineParser} recognises it, before a layout decides whether it
 * becomes a Section or a Measure. Spans point into the raw text.
 */
final class OutlineNode {

    enum Kind {
        /**
         * The body of a plan printed without 一、 chapters, opened by its first （一） section or 1. item: its
         * elements hang here as they would under a chapter, but it is no Section of its own.
         */
        BODY,
        /** 一、 heading */
        CHAPTER,
        /** （一） heading */
        SECTION,
        /** "N." numbered paragraph in the body */
        ITEM,
        /** 专栏N box heading */
        BOX,
        /** "N." item inside a 专栏 box */
        BOX_ITEM,
        /** unnumbered ——lead-in paragraph */
        LEAD,
        /** 表N caption (with the flattened table it belongs to) */
        TABLE
    }

    final Kind kind;
    final OutlineNode parent;
    final List<OutlineNode> children = new ArrayList<>();
    /** The line that opened this node (heading, or the first segment of an item). */
    final Span heading;
    /** Printed label: "二、", "（一）", "3", "专栏5", "表1". */
    final String label;
    /** Numeral of a heading ("二"), number of an item ("3"), ordinal of a lead-in ("2"). */
    final String number;
    /** Heading text without its label and without a closing 。 (cleaned); for items the whole first line. */
    final String headingTitle;
    /** The node's own text segments: for items and lead-ins including the first line; for headings after it. */
    final List<Span> spans = new ArrayList<>();

    OutlineNode(Kind kind, OutlineNode parent, Span heading, String label, String number, String headingTitle) {
        this.kind = kind;
        this.parent = parent;
        this.heading = heading;
        this.label = label;
        this.number = number;
        this.headingTitle = headingTitle;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isItemLike() {
        return kind == Kind.ITEM || kind == Kind.BOX_ITEM || kind == Kind.LEAD;
    }

    /** Raw span from the first own segment to the last, or null when the node has no text of its own. */
    Span textSpan() {
        if (spans.isEmpty()) {
            return null;
        }
        return new Span(spans.get(0).start(), spans.get(spans.size() - 1).end());
    }

    /** The printed heading, label and title, e.g. "（一）推动服务业重点行业领域深化改革扩大开放". */
    String printedHeading() {
        return label + headingTitle;
    }

    @Override
    public String toString() {
        return kind + " " + label + " " + headingTitle;
    }
}
