package org.policygraph.ingest;

/**
 * The mark closing an item's number printed in figures ("1." "2．" "3、"), spelt once for every reader of outline
 * items, run-on items, numbered task cells and numbered table rows (regular-expression character classes), and the
 * bracketed number "(1)" of items a paragraph runs on.
 */
public final class ItemNumbers {

    /**
     * The marks themselves: the ASCII dot, the full-width dot, the small full stop (U+FE52, "1﹒", as some sites print
     * the item's dot) and the enumeration comma.
     */
    private static final String MARKS = ".．﹒、";
    /** The mark closing an item's number anywhere: "1." "1．" "1﹒" "1、". */
    public static final String CLOSING_MARK = "[" + MARKS + "]";
    /**
     * The mark closing an item's number where the number opens a line: there 。 closes it too, since pages converted
     * to full-width punctuation print the item's dot as 。 ("3。打通中心城区断头路20条。") and a line cannot open with a
     * number and a sentence's end. Inside a line "排名第4。" ends a sentence, so there only {@link #CLOSING_MARK}.
     */
    public static final String CLOSING_MARK_AT_LINE_START = "[" + MARKS + "。]";
    /** An item's number printed in brackets, "(1)" or "（1）" (group 1: the number). */
    public static final String BRACKETED_NUMBER = "[（(]\\s*(\\d{1,2})\\s*[）)]";

    private ItemNumbers() {
    }
}
