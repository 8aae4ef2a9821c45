package org.policygraph.ingest;

import java.util.regex.Pattern;

/**
 * Where a task table starts: a 附件 annex heading, a 表N caption over a table's rows, an untitled table's title over its
 * header, or a task list's title over the captions of its tables.
 */
final class TableCaptions {

    /** 附件, 附件1, 附件：标题, 附件2 标题 — a short line of its own. */
    static final Pattern ANNEX_HEADING = Pattern.compile("^附件\\s*(\\d{0,2})\\s*(?:[：:]\\s*(.*)|\\s+(.*))?$");
    /** 表2 重点任务清单: a table's number and title. */
    static final Pattern CAPTION = Pattern.compile("^表\\s*(\\d+)\\s*(\\S.*)$");
    /** The longest line read as a heading of the task part (an annex's, a table's title). */
    static final int MAX_HEADING = 40;

    private TableCaptions() {
    }

    /** Whether the next line after line {@code n} that is not noise is a table row: a caption's table follows. */
    static boolean nextIsRow(SourceText source, int n, int to) {
        for (int k = n + 1; k < to; k++) {
            SourceText.Line next = source.line(k);
            if (!next.isNoise()) {
                return TableCells.isRow(next);
            }
        }
        return false;
    }

    /**
     * Whether the next line after line {@code n} that is not noise is a task table's header: an untitled table's title
     * is above.
     */
    static boolean nextIsHeaderRow(ResponsibilityLabels labels, SourceText source, int n, int to) {
        for (int k = n + 1; k < to; k++) {
            SourceText.Line next = source.line(k);
            if (!next.isNoise()) {
                return TableCells.isRow(next) ? TableHeaders.headerColumns(labels, TableCells.of(source, next).stream()
                        .map(c -> TextCleaner.cleanLine(c.of(source.raw()))).toList()) != null
                        : TableHeaders.verticalHeaderAt(labels, source, k, to) != null;
            }
        }
        return false;
    }

    /** Whether the next line after line {@code n} that is not noise is a caption (表N …): a task list's title is above. */
    static boolean nextIsTablePart(SourceText source, int n, int to) {
        for (int k = n + 1; k < to; k++) {
            SourceText.Line next = source.line(k);
            if (!next.isNoise()) {
                String t = TextCleaner.cleanLine(next.text());
                return !TableCells.isRow(next) && CAPTION.matcher(t).matches();
            }
        }
        return false;
    }

    /** Whether a line opens another table: a caption (表N …) or an annex heading (附件N). */
    static boolean opensTable(String text) {
        return CAPTION.matcher(text).matches() || (text.length() <= MAX_HEADING && ANNEX_HEADING.matcher(text).matches());
    }
}
