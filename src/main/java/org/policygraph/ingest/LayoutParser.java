package org.policygraph.ingest;

/**
 * Parses one source layout (the {@code layout} column of documents.tsv) into a draft: sections, measures, and the
 * links the layout itself states (e.g. 负责部门 cells). Corrections, mentions, restatements and validation are
 * applied afterwards by {@link SeedReader}, the same for every layout.
 */
interface LayoutParser {

    void parse(DocumentDraft draft, ParseContext context);

    /** What a layout may consult besides its text. */
    record ParseContext(DepartmentResolver departments, boolean strictDepartments) {
    }

    static LayoutParser forLayout(String layout) {
        return switch (layout) {
            case MocPilotLayout.NAME -> new MocPilotLayout();
            case ServiceTradeLayout.NAME, ServiceTradeLayout.GENERIC_NAME -> new ServiceTradeLayout();
            case WuhanGovLayout.NAME -> new WuhanGovLayout();
            case CommerceFypLayout.NAME -> new CommerceFypLayout();
            default -> throw new IllegalArgumentException("unknown layout " + layout);
        };
    }
}
