package org.policygraph.ingest;

import java.util.regex.Pattern;

import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.SourceRef;

/**
 * Applies the curated corrections of {@code corrections/}: measure splits (an OCR-merged table row cut back apart)
 * and roles stated in prose (LEADS/SUPPORTS/COORDINATES of a section or measure). Both are data, not code, so a
 * document's quirks stay out of the parsers.
 */
final class Corrections {

    static final String MEASURE_SPLITS = "corrections/measure-splits.tsv";
    static final String ROLES = "corrections/roles.tsv";

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d{1,3}\\s*[.．]\\s*");

    private final TsvTable splits;
    private final TsvTable roles;

    Corrections(SeedSource source) {
        this.splits = TsvTable.read(source, MEASURE_SPLITS, "document", "location", "split_at", "new_number");
        this.roles = TsvTable.read(source, ROLES, "document", "location", "department", "role", "quote");
    }

    /** Document ids the corrections mention, each with the row naming it (for checking they exist). */
    void checkDocuments(java.util.function.Predicate<String> known) {
        for (TsvTable table : java.util.List.of(splits, roles)) {
            for (TsvTable.Row row : table.rows()) {
                if (!known.test(row.required("document"))) {
                    throw row.error("document '" + row.get("document") + "' is not in " + DocumentCatalog.DOCUMENTS);
                }
            }
        }
    }

    /**
     * Cuts each listed measure at the verbatim text {@code split_at}; the tail becomes a new measure numbered
     * {@code new_number} right after it. Where a measure with that number already exists and its text equals the
     * tail, the OCR duplicated a row into its neighbour: the tail is dropped and the existing row kept.
     */
    void applySplits(DocumentDraft draft) {
        for (TsvTable.Row row : splits.rows()) {
            if (!row.required("document").equals(draft.documentId())) {
                continue;
            }
            String location = row.required("location");
            DocumentDraft.Measure measure = draft.measure(draft.idOf(location));
            if (measure == null) {
                throw row.error("no measure at location '" + location + "' in document " + draft.documentId());
            }
            String splitAt = row.required("split_at");
            String quote = draft.quote(measure.quote);
            int at = quote.indexOf(splitAt);
            if (at <= 0) {
                throw row.error("split_at '" + splitAt + "' does not occur (after the start) in the raw text of "
                        + location + ": '" + quote + "'");
            }
            String newNumber = row.required("new_number");
            if (!location.endsWith(measure.number)) {
                throw row.error("location '" + location + "' does not end with its number " + measure.number);
            }
            String newLocation = location.substring(0, location.length() - measure.number.length()) + newNumber;
            Span head = trimEnd(draft.source.raw(), new Span(measure.quote.start(), measure.quote.start() + at));
            Span tail = new Span(measure.quote.start() + at, measure.quote.end());
            String tailText = textOf(draft, tail);
            DocumentDraft.Measure existing = draft.measure(draft.idOf(newLocation));
            if (existing != null) {
                if (!squeeze(existing.text).equals(squeeze(tailText))) {
                    throw row.error("new_number " + newNumber + " is already taken by " + newLocation
                            + " whose text differs from the split-off tail");
                }
                draft.warnings.add(row.where() + ": " + location + " split at '" + splitAt + "'; the tail duplicates "
                        + newLocation + " and is dropped");
            } else {
                DocumentDraft.Measure added = new DocumentDraft.Measure(draft.idOf(newLocation), newLocation,
                        measure.parentId, newNumber, measure.list, tailText, tail, measure.bodyMeasure,
                        draft.source.where(tail.start()));
                added.timeline = measure.timeline;
                added.restateCandidates = measure.restateCandidates;
                draft.insertMeasureAfter(measure, added);
            }
            measure.quote = head;
            measure.text = textOf(draft, head);
        }
    }

    /** Roles stated in prose, as links from the department to the section or measure at {@code location}. */
    void applyRoles(DocumentDraft draft, DepartmentResolver departments, SeedVocabulary vocabulary) {
        for (TsvTable.Row row : roles.rows()) {
            if (!row.required("document").equals(draft.documentId())) {
                continue;
            }
            String location = row.required("location");
            String targetId = draft.idOf(location);
            if (draft.section(targetId) == null && draft.measure(targetId) == null) {
                throw row.error("no section or measure at location '" + location + "' in document "
                        + draft.documentId());
            }
            String department = row.required("department");
            String departmentId = vocabulary.hasDepartment(department) ? department
                    : departments.resolve(department).orElseThrow(() -> row.error("department '" + department
                    + "' is neither a department id nor a name/alias in " + VocabularyReader.DEPARTMENTS));
            LinkType role = switch (row.required("role")) {
                case "LEADS" -> LinkType.LEADS;
                case "SUPPORTS" -> LinkType.SUPPORTS;
                case "COORDINATES" -> LinkType.COORDINATES;
                default -> throw row.error("role '" + row.get("role") + "' is not LEADS, SUPPORTS or COORDINATES");
            };
            String quote = row.required("quote");
            if (!draft.source.raw().contains(quote)) {
                throw row.error("quote '" + quote + "' is not verbatim in " + draft.source.file());
            }
            draft.link(new LinkRecord(role, departmentId, targetId, new SourceRef(draft.documentId(), location, quote)),
                    row.where());
        }
    }

    private static String textOf(DocumentDraft draft, Span span) {
        return LEADING_NUMBER.matcher(TextCleaner.clean(draft.quote(span))).replaceFirst("");
    }

    private static Span trimEnd(String raw, Span span) {
        int end = span.end();
        while (end > span.start() && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        return new Span(span.start(), end);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s", "");
    }
}
