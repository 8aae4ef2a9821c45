package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of tasks run on inside one paragraph, each opened by its number in brackets, as a page quoting a work report
 * prints the year's projects ("…重点抓好12件民生实事。分别是: (1)新建幼儿园3所。 (2)改造老旧小区20个。 (3)…"): the words
 * leading into the list end with a colon right before "(1)", and each later number, in order, follows a sentence's or
 * clause's end. Where each task starts is printed, so each is a task of its own.
 */
final class RunOnItems {

    /** The fewest items that make a run a list (two numbers in a sentence may cite something else). */
    static final int MIN_ITEMS = 3;
    /** An item's number in brackets, "(1)" or "（1）". */
    private static final Pattern BRACKETED_NUMBER = Pattern.compile(ItemNumbers.BRACKETED_NUMBER);
    /** The words leading into the list close with a colon: "分别是:", "主要包括以下工作：". */
    private static final Pattern LEAD_INTO_LIST = Pattern.compile("[：:]\\s*$");
    /** What stands before a later item's number: the end of the item before it. */
    private static final Pattern AFTER_AN_ITEM = Pattern.compile("[。；;！!]\\s*$");
    /** The fewest characters of an item's text. */
    private static final int MIN_ITEM_TEXT = 4;

    /** One item: where its number starts and where its text starts and ends (offsets in the paragraph). */
    record Item(int start, int textStart, int end) {
    }

    /** The words leading into the list (up to the first number) and the items, in order. */
    record RunOnList(int leadEnd, List<Item> items) {
    }

    private RunOnItems() {
    }

    /** The list a paragraph runs on, or null when it holds none of {@link #MIN_ITEMS} items at least. */
    static RunOnList in(String paragraph) {
        Matcher number = BRACKETED_NUMBER.matcher(paragraph);
        List<int[]> marks = new ArrayList<>(); // {start, end} of each number, 1, 2, 3 … in order
        while (number.find()) {
            int expected = marks.size() + 1;
            if (Integer.parseInt(number.group(1)) != expected) {
                continue;
            }
            String before = paragraph.substring(marks.isEmpty() ? 0 : marks.get(marks.size() - 1)[1], number.start());
            if ((expected == 1 ? LEAD_INTO_LIST : AFTER_AN_ITEM).matcher(before).find()) {
                marks.add(new int[] {number.start(), number.end()});
            }
        }
        if (marks.size() < MIN_ITEMS) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : paragraph.length();
            while (end > marks.get(i)[1] && Character.isWhitespace(paragraph.charAt(end - 1))) {
                end--;
            }
            if (end - marks.get(i)[1] < MIN_ITEM_TEXT) {
                return null;
            }
            items.add(new Item(marks.get(i)[0], marks.get(i)[1], end));
        }
        return new RunOnList(marks.get(0)[0], items);
    }
}
