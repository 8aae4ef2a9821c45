package org.policygraph.ingest;

/**
 * 002 (service-trade-2025): 一、 chapters, (一) sections and 17 numbered tasks "N. title。text" numbered through the
 * whole plan (also any plan ingested with layout {@value #GENERIC_NAME}); "- " and "**3.**" prefixes and page breaks inside tasks are handled by the {@link OutlineParser}.
 */
final class ServiceTradeLayout implements LayoutParser {

    static final String NAME = "service-trade-2025";
    /** The same rules under a neutral name, for plans submitted at run time that number their parts this way. */
    static final String GENERIC_NAME = "outline";

    @Override
    public void parse(DocumentDraft draft, ParseContext context) {
        OutlineParser outline = new OutlineParser(draft.source, OutlineParser.Rules.PLAIN, draft.warnings);
        new BodyMapper(draft, true).map(outline.parse(1, draft.source.lines().size() + 1));
        if (GENERIC_NAME.equals(draft.entry.layout())) {
            // 002 prints no responsibility notes (its roles are curated in corrections/roles.tsv); new plans often do.
            draft.measures.forEach(measure -> ResponsibilityLinks.linkNotes(draft, context, measure));
        }
    }
}
