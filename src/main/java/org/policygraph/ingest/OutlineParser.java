package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the heading hierarchy of a Chinese plan body, line by line: 一、 chapters, （一） sections, "N." items
 * (or 第N章 chapters, 第N节 sections and 一、 items in a plan numbered in words),
 * 专栏N boxes with their items, ——lead-in paragraphs, and 表N captions. A line that is none of these continues the
 * innermost open element, which is how paragraphs cut by a page break (blank line, page number) are rejoined.
 *
 * <p>OCR artefacts handled here because they are general, not document-specific: markdown and "- " bullets before a
 * marker, a marker after leading spaces, an item that starts in the middle of the previous item's line after its
 * closing 。 ("…项目。 3.推动…"), and a line repeated verbatim.
 */
final class OutlineParser {

    private static final String NUMERALS = "一二三四五六七八九十";
    /** Location of the section holding the body of a plan without 一、 chapters (it has no printed label). */
    static final String BODY_LOCATION = "正文";
    private static final Pattern CHAPTER = Pattern.compile("^([" + NUMERALS + "]+)、\\s*(.*)$");
    /** "第三章 加快建设现代产业体系": the chapters of a plan numbered in words (五年规划, 纲要). */
    static final Pattern WORDED_CHAPTER = Pattern.compile("^第\\s*([" + NUMERALS + "百零]+)\\s*章\\s*(.*)$");
    /** "第一节 培育消费新场景": a section of a chapter numbered in words. */
    private static final Pattern WORDED_SECTION = Pattern.compile("^第\\s*([" + NUMERALS + "百零]+)\\s*节\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^([（(]\\s*([" + NUMERALS + "]+)\\s*[）)])\\s*(.*)$");
    /**
     * "1." and "1、" items; "（1）" and "①" sub-items stay text of their item. A "（1）" standing under a section with no
     * "1." item open is an item itself ({@link #BRACKETED_ITEM}). Pages converted to full-width punctuation print the
     * item's dot as 。 ("3。打通中心城区断头路20条。"): a line cannot open with a number and a sentence's end, so at the
     * start of a line that too is an item's number (not inside a line, where "排名第4。" ends a sentence):
     * {@link ItemNumbers#CLOSING_MARK_AT_LINE_START}.
     */
    private static final Pattern ITEM = Pattern.compile(
            "^(\\d{1,2})\\s*" + ItemNumbers.CLOSING_MARK_AT_LINE_START + "(?!\\d)\\s*(.*)$");
    /** The first line of the body of a plan without 一、 chapters: a （一） section or a 1. item. */
    static final Pattern CHAPTERLESS_BODY = Pattern.compile(SECTION.pattern() + "|" + ITEM.pattern());
    /** "（1）推行企业开办…": a bracketed number, an item where no "1." item is open. */
    private static final Pattern BRACKETED_ITEM = Pattern.compile("^[（(]\\s*(\\d{1,2})\\s*[）)]\\s*(.*)$");
    private static final Pattern BOX = Pattern.compile("^专栏\\s*(\\d+)\\s*(.*)$");
    private static final Pattern TABLE_CAPTION = Pattern.compile("^表\\s*(\\d+)\\s*(.+)$");
    /** OCR renderings of the em-dash lead of an unnumbered task paragraph: ——, —, 一一, 一. */
    static final Pattern LEAD = Pattern.compile("^(——|一一|—|一)(?![、一—])(.+)$");
    /** Lead-in marks that cannot be ordinary text; a single 一 is one only in a lead-in's shape ({@link #isSingleDashLead}). */
    static final Pattern UNAMBIGUOUS_LEAD = Pattern.compile("^(——|一一|—)(?![、一—])(.+)$");

    private static final int MAX_HEADING_LENGTH = 60;
    /** The lead phrase of a ——lead-in ("完善商贸基础设施体系") is short; its body follows on the same line. */
    private static final int MAX_LEAD_PHRASE = 30;
    private static final int MIN_LEAD_BODY = 20;
    /** Words that begin with 一 in ordinary prose: a line starting with one of them is no lead-in. */
    private static final Pattern COMMON_YI_WORD = Pattern.compile(
            "^(是|批|体|系列|般|流|站|带一路|些|步|定|次|网|起|直|旦|律|季度|年|个|项|大批|致|同|并|方面|手|线|揽子|号|级|期|把手)");
    private static final Pattern LEAD_PHRASE_END = Pattern.compile("[。，,；;]");
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final int MIN_TABLE_FIGURES = 4;

    /**
     * What the parser needs to know beyond the text: the plan conventions (which chapters set tasks), and whether the
     * text has no 一、 chapter at all, so that its body starts at its first （一） section or 1. item instead.
     */
    record Rules(PlanConventions conventions, boolean withoutChapters, boolean wordedChapters) {
        Rules(PlanConventions conventions) {
            this(conventions, false, false);
        }

        Rules(PlanConventions conventions, boolean withoutChapters) {
            this(conventions, withoutChapters, false);
        }
    }

    private final SourceText source;
    private final Rules rules;
    private final List<String> warnings;

    private final List<OutlineNode> chapters = new ArrayList<>();
    private OutlineNode chapter;
    private OutlineNode section;
    private OutlineNode box;
    private OutlineNode leaf;
    private int lastItemNumber;
    /** The mark after the number of the last "N." item ('.', '．' or '、'). */
    private char lastItemSeparator;
    private int lastBoxItemNumber;
    /** The last "（N）" read as an item (0: none), and whether the open leaf is one. */
    private int lastBracketedNumber;
    private boolean leafBracketed;
    private String previousLine = "";
    /** The last line before the body, while there is no chapter yet. */
    private Span preamble;

    OutlineParser(SourceText source, Rules rules, List<String> warnings) {
        this.source = source;
        this.rules = rules;
        this.warnings = warnings;
    }

    /** Parses lines {@code fromLine} (inclusive) to {@code toLine} (exclusive), 1-based; returns the chapters. */
    List<OutlineNode> parse(int fromLine, int toLine) {
        for (int number = fromLine; number < toLine; number++) {
            SourceText.Line line = source.line(number);
            if (line.isNoise()) {
                continue;
            }
            int start = line.contentStart();
            int end = line.contentEnd();
            if (start < end) {
                accept(new Span(start, end));
            }
        }
        return chapters;
    }

    private void accept(Span segment) {
        String text = bracketEnclosedNumber(TextCleaner.cleanLine(segment.of(source.raw())));
        if (text.isEmpty()) {
            return;
        }
        if (text.equals(previousLine) && text.length() > 8) {
            warnings.add(source.where(segment.start()) + ": line repeats the previous line verbatim; skipped as an OCR "
                    + "duplicate");
            return;
        }
        boolean afterSentenceEnd = previousLine.isEmpty()
                || TextCleaner.endsSentence(previousLine.charAt(previousLine.length() - 1))
                || leaf == null;
        previousLine = text;

        Matcher m;
        if (rules.wordedChapters() && wordedHeading(segment, text)) {
            return;
        }
        if ((m = CHAPTER.matcher(text)).matches() && (text.length() <= MAX_HEADING_LENGTH || nextChapter(m.group(1)))) {
            chapter = new OutlineNode(OutlineNode.Kind.CHAPTER, null, segment, m.group(1) + "、", m.group(1),
                    headingTitle(m.group(2)));
            chapters.add(chapter);
            section = box = leaf = null;
            return;
        }
        if (chapter == null) {
            Span before = preamble;
            preamble = segment;
            if (!rules.withoutChapters() || !CHAPTERLESS_BODY.matcher(text).matches()) {
                return; // preamble before the first chapter: title, addressees, notice text
            }
            // the line leading into the list ("…制定本方案。", "现将…如下：") heads it, as a title heads a task table
            Span lead = before != null ? before : segment;
            chapter = new OutlineNode(OutlineNode.Kind.BODY, null, lead, "", BODY_LOCATION,
                    headingTitle(TextCleaner.cleanLine(lead.of(source.raw()))));
            chapters.add(chapter);
        }
        if ((m = SECTION.matcher(text)).matches()) {
            String next = numeral(numeralValue(m.group(2)) + 1);
            Span[] parts = next == null ? null : splitBeforeNext(segment, "[（(]\\s*" + next + "\\s*[）)]");
            if (parts != null) {
                // "（一）…。（二）…" / "（一）…增长11%左右。(省发改委负责)(二)公共财政收入…": the sections run on in one
                // line, each starting after the 。 or the note closing the one before
                previousLine = "";
                accept(parts[0]);
                previousLine = "";
                accept(parts[1]);
                return;
            }
            // "（一）标题。正文…": the heading is the lead phrase; the rest of the line is the section's own text
            String rest = m.group(3);
            int stop = rest.indexOf('。');
            boolean bodyOnLine = stop >= 0 && stop < rest.length() - 1;
            section = new OutlineNode(OutlineNode.Kind.SECTION, chapter, segment, m.group(1).replaceAll("\\s", ""),
                    m.group(2), headingTitle(bodyOnLine ? rest.substring(0, stop) : rest));
            box = leaf = null;
            if (bodyOnLine) {
                int rawStop = source.raw().indexOf('。', segment.start());
                Span body = rawStop < 0 || rawStop + 1 >= segment.end() ? null
                        : TableCells.trim(source.raw(), rawStop + 1, segment.end());
                if (body != null && body.start() < body.end()) {
                    section.spans.add(body);
                }
            }
            return;
        }
        if (text.length() <= MAX_HEADING_LENGTH && (m = BOX.matcher(text)).matches()) {
            box = new OutlineNode(OutlineNode.Kind.BOX, container(), segment, "专栏" + m.group(1), m.group(1),
                    headingTitle(m.group(2)));
            leaf = null;
            lastBoxItemNumber = 0;
            return;
        }
        if (text.length() <= MAX_HEADING_LENGTH
                && (m = TABLE_CAPTION.matcher(text)).matches()) {
            OutlineNode receiver = receiver();
            OutlineNode table = new OutlineNode(OutlineNode.Kind.TABLE, container(), segment, "表" + m.group(1),
                    m.group(1), headingTitle(m.group(2)));
            if (receiver != null && !receiver.spans.isEmpty()
                    && isFlattenedTable(receiver.spans.get(receiver.spans.size() - 1).of(source.raw()))) {
                // a table printed just above its caption (extraction flattens its cells into one line) is the
                // table's text, not the paragraph's
                table.spans.add(receiver.spans.remove(receiver.spans.size() - 1));
            }
            box = leaf = null;
            return;
        }
        if ((m = ITEM.matcher(text)).matches()) {
            int n = Integer.parseInt(m.group(1));
            if (box != null && n == lastBoxItemNumber + 1) {
                leaf = new OutlineNode(OutlineNode.Kind.BOX_ITEM, box, segment, m.group(1), m.group(1), m.group(2));
                lastBoxItemNumber = n;
                addText(leaf, segment);
                return;
            }
            char separator = text.substring(m.end(1)).strip().charAt(0);
            if (n == lastItemNumber + 1 || n == 1 || isQuotedItem(n, separator, m.group(2), afterSentenceEnd)) {
                box = null;
                leaf = new OutlineNode(OutlineNode.Kind.ITEM, container(), segment, m.group(1), m.group(1),
                        m.group(2));
                leafBracketed = false;
                lastItemNumber = n;
                lastItemSeparator = separator;
                addText(leaf, segment);
                return;
            }
        }
        if (box == null && leaf != null && !leafBracketed && (m = BRACKETED_ITEM.matcher(text)).matches()) {
            OutlineNode heads = isSubItem(leaf) ? leaf.parent : isHeadingOnly(leaf) ? leaf : null;
            int n = Integer.parseInt(m.group(1));
            if (heads != null && n == heads.children.size() + 1) {
                // "1.完善应急预案体系" standing alone, then "（1）加强…" "（2）推进…": the 1. heads them, each （1） is a
                // task, as a 一、 standing alone heads its （一） tasks in a plan numbered in words
                leaf = new OutlineNode(OutlineNode.Kind.ITEM, heads, segment, m.group(1), "(" + m.group(1) + ")",
                        m.group(2));
                addText(leaf, segment);
                return;
            }
        }
        if (box == null && (leaf == null || (leafBracketed && leaf.kind == OutlineNode.Kind.ITEM))
                && (m = BRACKETED_ITEM.matcher(text)).matches()) {
            int n = Integer.parseInt(m.group(1));
            if (n == 1 || n == lastBracketedNumber + 1) {
                // "（一）提升政务服务效能" then "（1）推行…" "（2）深化…": the plan numbers its tasks in brackets
                leaf = new OutlineNode(OutlineNode.Kind.ITEM, container(), segment, m.group(1), m.group(1),
                        m.group(2));
                leafBracketed = true;
                lastBracketedNumber = n;
                addText(leaf, segment);
                return;
            }
        }
        if (afterSentenceEnd && rules.conventions().isTaskChapter(chapter.headingTitle)
                && ((m = UNAMBIGUOUS_LEAD.matcher(text)).matches()
                    || ((m = LEAD.matcher(text)).matches() && !COMMON_YI_WORD.matcher(m.group(2)).lookingAt()
                        && (isSingleDashLead(m.group(2)) || hasLeadIns(container()))))) {
            box = null;
            OutlineNode parent = container();
            long ordinal = parent.children.stream().filter(c -> c.kind == OutlineNode.Kind.LEAD).count() + 1;
            leaf = new OutlineNode(OutlineNode.Kind.LEAD, parent, segment, m.group(1), String.valueOf(ordinal),
                    m.group(2));
            addText(leaf, segment);
            return;
        }
        String kind = afterSentenceEnd && box == null ? announcedKind(container()) : null;
        if (kind != null && announcedPart(text, kind)) {
            // "三、开展三大行动" then "开展粮食安全保障行动。…": each paragraph led by one of the announced parts is a task
            OutlineNode parent = container();
            long ordinal = parent.children.stream().filter(c -> c.kind == OutlineNode.Kind.LEAD).count() + 1;
            leaf = new OutlineNode(OutlineNode.Kind.LEAD, parent, segment, "", String.valueOf(ordinal), text);
            addText(leaf, segment);
            return;
        }
        addText(receiver(), segment);
    }

    /**
     * A plan whose chapters are numbered in words (第一章 … 第一节 …) uses the numbers of the common outline one level
     * lower: its 一、 paragraphs are the items of a 第N节 (or of a chapter without sections), and a （一） or 1. inside
     * such an item is part of its text. Returns whether {@code text} was read here.
     */
    private boolean wordedHeading(Span segment, String text) {
        Matcher m;
        if (text.length() <= MAX_HEADING_LENGTH && (m = WORDED_CHAPTER.matcher(text)).matches()) {
            chapter = new OutlineNode(OutlineNode.Kind.CHAPTER, null, segment, "第" + m.group(1) + "章",
                    "第" + m.group(1) + "章", headingTitle(m.group(2)));
            chapters.add(chapter);
            section = box = leaf = null;
            return true;
        }
        if (chapter == null) {
            return false;
        }
        if (text.length() <= MAX_HEADING_LENGTH && (m = WORDED_SECTION.matcher(text)).matches()) {
            section = new OutlineNode(OutlineNode.Kind.SECTION, chapter, segment, "第" + m.group(1) + "节",
                    "第" + m.group(1) + "节", headingTitle(m.group(2)));
            box = leaf = null;
            return true;
        }
        if ((m = CHAPTER.matcher(text)).matches()) {
            box = null;
            leaf = new OutlineNode(OutlineNode.Kind.ITEM, container(), segment, m.group(1) + "、", m.group(1),
                    m.group(2));
            leafBracketed = false;
            addText(leaf, segment);
            return true;
        }
        OutlineNode heads = leaf == null ? null : isSubItem(leaf) ? leaf.parent
                : leaf.label.endsWith("、") && isHeadingOnly(leaf) ? leaf : null;
        if (heads != null && (m = SECTION.matcher(text)).matches()) {
            // "一、加快建设现代产业体系" standing alone, then "（一）…" "（二）…": the 一、 heads them, each （一） is a task
            box = null;
            leaf = new OutlineNode(OutlineNode.Kind.ITEM, heads, segment, m.group(1).replaceAll("\\s", ""),
                    "(" + m.group(2) + ")", m.group(3));
            leafBracketed = false;
            addText(leaf, segment);
            return true;
        }
        if (leaf != null && (leaf.label.endsWith("、") || isSubItem(leaf)) && (SECTION.matcher(text).matches()
                || ITEM.matcher(text).matches() || BRACKETED_ITEM.matcher(text).matches())) {
            addText(leaf, segment);
            return true;
        }
        return false;
    }

    /** The body of an item that states a task: a clause or sentence, opening with a word, not a figure or a unit. */
    private static final Pattern ITEM_SENTENCE = Pattern.compile("^[\\p{IsHan}“\"《].{6,}?[。；;，,]");

    /**
     * Whether an "N." line whose number skips ahead (or starts above 1) is an item all the same. A department's split of
     * a parent plan, an excerpt and a 责任分解 table quote the parent's own item numbers ("5.…" "7.…" "17.…"): the
     * numbers rise, but not one by one. Such a line is read as an item when its number is above the last item's, its
     * body is a sentence, and it starts a paragraph: the line before it ended a sentence or a heading, or it follows
     * earlier items numbered the same way (the same mark after the number), as when an excerpt cuts from one item into
     * a later one. A figure ("3.5万"), a date ("5、6月") or a bare list line ("5.附件") is none.
     */
    private boolean isQuotedItem(int n, char separator, String body, boolean afterSentenceEnd) {
        if (box != null || n <= lastItemNumber || !ITEM_SENTENCE.matcher(body).find()) {
            return false;
        }
        return afterSentenceEnd || (lastItemNumber > 0 && separator == lastItemSeparator);
    }

    /** A （一） task under a 一、 item of a plan numbered in words, or a （1） task under a 1. heading. */
    private static boolean isSubItem(OutlineNode node) {
        return node.kind == OutlineNode.Kind.ITEM && node.parent != null && node.parent.kind == OutlineNode.Kind.ITEM;
    }

    /**
     * A 一、 (or 1.) item printed as a heading: its one line, short, without a sentence ("一、加快建设现代产业体系"); not
     * "一、打造特色街区。重点做好以下工作：", a task whose points follow.
     */
    private boolean isHeadingOnly(OutlineNode item) {
        if (item.spans.size() != 1 || !item.children.isEmpty() && !isSubItem(item.children.get(0))) {
            return false;
        }
        String line = TextCleaner.cleanLine(item.spans.get(0).of(source.raw()));
        return line.length() <= MAX_HEADING_LENGTH && !HEADING_BREAK.matcher(line).find();
    }

    /** The first enclosed numeral (U+3220 ㈠ … ㈩, U+2474 ⑴ … ⒇): a Word document's outline numbers in one character. */
    private static final char FIRST_ENCLOSED_IDEOGRAPH = '\u3220';
    private static final char FIRST_ENCLOSED_DIGIT = '\u2474';

    /**
     * {@code line} with a leading enclosed numeral written out as the bracketed number it stands for: "㈠锚定…" as
     * "（一）锚定…", "⑴九年…" as "（1）九年…". Word documents print the outline's （一） and （1） numbers so.
     */
    static String bracketEnclosedNumber(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char c = line.charAt(0);
        if (c >= FIRST_ENCLOSED_IDEOGRAPH && c < FIRST_ENCLOSED_IDEOGRAPH + 10) {
            return "（" + numeral(c - FIRST_ENCLOSED_IDEOGRAPH + 1) + "）" + line.substring(1);
        }
        if (c >= FIRST_ENCLOSED_DIGIT && c < FIRST_ENCLOSED_DIGIT + 20) {
            return "（" + (c - FIRST_ENCLOSED_DIGIT + 1) + "）" + line.substring(1);
        }
        return line;
    }

    /** What a heading does not hold: the end of a sentence or clause, or the colon leading into points. */
    private static final Pattern HEADING_BREAK = Pattern.compile("[。；;：:，,！？]");

    /** A heading announcing how many parts of a kind follow: "开展三大行动", "实施五大工程", "抓好四项任务". */
    private static final Pattern ANNOUNCED_PARTS = Pattern.compile("[两三四五六七八九十]+(?:大|项)(\\p{IsHan}{2})");

    /** The kind of part the heading of {@code container} announces a number of ("行动"), or null. */
    private String announcedKind(OutlineNode container) {
        if (container == null || container.headingTitle == null
                || rules.conventions().isNonTaskChapter(container.headingTitle)) {
            return null;
        }
        Matcher m = ANNOUNCED_PARTS.matcher(container.headingTitle);
        return m.find() ? m.group(1) : null;
    }

    /** A paragraph led by a short phrase naming one part of the announced kind: "开展粮食安全保障行动。…". */
    private static boolean announcedPart(String text, String kind) {
        int stop = text.indexOf('。');
        return stop > kind.length() && stop <= MAX_LEAD_PHRASE && text.substring(0, stop).endsWith(kind)
                && !LEAD_PHRASE_END.matcher(text.substring(0, stop)).find();
    }

    /**
     * Adds a segment to a node; an item whose line also holds the start of the next item is cut after the 。 or the
     * note closing it ("…项目。 3.推动…", "…(省发改委主办,省工信委协办)2.重点抓好…").
     */
    private void addText(OutlineNode node, Span segment) {
        if ((node.kind == OutlineNode.Kind.ITEM || node.kind == OutlineNode.Kind.BOX_ITEM)
                && node.number.chars().allMatch(Character::isDigit)) {
            int next = Integer.parseInt(node.number) + 1;
            Span[] parts = splitBeforeNext(segment, next + "\\s*" + ItemNumbers.CLOSING_MARK + "(?!\\d)");
            if (parts != null) {
                node.spans.add(parts[0]);
                previousLine = TextCleaner.cleanLine(parts[0].of(source.raw()));
                accept(parts[1]);
                return;
            }
        }
        node.spans.add(segment);
    }

    /** Sentence ends after which the next part may start on the same line; kept with the part before. */
    private static final String SENTENCE_CLOSE = "。；;";

    /**
     * {@code segment} cut before the next number of its outline level ({@code nextNumber}) where the line prints it
     * right after the 。 or the bracketed note closing the part before it, or null if it does not: the head up to that
     * 。 or bracket, the tail from the number. A bracket closing a number ("（1）2.") is no note.
     */
    private Span[] splitBeforeNext(Span segment, String nextNumber) {
        Matcher m = Pattern.compile("(?:[。；;]|(?<=[^" + NUMERALS + "\\d\\s（(][）)]))\\s*(" + nextNumber + ")")
                .matcher(segment.of(source.raw()));
        if (!m.find() || m.start() == 0) {
            return null;
        }
        int headEnd = segment.start() + m.start() + (SENTENCE_CLOSE.indexOf(m.group().charAt(0)) >= 0 ? 1 : 0);
        return new Span[] {new Span(segment.start(), headEnd), new Span(segment.start() + m.start(1), segment.end())};
    }

    /**
     * Whether a line opening with {@code numeral}、 and too long for a heading is the next chapter all the same: the
     * plan has chapters and this is the numeral after the last one (一、 for the first). A report or a division of tasks
     * whose chapters state the task itself prints them long ("一、减少农村扶贫对象6.76万人;实施易地扶贫搬迁18695人。(责任
     * 单位:…)" … "二、解决6万人农村饮水安全问题。(责任单位:…)").
     */
    private boolean nextChapter(String numeral) {
        if (rules.withoutChapters() || rules.wordedChapters()) {
            return false;
        }
        int expected = chapter == null || chapter.kind != OutlineNode.Kind.CHAPTER ? 1
                : numeralValue(chapter.number) + 1;
        return numeralValue(numeral) == expected;
    }

    /** The value of a numeral 一 … 九十九, or -1. */
    static int numeralValue(String numeral) {
        int tens = numeral.indexOf('十');
        if (tens < 0) {
            return numeral.length() == 1 ? NUMERALS.indexOf(numeral.charAt(0)) + 1 : -1;
        }
        int high = tens == 0 ? 1 : tens == 1 ? NUMERALS.indexOf(numeral.charAt(0)) + 1 : -1;
        int low = tens == numeral.length() - 1 ? 0 : tens == numeral.length() - 2
                ? NUMERALS.indexOf(numeral.charAt(tens + 1)) + 1 : -1;
        return high <= 0 || low < 0 || low > 9 ? -1 : high * 10 + low;
    }

    /** {@code value} (1-99) printed in words, as outline numbers are: 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三; or null. */
    static String numeral(int value) {
        if (value < 1 || value > 99) {
            return null;
        }
        String units = value % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(value % 10 - 1));
        return value < 10 ? units : (value < 20 ? "" : String.valueOf(NUMERALS.charAt(value / 10 - 1))) + "十" + units;
    }

    /**
     * A line "一完善商贸基础设施体系。加强…" is a ——lead-in whose dash extraction rendered as a single 一 when what follows
     * reads as a lead-in: a short lead phrase closed by 。 or ， and then the paragraph's body, and no word that begins
     * with 一 in ordinary prose ("一是…", "一批…").
     */
    static boolean isSingleDashLead(String afterDash) {
        Matcher stop = LEAD_PHRASE_END.matcher(afterDash);
        return stop.find() && stop.start() >= 4 && stop.start() <= MAX_LEAD_PHRASE
                && afterDash.length() - stop.start() > MIN_LEAD_BODY
                && !COMMON_YI_WORD.matcher(afterDash).lookingAt();
    }

    /** A section already holding ——lead-ins: a 一 line among them is one more (its dash rendered as 一). */
    private static boolean hasLeadIns(OutlineNode container) {
        return container.children.stream().anyMatch(c -> c.kind == OutlineNode.Kind.LEAD);
    }

    /** Cells of a table flattened into one line: no sentence in it, and figures throughout. */
    static boolean isFlattenedTable(String text) {
        if (text.indexOf('。') >= 0) {
            return false;
        }
        Matcher figures = FIGURE.matcher(text);
        int count = 0;
        while (figures.find()) {
            count++;
        }
        return count >= MIN_TABLE_FIGURES;
    }

    private OutlineNode container() {
        return section != null ? section : chapter;
    }

    private OutlineNode receiver() {
        if (leaf != null) {
            return leaf;
        }
        if (box != null) {
            return box;
        }
        return container();
    }

    /** Heading text without a closing 。 or ：. */
    private static String headingTitle(String text) {
        String title = text.strip();
        while (!title.isEmpty() && "。：:".indexOf(title.charAt(title.length() - 1)) >= 0) {
            title = title.substring(0, title.length() - 1);
        }
        return title;
    }
}
