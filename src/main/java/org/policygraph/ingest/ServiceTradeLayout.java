package org.policygraph.ingest;

/**
 * 002 (service-trade-2025): 一、 chapters, (一) sections and 17 numbered tasks "N. title。text" numbered through the
 * whole plan; "- " and "**3.**" prefixes and page breaks inside tasks are handled by the {@link OutlineParser}.
 */
final class ServiceTradeLayout implements LayoutParser {

    static final String NAME = "service-trade-2025";

    @Override
    public void parse(DocumentDraft draft, ParseContext context) {
        OutlineParser outline = new OutlineParser(draft.source, OutlineParser.Rules.PLAIN, draft.warnings);
        new BodyMapper(draft, true).map(outline.parse(1, draft.source.lines().size() + 1));
    }
}
