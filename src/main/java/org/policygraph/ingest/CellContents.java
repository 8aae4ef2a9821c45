package org.policygraph.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a table cell holds, read from its text alone: a row's number, a date or deadline, an outline number, a figure,
 * the names of bodies (by the vocabulary's departments, generic actors and body-name endings), a person's name, or
 * words. The task tables tell rows and columns apart by these kinds where their cells do not line up with the header.
 */
final class CellContents {

    /** A row's number printed alone in its cell: "1", "24". */
    static final Pattern NUMBER_CELL = Pattern.compile("^\\d{1,3}$");
    /** 2021.8, 2021-12, 2021/12/31: a date printed in figures. */
    static final Pattern NUMERIC_DATE = Pattern.compile("^\\d{4}\\s*[.．/\\-]\\s*\\d{1,2}(?:\\s*[.．/\\-]\\s*\\d{1,2})?$");
    /** What a deadline's cell says: a year, a month, a quarter, 长期 / 持续 / 常态, 年底, 前, 启动, 完成. */
    static final Pattern DEADLINE_LIKE = Pattern.compile(".*(\\d{4}\\s*年|月|季度|长期|持续|常态|年底|前|启动|完成).*");
    /** An outline number opening a cell: 一、 (一) 1. */
    static final Pattern OUTLINE_NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]).*");
    /** A cell holding one figure: "186", "18.4", "低于 4.1", "5%", "3个以上". */
    static final Pattern FIGURE_CELL = Pattern.compile(
            "^(?:低于|不低于|高于|不高于|不超过|超过|控制在|达到)?\\d+(?:\\.\\d+)?[%％]?[\\p{IsHan}]{0,2}(?:以上|以下|以内|左右)?$");
    /** No body in the cell: "/", "无", "—". */
    static final Pattern NO_BODY = Pattern.compile("^[/／—\\-－无]*$");
    /** What may close a cell listing bodies: 等 (and others), a full stop. */
    private static final Pattern LIST_CLOSE = Pattern.compile("(?:" + DepartmentResolver.AND_OTHERS + ")?[。．.；;]?\\s*$");
    /**
     * The "and others" closing one list of bodies inside a cell, before the comma that opens the next list: "…等部门、单位，
     * 各街道" (the list is open; the words name no body).
     */
    private static final Pattern OPEN_LIST_OF_BODIES = Pattern.compile(
            DepartmentResolver.AND_OTHERS + "(?=[，,；;。]|\\s*$)");
    /** A person's name as tables print it beside a body's: two or three characters. */
    static final Pattern PERSON_NAME = Pattern.compile("^[\\p{IsHan}]{2,3}$");

    /** A cell longer than this with a comma is text, unless it only lists names ({@link #looksLikeNames}). */
    private static final int LONG_CELL = 80;
    /** The longest name a long list of bodies prints: longer, a comma's part is a phrase of a sentence. */
    private static final int MAX_LISTED_NAME = 20;

    private final PlanParser.ParseContext context;

    CellContents(PlanParser.ParseContext context) {
        this.context = context;
    }

    /** What a cell printed on a line of its own holds, for finding where the rows of a table without 序号 start. */
    enum CellKind { WORDS, FIGURE, NAMES }

    /** A figure alone, names of bodies, or any other words. */
    CellKind kindOf(String cell) {
        String c = cell.replaceAll("\\s", "");
        if (FIGURE_CELL.matcher(c).matches()) {
            return CellKind.FIGURE;
        }
        return looksLikeNames(c) ? CellKind.NAMES : CellKind.WORDS;
    }

    /**
     * Whether a cell reads as a list of bodies: every name of it (lead signs aside) a body the vocabulary knows, a
     * generic actor, or shaped like a body ({@link BodyNameEndings#isBodyLike}); or no body at all ("/").
     */
    boolean looksLikeNames(String cell) {
        // a list may be closed by 等 and a full stop, as a sentence is: "市发改委、市税务局等。"
        cell = LIST_CLOSE.matcher(cell).replaceFirst("");
        // "区公共项目建设管理中心、区国有资产管理中心等部门、单位,各街道": 等部门、单位 only says the list is open
        cell = OPEN_LIST_OF_BODIES.matcher(cell).replaceAll("");
        // "市发改局牵头落实;市工信局、市教体局按职责分工分别落实": the verbs closing its lists leave names
        cell = ResponsibilityCell.withoutCarryingOut(context.departments().bodyNameEndings(), cell);
        // a long cell is text, unless it lists names with 、 and ; only (a division's 18 bodies), or its commas only
        // join such lists ("县文旅广体局、县烟草局…等单位，各乡镇人民政府": the bodies, then the generic actors): a
        // sentence has a ， between longer phrases
        if (cell.contains("。") || cell.length() > LONG_CELL && (cell.contains("，") || cell.contains(","))
                && !ResponsibilityCell.splitOutsideBrackets(cell).stream()
                        .allMatch(n -> DepartmentResolver.trim(n).length() <= MAX_LISTED_NAME)) {
            return false;
        }
        String signless = cell.replaceAll("[" + ResponsibilityCell.LEAD_SIGNS + "]", "");
        if (NO_BODY.matcher(signless.strip()).matches()) {
            return true;
        }
        List<String> printedNames = ResponsibilityCell.splitOutsideBrackets(signless);
        BodyNameEndings endings = context.departments().bodyNameEndings();
        for (int i = 0; i < printedNames.size(); i++) {
            String printed = printedNames.get(i);
            String name = DepartmentResolver.trim(printed);
            if (name.isEmpty()) {
                continue;
            }
            // a name listed before another of the same kind may leave the kind's word to it: "黄埔区、南沙区政府"
            String next = i + 1 < printedNames.size() ? DepartmentResolver.trim(printedNames.get(i + 1)) : "";
            String nextKind = signless.replaceAll("\\s", "").contains(name + "、" + next)
                    ? endings.kindWord(next) : null;
            if (!context.departments().knows(name) && context.departments().genericActor(printed).isEmpty()
                    && !endings.isBodyLike(name) && (nextKind == null || !endings.isBodyLike(name + nextKind))) {
                return false;
            }
        }
        return true;
    }

    /** A cell holding a person's name alone ("祝振伟", "沈  昱"): two or three characters that read as no body. */
    boolean isPerson(String cell) {
        String c = cell.replaceAll("[\\s\u3000]", "");
        return PERSON_NAME.matcher(c).matches() && !looksLikeNames(c);
    }

    /** Whether a character is a Chinese one: a cell of words or names holds some, a cell of figures none. */
    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
