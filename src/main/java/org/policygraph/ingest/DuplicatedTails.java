package org.policygraph.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table row whose text ends with a verbatim copy of another row of the same table got that row's text appended by
 * the OCR (001 表5-11 ends with the whole of 表5-13): the copy is cut off, so each task is stated once.
 */
final class DuplicatedTails {

    private static final Pattern ROW_PREFIX = Pattern.compile("^\\d{1,3}\\s*" + ItemNumbers.CLOSING_MARK + "\\s*");

    private DuplicatedTails() {
    }

    static void trim(DocumentDraft draft, List<DocumentDraft.Measure> rows) {
        for (DocumentDraft.Measure row : rows) {
            for (DocumentDraft.Measure other : rows) {
                String copy = other.text.replaceAll("\\s", "");
                String text = row.text.replaceAll("\\s", "");
                if (other == row || copy.length() < 8 || text.length() <= copy.length() || !text.endsWith(copy)) {
                    continue;
                }
                NormalizedText normalized = NormalizedText.of(draft.source.raw(), row.quote.start(), row.quote.end());
                int cut = normalized.rawOffset(normalized.length() - copy.length());
                int end = cut;
                while (end > row.quote.start() && Character.isWhitespace(draft.source.raw().charAt(end - 1))) {
                    end--;
                }
                draft.warnings.add(row.where + ": " + row.location + " ends with a verbatim copy of " + other.location
                        + "; the copy is cut off (OCR duplication)");
                row.quote = new Span(row.quote.start(), end);
                row.text = ROW_PREFIX.matcher(TextCleaner.cleanLine(draft.quote(row.quote))).replaceFirst("");
                break;
            }
        }
    }
}
