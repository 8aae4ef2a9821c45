package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.model.LinkType;

/**
 * Reads a 负责部门 cell: "X牵头,Y、Z等配合" → X LEADS, Y and Z SUPPORT; several leads are possible
 * ("市商务局、市统计局牵头"); a cell without 牵头/配合 names departments that all lead ("市文化局、市体育局").
 * Names are separated by 、，, ；; a trailing 等/等部门 is dropped.
 */
final class ResponsibilityCell {

    private static final String LEADS_MARK = "牵头";
    private static final String SUPPORTS_MARK = "配合";
    private static final String SEPARATOR_CHARS = "、，,；;";
    /**
     * Drafting remarks inside a note, not names: "以下均需各县区人民政府、市各功能区管委会落实,不再列出", "下同". A body's
     * name never holds these words.
     */
    private static final Pattern REMARK = Pattern.compile(
            "以下|均需|均由|下同|不再列出|落实|同上");

    record Assignment(LinkType role, String printedName) {
    }

    private ResponsibilityCell() {
    }

    /**
     * "（列第一位者为牵头或汇总单位，下同）": of the bodies listed, the first leads and the others share the task. A plan
     * prints it once, after a list, and with 下同 means every later list.
     */
    static final Pattern FIRST_LISTED_LEADS = Pattern.compile(
            "[（(][^（()）]*(?:列|排)(?:在)?(?:第一位|首位)[^（()）]*牵头[^（()）]*[）)]");
    /** A bracketed drafting remark after a list ("（下同）", "（以下均需…落实）"): not part of the last name. */
    private static final Pattern BRACKETED_REMARK = Pattern.compile(
            "[（(][^（()）]*(?:以下|均需|均由|下同|不再列出|同上)[^（()）]*[）)]");

    static List<Assignment> parse(String cell) {
        return parse(cell, false);
    }

    /**
     * @param firstListedLeads an earlier note said that the first body of a list leads ("列第一位者为牵头…，下同")
     */
    static List<Assignment> parse(String cell, boolean firstListedLeads) {
        String text = cell.replaceAll("</?p>", "").strip();
        boolean firstLeads = firstListedLeads || FIRST_LISTED_LEADS.matcher(text).find();
        text = BRACKETED_REMARK.matcher(FIRST_LISTED_LEADS.matcher(text).replaceAll("")).replaceAll("").strip();
        List<Assignment> assignments = new ArrayList<>();
        int lead = text.indexOf(LEADS_MARK);
        if (lead < 0 && firstLeads && !text.endsWith(SUPPORTS_MARK)) {
            List<String> listed = names(text);
            for (int i = 0; i < listed.size(); i++) {
                assignments.add(new Assignment(i == 0 ? LinkType.LEADS : LinkType.SUPPORTS, listed.get(i)));
            }
            return assignments;
        }
        if (lead >= 0) {
            names(text.substring(0, lead)).forEach(n -> assignments.add(new Assignment(LinkType.LEADS, n)));
            names(withoutSupportsMark(text.substring(lead + LEADS_MARK.length())))
                    .forEach(n -> assignments.add(new Assignment(LinkType.SUPPORTS, n)));
        } else if (text.endsWith(SUPPORTS_MARK)) {
            names(withoutSupportsMark(text)).forEach(n -> assignments.add(new Assignment(LinkType.SUPPORTS, n)));
        } else {
            names(text).forEach(n -> assignments.add(new Assignment(LinkType.LEADS, n)));
        }
        return assignments;
    }

    private static String withoutSupportsMark(String text) {
        String t = text.strip();
        return t.endsWith(SUPPORTS_MARK) ? t.substring(0, t.length() - SUPPORTS_MARK.length()) : t;
    }

    static List<String> names(String part) {
        return splitOutsideBrackets(part).stream()
                .map(ResponsibilityCell::trimKeepingBracket)
                .filter(n -> !n.isEmpty() && !REMARK.matcher(n).find())
                .toList();
    }

    /**
     * The names of a list, split at its separators except inside brackets: "各县（市、区）人民政府" is one name, not
     * "各县（市" and "区）人民政府".
     */
    static List<String> splitOutsideBrackets(String part) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && SEPARATOR_CHARS.indexOf(c) >= 0 || Character.isWhitespace(c) && depth == 0) {
                names.add(name.toString());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString());
        return names;
    }

    /** {@link DepartmentResolver#trim}, but a name ending in a bracket it opened keeps it: 各县（市、区）. */
    private static String trimKeepingBracket(String printed) {
        String trimmed = DepartmentResolver.trim(printed);
        String stripped = printed.strip();
        boolean closesOwnBracket = (stripped.endsWith("）") && stripped.contains("（"))
                || (stripped.endsWith(")") && stripped.contains("("));
        return closesOwnBracket && stripped.startsWith(trimmed) ? stripped : trimmed;
    }
}
