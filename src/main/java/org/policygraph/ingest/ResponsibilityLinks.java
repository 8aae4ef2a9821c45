package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.SourceRef;

/**
 * Turns printed responsibilities into LEADS / SUPPORTS / COORDINATES links of a measure or section, quoting the printed
 * text: a responsibility cell of a task table ({@link TaskTables}), a note closing a task or heading —
 * "（责任单位：市商务局、市发改委）", "（牵头单位：市商务局；配合单位：市财政局）", "(牵头单位:市公安局 责任单位:市商务局)",
 * "（市商务局牵头，市财政局配合）" — or a sentence of prose ({@link ProseRoles}). A generic actor (各相关部门) gets its link
 * as a GenericActor; a name the vocabulary lacks becomes an uncurated body ({@link UnknownBodies}) in a submitted plan,
 * a warning (or, strict, an error) in the seed.
 */
final class ResponsibilityLinks {

    /**
     * A bracketed note — （…）, (…), 〔…〕, 【…】, […] — labelled ("责任单位：…"), or naming who leads or supports
     * ("X牵头，Y配合"). A 〔…〕 or 【…】 note may hold parentheses ("相关市(州)人民政府"), a （…） note one level of them
     * ("（责任单位：各县（市、区）人民政府）").
     */
    private static final Pattern BRACKETED = Pattern.compile(
            "〔[^〔〕]{2,240}〕|【[^【】]{2,240}】|[（(\\[](?:[^（()）\\[\\]]|[（(][^（()）\\[\\]]{1,20}[）)]){2,240}[）)\\]]");
    /**
     * The qualifiers a note's list may close with before 落实 ("…按职责分工落实", "…分别落实"); fewer than before 负责
     * ({@link ResponsibilityCell#SHARING_QUALIFIERS}).
     */
    private static final String BEFORE_CARRIED_OUT = "按照职责分工|按职责分工|分别";
    private static final Pattern UNLABELLED_NOTE = Pattern.compile(
            "\\s*[^。]{2,80}?(?:牵头|配合|负责|(?:" + BEFORE_CARRIED_OUT + ")落实$)[^。]{0,80}");
    /** One sentence of a note of several that reads as an unlabelled note ("…负责，省科技厅牵头。明确…"). */
    private static final Pattern UNLABELLED_SENTENCE = Pattern.compile(
            "(?:^|。)" + UNLABELLED_NOTE.pattern() + "(?:。|$)");
    /** One list of names closed by 负责 or 牵头, no clause or sentence break inside: "X、Y等按职责分工负责". */
    private static final Pattern LIST_BEFORE_LABEL = Pattern.compile("[^，,。；;：:]{2,120}(?:负责|牵头)");
    /**
     * Qualifiers after the names of a note: "…按职责分工负责", "…分别负责", "…共同负责", "…分工负责", several in a row
     * ("…按职责分工分别负责"). Not {@link BodyNameEndings#carriedOut} (read off a cell's last name, closed by 落实 alone):
     * a note's list also closes with 负责 or a bare 按职责分工, and with 落实 only after a qualifier.
     */
    private static final Pattern TRAILING_QUALIFIER = Pattern.compile(
            "(?:" + ResponsibilityCell.SHARING_QUALIFIERS + "|分工)*负责$"
            + "|(?:" + BEFORE_CARRIED_OUT + ")+落实$|按职责分工$");
    private ResponsibilityLinks() {
    }

    /**
     * A heading that names who leads everything under it: "一、县示范区管委会牵头工作(8项)", "（二）市发展改革委牵头事项",
     * "三、由市商务局负责的任务". The names are read like a note (A、B牵头); the quote is the heading.
     */
    private static final Pattern LEAD_HEADING = Pattern.compile(
            "^(?:由)?([\\p{IsHan}、（）()]{2,40}?)(牵头|负责)的?(?:的)?(?:工作|事项|任务|项目)");

    /** Whether a heading names who leads what is under it ({@link #LEAD_HEADING}: "（一）省监察厅牵头的工作"). */
    static boolean namesLead(String title) {
        return title != null && LEAD_HEADING.matcher(title).lookingAt();
    }

    /** Links the body a heading names as the lead of its items ({@link #LEAD_HEADING}), if it names one. */
    static void linkLeadHeading(DocumentDraft draft, PlanParser.ParseContext context, String targetId,
                                String location, String title, Span heading, String where) {
        BodyNameEndings endings = context.departments().bodyNameEndings();
        if (title == null) {
            return;
        }
        Matcher m = LEAD_HEADING.matcher(title);
        if (!m.lookingAt()) {
            return;
        }
        List<ResponsibilityCell.Assignment> assignments = ResponsibilityCell.names(endings, m.group(1)).stream()
                .map(n -> new ResponsibilityCell.Assignment(LinkType.LEADS, n)).toList();
        link(draft, context, targetId, location, heading.of(draft.source.raw()).strip(), assignments, where,
                "heading");
    }

    /** A line opening with a lead sign, then names (a cell of 责任单位 where ★ marks the lead), maybe closed by '|'. */
    private static final Pattern SIGNED_NAMES_LINE = Pattern.compile(
            "(?m)^[ \\t\u3000]*([" + ResponsibilityCell.LEAD_SIGNS + "][^\\n。；;：:（）()]{2,80}?)[ \\t|]*$");

    /** Links every responsibility note in {@code span} to the measure or section {@code targetId}. */
    static void linkNotes(DocumentDraft draft, PlanParser.ParseContext context, String targetId, String location,
                          Span span, String where) {
        BodyNameEndings endings = context.departments().bodyNameEndings();
        String text = span.of(draft.source.raw());
        ResponsibilityLabels labels = context.labels();
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            String note = m.group();
            // "（X主办，Y协办）" reads like "（X牵头，Y配合）" (vocabulary: NOTE_VERB); the quote stays as printed
            String inner = labels.withCommonVerbs(note.substring(1, note.length() - 1));
            if (ResponsibilityCell.LEAD_SIGN_NOTE.matcher(inner).find() && !labels.labelAt.matcher(inner).find()) {
                continue; // "（标▲的为牵头单位）": a key to the lists, read once for the text (PlanParser); no names
            }
            boolean convention = ResponsibilityCell.FIRST_LISTED_LEADS.matcher(note).matches();
            if (convention) {
                // a convention for the list it closes (and, 下同, for later lists), read with that list; names only
                // where the note prints the list too ("省科技厅、省发改委等负责。列第一位的为牵头部门…")
                draft.firstListedLeads |= STANDS_FOR_WHAT_FOLLOWS.matcher(inner).find();
                String listed = namesBeforeConvention(context, inner);
                if (listed != null) {
                    // "（市教育局，市委农办，各县人民政府，排名第一位为牵头单位，下同）": the note lists the bodies first
                    List<ResponsibilityCell.Assignment> assignments = ResponsibilityCell.parse(endings, listed, true);
                    if (!assignments.isEmpty()) {
                        link(draft, context, targetId, location, note, assignments, where, "responsibility note");
                        Span read = new Span(span.start() + m.start(), span.start() + m.end());
                        draft.readNotes.put(read.start(), read);
                    }
                    continue;
                }
                if (!ResponsibilityCell.hasClauses(inner)
                        || ResponsibilityCell.parseClauses(endings, inner, true).isEmpty()) {
                    continue;
                }
            }
            if (!draft.firstListedLeads && !labels.labelAt.matcher(inner).find() && !UNLABELLED_NOTE.matcher(inner)
                    .matches() && closesItsLine(text, m.start(), m.end())
                    && onlyBareNames(context, inner, afterSentence(text, m.start()))) {
                // "…增长7%以上。（市发展改革委，各县〔市、区〕政府）": the bodies responsible, no verb; every one leads
                List<ResponsibilityCell.Assignment> assignments = ResponsibilityCell.names(endings, inner).stream()
                        .map(n -> new ResponsibilityCell.Assignment(LinkType.LEADS, n)).toList();
                link(draft, context, targetId, location, note, assignments, where, "responsibility note");
                Span read = new Span(span.start() + m.start(), span.start() + m.end());
                draft.readNotes.put(read.start(), read);
                continue;
            }
            if (!labels.labelAt.matcher(inner.strip()).lookingAt() && !UNLABELLED_NOTE.matcher(inner).matches()
                    && !(ResponsibilityCell.hasClauses(inner) && UNLABELLED_SENTENCE.matcher(inner).find())
                    && !(draft.firstListedLeads && onlyNames(context, inner))) {
                continue;
            }
            List<ResponsibilityCell.Assignment> assignments = parseNote(labels, endings,
                    ResponsibilityCell.withDeclaredLeadSign(inner, draft.declaredLeadSign),
                    draft.firstListedLeads || convention);
            if (!assignments.isEmpty()) {
                link(draft, context, targetId, location, note, assignments, where, "responsibility note");
                Span read = new Span(span.start() + m.start(), span.start() + m.end());
                draft.readNotes.put(read.start(), read);
            }
            remark(draft, context, targetId, location, note, inner, span.start() + m.end(), where, assignments);
        }
        Matcher signedLine = SIGNED_NAMES_LINE.matcher(text);
        while (signedLine.find()) {
            // a table's 责任单位 cell on a line of its own under the task (a web table printed one cell a line and read
            // as an outline item): names only, the lead marked with its sign ("★区发改委、统计局")
            String cell = signedLine.group(1).strip();
            if (onlyNames(context, cell.replaceAll("[" + ResponsibilityCell.LEAD_SIGNS + "]", ""))) {
                link(draft, context, targetId, location, cell, ResponsibilityCell.parse(endings, cell, false), where,
                        "负责部门");
            }
        }
        Matcher lines = labels.labelledLines.matcher(text);
        List<int[]> labelledLines = new ArrayList<>();
        while (lines.find()) {
            int noteEnd = wrappedNamesEnd(context, text, lines.group(1), lines.end(1));
            labelledLines.add(new int[] {lines.start(1), noteEnd});
            String note = text.substring(lines.start(1), noteEnd).strip();
            List<ResponsibilityCell.Assignment> assignments = parseNote(labels, endings, ResponsibilityCell
                    .withDeclaredLeadSign(labels.withCommonVerbs(note.replace('\n', ' ')), draft.declaredLeadSign),
                    draft.firstListedLeads);
            if (!assignments.isEmpty()) {
                link(draft, context, targetId, location, note, assignments, where, "responsibility note");
                // read as a note: its verbs ("…按职责分工负责") are no prose around it
                Span read = new Span(span.start() + lines.start(1), span.start() + noteEnd);
                draft.readNotes.put(read.start(), read);
            }
            remark(draft, context, targetId, location, note, note, span.start() + Math.max(lines.end(), noteEnd), where,
                    assignments);
        }
        Matcher officials = OFFICIALS_LINE.matcher(text);
        while (officials.find()) {
            // "牵头领导:省政府分管领导同志": a line naming the official in charge (a COLUMN word of OFFICIAL role); a
            // post there is a generic actor and leads, a person's name ("牵头领导:张三") is no body and is left alone
            if (!labels.namesOfficials(officials.group(1))) {
                continue;
            }
            List<ResponsibilityCell.Assignment> posts = ResponsibilityCell.names(endings, names(officials.group(2))).stream()
                    .filter(n -> context.departments().genericActor(n)
                            .filter(g -> g.kind().equals(LEADERSHIP)).isPresent())
                    .map(n -> new ResponsibilityCell.Assignment(LinkType.LEADS, n)).toList();
            if (!posts.isEmpty()) {
                link(draft, context, targetId, location, officials.group().strip(), posts, where, "officials line");
            }
        }
        Matcher tail = labels.labelledTail.matcher(text);
        while (tail.find()) {
            int at = tail.start(1);
            if (labelledLines.stream().anyMatch(l -> l[0] <= at && at < l[1])) {
                continue; // the second label of a labelled line, read with it
            }
            var noteBefore = draft.readNotes.floorEntry(span.start() + at);
            if (noteBefore != null && noteBefore.getValue().end() > span.start() + at) {
                continue; // the second label of a bracketed note read above ("[牵头单位:X;责任单位:Y]")
            }
            String note = tail.group(1).strip();
            List<ResponsibilityCell.Assignment> assignments = parseNote(labels, endings, ResponsibilityCell
                    .withDeclaredLeadSign(labels.withCommonVerbs(note), draft.declaredLeadSign),
                    draft.firstListedLeads);
            link(draft, context, targetId, location, note, assignments, where, "responsibility note");
            Span read = new Span(span.start() + tail.start(1), span.start() + tail.end(1));
            draft.readNotes.put(read.start(), read);
        }
        linkLabelledBlocks(draft, context, targetId, location, text, where);
        linkCarriedOutByLines(draft, context, targetId, location, span, where);
        // "X主办，Y协办" on a line of its own reads like "X牵头，Y配合" (NOTE_VERB); the quote is the line as printed
        String read = labels.withCommonVerbs(text);
        String[] printedLines = text.split("\n", -1);
        Matcher division = DIVISION_LINE.matcher(read);
        while (division.find()) {
            String line = division.group(1);
            if (division.start(1) == 0 || !isListOfNames(line.substring(0, line.indexOf("牵头")))) {
                continue; // the item's own first line, or a line of a sentence, not a list of names
            }
            List<ResponsibilityCell.Assignment> assignments = ResponsibilityCell.parse(endings,
                    line.replaceAll("[。；;]$", ""));
            int lineIndex = (int) read.substring(0, division.start(1)).chars().filter(c -> c == '\n').count();
            link(draft, context, targetId, location, printedLines[lineIndex].strip(), assignments, where,
                    "responsibility line");
        }
    }

    /**
     * A line of its own saying who carries out the task above it, without a label: opened by 由, its names (group 1;
     * commas may group them) closed by 负责 or 牵头 and maybe the work (落实, 实施): "由市发展改革委，各县（市、区）人民
     * 政府负责落实" (not a sentence opening with 由于 or 由此).
     */
    static final Pattern CARRIED_OUT_BY_LINE = Pattern.compile(
            "(?m)^[ \\t\u3000]*由(?!于|此)([^。；;：:\\n]{2,160}?)(?:负责|牵头)(?:落实|实施|推进|办理|完成)?[。；;]?[ \\t\u3000]*$");

    /**
     * The lines of {@code text} after its first saying who carries the task out ({@link #CARRIED_OUT_BY_LINE}): every
     * name of the list leads, as in a 责任单位 note without 牵头; read as a note, quoted as printed.
     */
    private static void linkCarriedOutByLines(DocumentDraft draft, PlanParser.ParseContext context, String targetId,
                                              String location, Span span, String where) {
        BodyNameEndings endings = context.departments().bodyNameEndings();
        String text = span.of(draft.source.raw());
        Matcher line = CARRIED_OUT_BY_LINE.matcher(text);
        while (line.find()) {
            if (text.lastIndexOf('\n', line.start(1)) < 0) {
                continue; // the task's own first line, not a line under it
            }
            String list = TRAILING_QUALIFIER.matcher(line.group(1).strip() + "负责").replaceFirst("");
            List<ResponsibilityCell.Assignment> assignments = ResponsibilityCell.names(endings, list).stream()
                    .map(n -> new ResponsibilityCell.Assignment(LinkType.LEADS, n)).toList();
            if (assignments.isEmpty() || list.contains("牵头") || list.contains("配合")) {
                continue; // "由X牵头、Y配合负责": prose, read by its verbs
            }
            String quote = line.group().strip();
            link(draft, context, targetId, location, quote, assignments, where, "responsibility line");
            int start = span.start() + line.start() + line.group().indexOf(quote);
            draft.readNotes.put(start, new Span(start, start + quote.length()));
        }
    }

    /** A line naming the officials in charge under a label of a few characters: "牵头领导:省政府分管领导同志". */
    private static final Pattern OFFICIALS_LINE = Pattern.compile(
            "(?m)^[ \\t\u3000]*([\\p{IsHan}]{2,8})[:：]([^\\n]{2,80})$");
    /** The kind of generic actor that is a post (市政府分管领导), not a set of bodies (not-departments.tsv). */
    private static final String LEADERSHIP = "LEADERSHIP";

    private static final Pattern FIRST_LISTED_AT = Pattern.compile(ResponsibilityCell.FIRST_LISTED);

    /**
     * The names a first-listed-leads note prints before its convention, with no verb ("市教育局，市委农办，排名第一位为
     * 牵头单位"), or null when what comes before the convention is not only names: each a body the vocabulary knows, a
     * generic actor or shaped like a body.
     */
    private static String namesBeforeConvention(PlanParser.ParseContext context, String inner) {
        Matcher at = FIRST_LISTED_AT.matcher(inner);
        if (!at.find()) {
            return null;
        }
        String listed = inner.substring(0, at.start()).replaceAll("[、，,；;\\s]+$", "");
        return onlyNames(context, listed) ? listed : null;
    }

    /**
     * Whether a bracket holds nothing but names, each a body the vocabulary knows, a generic actor or shaped like a
     * body: under a "列第一位的为牵头单位，下同" key, such a bracket after a task is its note.
     */
    private static boolean onlyNames(PlanParser.ParseContext context, String listed) {
        if (listed.isEmpty() || listed.contains("牵头") || listed.contains("配合") || listed.contains("负责")) {
            return false;
        }
        List<String> names = ResponsibilityCell.splitOutsideBrackets(listed);
        for (String listedName : names) {
            // 各县<市、区>人民政府: angle brackets stand for the round ones some pages cannot print
            String printed = listedName.replace('<', '(').replace('>', ')').replace('〈', '(').replace('〉', ')');
            String name = DepartmentResolver.trim(printed);
            if (name.length() < 2 || name.length() > MAX_NAME || (!context.departments().knows(name)
                    && context.departments().genericActor(printed).isEmpty()
                    && !context.departments().bodyNameEndings().isBodyLike(name))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the bracket at {@code start}..{@code end} of {@code text} closes its line: after the item's last sentence
     * ("…增长7%以上。（X，Y）") or before its closing stop ("…3个（X，Y）。"), nothing but white space after it.
     */
    private static boolean closesItsLine(String text, int start, int end) {
        String after = text.substring(end);
        int lineEnd = after.indexOf('\n');
        String rest = (lineEnd >= 0 ? after.substring(0, lineEnd) : after).strip();
        boolean afterSentence = afterSentence(text, start);
        return rest.isEmpty() && afterSentence || rest.matches("[。；;]") && !afterSentence;
    }

    /** Whether the bracket at {@code start} of {@code text} stands after its sentence's end ("…增长9%。 (工资处)"). */
    private static boolean afterSentence(String text, int start) {
        String before = text.substring(0, start).stripTrailing();
        return !before.isEmpty() && "。；;！!".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /**
     * Whether a bracket holds nothing but bare names separated by 、，, — no label, no verb, no remark — each a body the
     * vocabulary knows, a generic actor, or a name shaped like a body that opens with its level (市商务局; a name after
     * 、 may leave the level of the one before it out: "市人力资源社会保障局、农业农村局"). Examples (如医院、学校), scope
     * lists (含市属国企), abbreviations (以下简称…) and places or products are no such list. After the sentence's end
     * ({@code afterSentence}), a department's own divisions may be named without a level ("…增长9%。 (工资处、就管中心)":
     * a department splitting its tasks among its divisions): a name ending as a division's does
     * ({@link ResponsibilityLabels#divisionEnds}: 处, 科, 室, 股); a name this document has already named as a body
     * needs no level either.
     */
    private static boolean onlyBareNames(PlanParser.ParseContext context, String inner, boolean afterSentence) {
        if (!onlyNames(context, inner) || !inner.matches("(?:[\\p{IsHan}、，,（）()〔〕<>〈〉]|\\s)+")) {
            return false;
        }
        String levels = context.labels().nameLevels;
        boolean levelled = false;
        for (String listed : ResponsibilityCell.splitOutsideBrackets(inner)) {
            String printed = listed.replace('<', '(').replace('>', ')').replace('〈', '(').replace('〉', ')');
            String name = DepartmentResolver.trim(printed);
            boolean opensWithLevel = levels.indexOf(name.charAt(0)) >= 0;
            if (context.departments().genericActor(printed).isPresent()
                    || context.departments().knows(name)
                    || context.unknownBodies() != null && context.unknownBodies().knows(name)) {
                // a body the vocabulary knows, or one this document has already named as a body ("(就管中心)" after
                // "(工资处、就管中心)")
                levelled = opensWithLevel || levelled;
                continue;
            }
            BodyNameEndings endings = context.departments().bodyNameEndings();
            boolean division = afterSentence && endings.isBodyLike(name)
                    && context.labels().divisionEnds.stream().anyMatch(name::endsWith);
            if (!opensWithLevel && !(levelled && endings.isBodyLike(name)) && !endings.namesAnAdministration(name)
                    && !division) {
                return false; // a place's administration is one body without a level: "(宁波化工区管委会)"
            }
            // a name printed without its level leaves the list's level on for the names after it: "(市发展改革委、
            // 财政局、税务局)" names three bodies of the city; so does a division's ("(工资处、就管中心)")
            levelled = opensWithLevel || levelled || division;
        }
        return true;
    }

    /** The longest body name a bare division line may hold before 牵头 ("市发展改革委、市财政局牵头"). */
    private static final int MAX_NAME = 20;
    /**
     * A line of its own under a task that only says who leads and who supports, without a label: "市商务局牵头，
     * 市财政局、市发展改革委配合" (provincial 分工 lists print it under each task, beside a 分管省领导 line).
     */
    private static final Pattern DIVISION_LINE = Pattern.compile(
            "(?m)^[ \\t]*([^\\s。：:（()）\\d][^\\n。：:（()）]{1,80}?牵头(?:[，,；;][^\\n。：:（()）]{2,120}?配合)?[。；;]?)[ \\t]*$");

    /** Whether {@code line} is a bare division line ("X牵头，Y配合"), which plans print without closing punctuation. */
    static boolean isDivisionLine(String line) {
        Matcher m = DIVISION_LINE.matcher(line);
        return m.matches() && isListOfNames(m.group(1).substring(0, m.group(1).indexOf("牵头")));
    }

    /**
     * Whether {@code part} reads as names listed with 、 ("市发展改革委、市财政局"): no clause break (，；), no outline
     * number (一、), and every name of 2 to {@link #MAX_NAME} characters, not opening with a verb of a sentence (由, 要).
     */
    private static boolean isListOfNames(String part) {
        if (part.matches(".*[，,；;].*|^[一二三四五六七八九十]+、.*|^[由要请].*")) {
            return false;
        }
        List<String> names = ResponsibilityCell.splitOutsideBrackets(part);
        return names.stream().allMatch(n -> n.strip().length() >= 2 && n.strip().length() <= MAX_NAME);
    }

    /** The longest line a block of names may hold: longer lines are text, not a table cell of names. */
    private static final int MAX_NAMES_LINE = 80;

    /**
     * Labelled blocks printed one cell a line, as tables copied from web pages are: a line "牵头单位", then lines of
     * names, then the next label ("配合单位") or the end of the names (a sentence, an item, a blank line after a
     * label's names). The block is read like the note "牵头单位：…；配合单位：…" and quoted as printed.
     */
    private static void linkLabelledBlocks(DocumentDraft draft, PlanParser.ParseContext context, String targetId,
                                           String location, String text, String where) {
        String[] lines = text.split("\n", -1);
        int offset = 0;
        int blockStart = -1;
        int blockEnd = -1;
        StringBuilder note = new StringBuilder();
        boolean namesSeen = false;
        ResponsibilityLabels labels = context.labels();
        for (String line : lines) {
            String t = line.strip();
            boolean label = labels.labelAlone.matcher(t).matches();
            boolean names = !label && !t.isEmpty() && blockStart >= 0 && t.length() <= MAX_NAMES_LINE
                    && !t.matches("^[\\d（(一二三四五六七八九十]+.*") && !t.contains("。") && !labels.labelAt.matcher(t).find()
                    && ResponsibilityCell.splitOutsideBrackets(t).stream().allMatch(n -> n.strip().length() <= MAX_NAME);
            if (label) {
                if (blockStart < 0) {
                    blockStart = offset;
                }
                note.append(note.isEmpty() ? "" : "；").append(t.replaceAll("[:：]$", "")).append("：");
                namesSeen = false;
            } else if (names) {
                note.append(namesSeen ? "、" : "").append(t);
                namesSeen = true;
                blockEnd = offset + line.length();
            } else if (!t.isEmpty()) { // a blank line between a web table's cells ends nothing
                linkBlock(draft, context, targetId, location, text, blockStart, blockEnd, note, where);
                blockStart = -1;
                blockEnd = -1;
                note.setLength(0);
                namesSeen = false;
            }
            offset += line.length() + 1;
        }
        linkBlock(draft, context, targetId, location, text, blockStart, blockEnd, note, where);
    }

    private static void linkBlock(DocumentDraft draft, PlanParser.ParseContext context, String targetId,
                                  String location, String text, int start, int end, CharSequence note, String where) {
        BodyNameEndings endings = context.departments().bodyNameEndings();
        if (start < 0 || end <= start) {
            return;
        }
        List<ResponsibilityCell.Assignment> assignments = parseNote(context.labels(), endings, ResponsibilityCell
                .withDeclaredLeadSign(note.toString(), draft.declaredLeadSign), draft.firstListedLeads);
        link(draft, context, targetId, location, text.substring(start, end).strip(), assignments, where,
                "responsibility block");
    }

    /**
     * Whether a line names bodies under a label ("责任单位：市财政局、市商务局（列第一位者为牵头单位）"): a note on how
     * lists are read printed there closes that list, not the whole text.
     */
    static boolean namesBodies(ResponsibilityLabels labels, String line) {
        return labels.labelAt.matcher(line).find();
    }

    /**
     * A drafting remark inside a note that puts bodies on the task without a column of their own: "具体任务均涉及相关市
     * (州)人民政府，不再做分工" (they take part: SUPPORTS), "以下均需各县区人民政府…落实" / "均由X负责" (they carry it:
     * LEADS).
     */
    private static final Pattern REMARK_ROLE = Pattern.compile(
            "(均涉及|均需|均由|均请)([^，,。；;]+?)(落实|负责|参与|配合|实施)?(?=[，,。；;]|$)");
    /** The remark holds for the tasks that follow as well: 下同, 以下…, 后同. */
    private static final Pattern STANDS_FOR_WHAT_FOLLOWS = Pattern.compile("下同|以下|后同");

    /**
     * A remark's roles on this target, and, when it says so (下同), on every later task of the document. A body the
     * note's labels already name keeps the role its label gives: "(牵头单位:县河长办,配合单位:各乡(镇)政府。以下均需各乡(镇)
     * 政府负责,不再列出。)" repeats the 配合单位 for every later task without listing it again, so they support there too
     * ({@code labelled}: what the note's labels gave).
     */
    private static void remark(DocumentDraft draft, PlanParser.ParseContext context, String targetId, String location,
                               String note, String inner, int noteEnd, String where,
                               List<ResponsibilityCell.Assignment> labelled) {
        BodyNameEndings endings = context.departments().bodyNameEndings();
        Matcher m = REMARK_ROLE.matcher(inner);
        List<ResponsibilityCell.Assignment> assignments = new ArrayList<>();
        while (m.find()) {
            LinkType verbRole = m.group(1).equals("均涉及") || "参与".equals(m.group(3)) || "配合".equals(m.group(3))
                    ? LinkType.SUPPORTS : LinkType.LEADS;
            for (String n : ResponsibilityCell.names(endings, m.group(2))) {
                LinkType role = labelled.stream().filter(a -> a.printedName().strip().equals(n.strip()))
                        .map(ResponsibilityCell.Assignment::role).findFirst().orElse(verbRole);
                assignments.add(new ResponsibilityCell.Assignment(role, n));
            }
        }
        if (assignments.isEmpty()) {
            return;
        }
        link(draft, context, targetId, location, note, assignments, where, "responsibility note");
        if (STANDS_FOR_WHAT_FOLLOWS.matcher(inner).find()) {
            draft.standingNotes.add(new DocumentDraft.StandingNote(noteEnd, location, note, List.copyOf(assignments),
                    where));
        }
    }

    /**
     * The remarks that hold for what follows ("…，下同"), linked to every body task printed after them, quoting the
     * remark where it is printed.
     */
    static void linkStandingNotes(DocumentDraft draft, PlanParser.ParseContext context) {
        for (DocumentDraft.StandingNote standing : draft.standingNotes) {
            for (DocumentDraft.Measure measure : List.copyOf(draft.measures)) {
                if (measure.bodyMeasure && measure.quote.start() >= standing.end()) {
                    link(draft, context, measure.id, standing.location(), standing.quote(), standing.assignments(),
                            standing.where(), "responsibility note (holding for what follows)");
                }
            }
        }
    }

    static void linkNotes(DocumentDraft draft, PlanParser.ParseContext context, DocumentDraft.Measure measure) {
        linkNotes(draft, context, measure.id, measure.location, measure.quote, measure.where);
    }

    /**
     * "责任单位：A、B；配合单位：C" → A, B lead, C supports; "牵头单位:A 责任单位:B" → A leads, B supports (the label
     * names the column, it is never part of a name); an unlabelled note is read like a cell ("A牵头，B配合").
     */
    /** @param firstListedLeads an earlier note said that the first body of a list leads (下同) */
    static List<ResponsibilityCell.Assignment> parseNote(ResponsibilityLabels labelling, BodyNameEndings endings,
                                                         String inner, boolean firstListedLeads) {
        List<ResponsibilityCell.Assignment> assignments = new ArrayList<>();
        Matcher label = labelling.labelAt.matcher(inner);
        List<int[]> labels = new ArrayList<>();
        while (label.find()) {
            labels.add(new int[] {label.start(), label.end()});
        }
        if (labels.isEmpty()) {
            String t = inner.strip();
            if (ResponsibilityCell.hasClauses(t)) {
                return ResponsibilityCell.parseClauses(endings, t, firstListedLeads);
            }
            // "X、Y等相关部门按职责分工负责": the qualifier closes the list, it is no part of its last name
            return t.contains("牵头") || t.contains("配合") || t.endsWith("负责") || t.endsWith("落实")
                    ? ResponsibilityCell.parse(endings, TRAILING_QUALIFIER.matcher(t).replaceFirst(""))
                    // a bare list under the key "列第一位的为牵头单位，下同" (read as a note only when it holds only names)
                    : firstListedLeads ? ResponsibilityCell.parse(endings, t, true) : List.of();
        }
        // "〔X、Y等按职责分工负责。责任单位：Z〕": a list closed by its verb before the first label gives its own roles
        String before = inner.substring(0, labels.get(0)[0]).strip().replaceAll("[。；;]+$", "");
        if (LIST_BEFORE_LABEL.matcher(before).matches()) {
            assignments.addAll(ResponsibilityCell.parse(endings, TRAILING_QUALIFIER.matcher(before).replaceFirst("")));
        }
        boolean hasLead = labels.stream()
                .anyMatch(l -> labelling.roleOf(inner.substring(l[0], l[1])) == LinkType.LEADS);
        for (int i = 0; i < labels.size(); i++) {
            LinkType role = labelling.roleOf(inner.substring(labels.get(i)[0], labels.get(i)[1]));
            String value = beforeColumnLabel(labelling, endings, names(inner.substring(labels.get(i)[1],
                    i + 1 < labels.size() ? labels.get(i + 1)[0] : inner.length())));
            if (role != null) {
                ResponsibilityCell.names(endings, value).forEach(n -> assignments.add(
                        new ResponsibilityCell.Assignment(role, n)));
            } else if (hasLead) {
                ResponsibilityCell.names(endings, value.replaceAll("(牵头|配合)", "")).forEach(n -> assignments.add(
                        new ResponsibilityCell.Assignment(LinkType.SUPPORTS, n)));
            } else {
                assignments.addAll(ResponsibilityCell.parse(endings, value, firstListedLeads));
            }
        }
        return assignments;
    }

    private static final Pattern COLON = Pattern.compile("[:：]");

    /**
     * {@code value} cut where the label of another column runs on after its last name without a break: "责任单位:甲镇
     * 任务目标:…" (a table's cells printed in one line) names 甲镇; the last name before the first colon is cut at the
     * longest body-shaped start whose rest names a column of a task table ({@link TableColumns}). {@code value}
     * unchanged when no such label follows its names.
     */
    private static String beforeColumnLabel(ResponsibilityLabels labelling, BodyNameEndings endings, String value) {
        Matcher colon = COLON.matcher(value);
        if (!colon.find()) {
            return value;
        }
        String head = value.substring(0, colon.start());
        int separator = Math.max(head.lastIndexOf('、'), Math.max(head.lastIndexOf('，'), head.lastIndexOf(',')));
        String last = head.substring(separator + 1).strip();
        for (int cut = last.length() - 2; cut >= 2; cut--) {
            if (labelling.tableColumns.columnOf(last.substring(cut)) != null
                    && endings.isBodyLike(last.substring(0, cut))) {
                return head.substring(0, separator + 1) + last.substring(0, cut);
            }
        }
        return value;
    }

    /**
     * The names part of a labelled value: up to the first 。 (what follows is a remark: "具体任务均涉及…，下同"),
     * without a closing qualifier ("按职责分工负责").
     */
    private static String names(String value) {
        int stop = value.indexOf('。');
        String v = (stop >= 0 ? value.substring(0, stop) : value).replaceAll("[；;。\\s]+$", "");
        return TRAILING_QUALIFIER.matcher(v).replaceFirst("");
    }

    /**
     * Whether {@code name}, printed right before the next name of its list with 、, is that body's kind with the
     * kind's word left out: "人民大垸、荒湖管理区" names two 管理区, the first without the shared word; so may several
     * names in a row share the last one's: "甲市、乙市、丙州发展改革部门" names three 发展改革部门.
     */
    private static boolean sharesSuffixOfNext(PlanParser.ParseContext context, String quote, String name,
                                              List<ResponsibilityCell.Assignment> assignments, int index) {
        BodyNameEndings endings = context.departments().bodyNameEndings();
        if (endings.isBodyLike(name)) {
            return false;
        }
        String printed = quote.replaceAll("\\s+", "");
        String list = name;
        for (int n = index + 1; n < assignments.size(); n++) {
            String next = DepartmentResolver.trim(assignments.get(n).printedName());
            list = list + "、" + next;
            if (!printed.contains(list)) {
                return false;
            }
            String kind = endings.kindWord(next);
            if (kind != null) {
                return endings.isBodyLike(name + kind);
            }
        }
        return false;
    }

    /** A city named bare, by its name and level alone (合肥市, 项城市). */
    private static final Pattern BARE_CITY = Pattern.compile("^\\p{IsHan}{1,8}市$");

    /**
     * Whether {@code name} is a city named bare in a list that names bodies beside it ("（合肥市，省发展改革委牵头）"):
     * the city's government, as a bare county or district is (区 and 县 are SHORT endings of body-name-endings.tsv). A
     * list of bare cities alone ("责任单位：甲市、乙市") is left unread: nothing says it names bodies.
     */
    private static boolean isCityBesideBodies(PlanParser.ParseContext context, String name,
                                              List<ResponsibilityCell.Assignment> assignments) {
        if (!BARE_CITY.matcher(name).matches() || context.departments().genericActor(name).isPresent()) {
            return false;
        }
        for (ResponsibilityCell.Assignment other : assignments) {
            String printed = DepartmentResolver.trim(other.printedName());
            if (!printed.equals(name) && !BARE_CITY.matcher(printed).matches()
                    && context.departments().genericActor(printed).isEmpty()
                    && (context.departments().knows(printed)
                            || context.departments().bodyNameEndings().isBodyLike(printed))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name at {@code index} is printed right after a generic actor opening with 各, joined to it by 、
     * ("各开发区、镇(街道)"): the 各 may cover it as well ({@link DepartmentResolver#genericActorSharingEach}).
     */
    private static boolean sharesEachOfPrevious(PlanParser.ParseContext context, String quote,
                                                List<ResponsibilityCell.Assignment> assignments, int index) {
        if (index == 0) {
            return false;
        }
        String previous = DepartmentResolver.trim(assignments.get(index - 1).printedName());
        String name = DepartmentResolver.trim(assignments.get(index).printedName());
        return previous.startsWith(DepartmentResolver.EACH)
                && context.departments().genericActor(previous).isPresent()
                && quote.replaceAll("\\s+", "").contains(previous + "、" + name);
    }

    /**
     * {@code given} with a name a line break split in two joined again: a text dumped from a .docx or PDF turns its
     * line breaks into spaces, some inside a name ("责任单位:自治 区农牧厅、财政厅"), and a space separates the names of a
     * list. Two names of one role printed with only white space between them are one name where the first is no name
     * by itself (not known, not a generic actor, not shaped like a body) and the two together are one; a piece after
     * them that names nothing alone joins them too while the whole stays a name ("伏羲 山管委 会").
     */
    private static List<ResponsibilityCell.Assignment> rejoinBrokenNames(PlanParser.ParseContext context, String quote,
                                                                         List<ResponsibilityCell.Assignment> given) {
        if (given.size() < 2) {
            return given;
        }
        List<ResponsibilityCell.Assignment> joined = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ResponsibilityCell.Assignment a = given.get(i);
            if (i + 1 < given.size() && given.get(i + 1).role() == a.role()
                    && isNoNameAlone(context, a.printedName())) {
                String first = a.printedName().strip();
                String second = given.get(i + 1).printedName().strip();
                String whole = first + second;
                boolean splitBySpace = Pattern.compile(Pattern.quote(first) + "[ \\t\\u3000\\n]+"
                        + Pattern.quote(second)).matcher(quote).find();
                if (splitBySpace && (context.departments().knows(whole)
                        || context.departments().bodyNameEndings().isBodyLike(whole))) {
                    i++;
                    // a name broken more than once ("伏羲 山管委 会"): the pieces after it that name nothing alone
                    // join it while it stays a name
                    while (i + 1 < given.size() && given.get(i + 1).role() == a.role()) {
                        String next = given.get(i + 1).printedName().strip();
                        String longer = whole + next;
                        boolean brokenAgain = isNoNameAlone(context, next) && Pattern.compile(
                                Pattern.quote(second) + "[ \\t\\u3000\\n]+" + Pattern.quote(next)).matcher(quote).find();
                        if (!brokenAgain || !(context.departments().knows(longer)
                                || context.departments().bodyNameEndings().isBodyLike(longer))) {
                            break;
                        }
                        whole = longer;
                        second = next;
                        i++;
                    }
                    joined.add(new ResponsibilityCell.Assignment(a.role(), whole));
                    continue;
                }
            }
            joined.add(a);
        }
        return joined;
    }

    /** A conjunction that may join two names: "省直有关部门和各市人民政府", "市财政局及各区人民政府". */
    private static final Pattern CONJUNCTION = Pattern.compile("[及和与]");
    /** A district, county or city named alone: 岳麓区, 望城区, 浏阳市. */
    private static final Pattern PLACE_NAME = Pattern.compile("^[\\p{IsHan}]{2,4}[区县市]$");

    /**
     * The names {@code printed} joins with a conjunction (和, 及, 与), the one rule for every list, a note's, a table
     * cell's or a sentence's: "省直有关部门和各市人民政府", "审计局和市直各单位", "岳麓市和望城区政府" are two names each, split
     * at the first conjunction where every part on both sides reads as a name — a body the vocabulary knows, a generic
     * actor, or shaped like a body; the part right before the conjunction may also be a place named alone (浏阳市).
     * {@code printed} alone otherwise, and where it is itself a known body or generic actor: "市住房和城乡建设局" (市住房
     * names nothing), "发展和改革委员会".
     */
    static List<String> namesJoinedByConjunction(DepartmentResolver departments, String printed) {
        if (departments.genericActor(printed).isPresent() || departments.knows(printed)) {
            return List.of(printed);
        }
        Matcher m = CONJUNCTION.matcher(printed);
        while (m.find()) {
            List<String> before = ResponsibilityCell.names(departments.bodyNameEndings(), printed.substring(0, m.start()));
            // the names after it may be joined by a conjunction again: "市商务局、市财政局和市税务局及各区人民政府"
            List<String> after = ResponsibilityCell.names(departments.bodyNameEndings(), printed.substring(m.end()))
                    .stream().flatMap(n -> namesJoinedByConjunction(departments, n).stream()).toList();
            if (before.isEmpty() || after.isEmpty()) {
                continue;
            }
            if (departments.bodyNameEndings().isKindWordAlone(DepartmentResolver.trim(after.get(0)))) {
                continue; // "高新区党工委和管委会", "各县党委和人民政府": a bare kind after it is the same place's body
            }
            String last = DepartmentResolver.trim(before.get(before.size() - 1));
            boolean names = before.subList(0, before.size() - 1).stream().allMatch(p -> isName(departments, p))
                    && (isName(departments, last) || PLACE_NAME.matcher(last).matches())
                    && after.stream().allMatch(p -> isName(departments, p));
            if (names) {
                List<String> parts = new ArrayList<>(before);
                parts.addAll(after);
                return parts;
            }
        }
        return List.of(printed);
    }

    /** Whether {@code printed} reads as a name: a known body, a generic actor, or shaped like a body. */
    private static boolean isName(DepartmentResolver departments, String printed) {
        String name = DepartmentResolver.trim(printed);
        return !name.isEmpty() && (departments.knows(printed)
                || departments.genericActor(printed).isPresent() || departments.bodyNameEndings().isBodyLike(name));
    }

    /** The second name of a zone in brackets: Han characters only, three or more (海创园), no word of a remark. */
    private static final Pattern ZONE_PLATE = Pattern.compile("^(?!.*(?:含|负责|牵头|配合|代建|下同|等))\\p{IsHan}{3,12}$");

    /** A name closed by a bracket holding another name: "县发改局(粮食局)". */
    private static final Pattern SECOND_NAME = Pattern.compile("^(.+?)[（(]([^（()）]{2,20})[）)]$");

    /**
     * {@code given} with the name of an office that prints its second name in brackets ("县发改局(粮食局)",
     * "市建设局（市规划局）": one body under two names, 合署 or 挂牌) given by its first name. Both names are a body the
     * vocabulary knows or shaped like one, and the bracket's is no place (a name whose kind is a level, 镇, 区: "开发区
     * 管委会（某镇）" says where the body is) and no remark ("区教体局(区国投公司代建)"). A name the vocabulary or the
     * generic actors know as printed is left as it is.
     */
    private static ResponsibilityCell.Assignment withoutSecondName(PlanParser.ParseContext context,
                                                                   ResponsibilityCell.Assignment given) {
        String printed = DepartmentResolver.trim(given.printedName());
        Matcher m = SECOND_NAME.matcher(printed);
        if (!m.matches() || context.departments().knows(printed)
                || context.departments().genericActor(given.printedName()).isPresent()) {
            return given;
        }
        String first = m.group(1);
        String second = m.group(2);
        String secondKind = context.departments().bodyNameEndings().kindWord(second);
        boolean firstIsBody = context.departments().knows(first)
                || (context.departments().bodyNameEndings().isBodyLike(first)
                        && context.departments().genericActor(first).isEmpty());
        boolean secondIsOffice = (context.departments().knows(second) || secondKind != null)
                && context.departments().genericActor(second).isEmpty()
                && (secondKind == null || !context.labels().nameLevels.contains(secondKind));
        // a zone carries a second plate as often as an office does ("未来科技城(海创园)": the science city and the
        // overseas talents park it runs), named as a zone is, by its place and field alone (no kind word)
        boolean zonesSecondPlate = context.departments().bodyNameEndings().isZoneName(first)
                && ZONE_PLATE.matcher(second).matches() && secondKind == null
                && context.departments().genericActor(second).isEmpty();
        return firstIsBody && (secondIsOffice || zonesSecondPlate)
                ? new ResponsibilityCell.Assignment(given.role(), first) : given;
    }

    /** A line a labelled line's names may wrap onto: no label, no numbering, no sentence inside it. */
    private static final Pattern NAMES_LINE = Pattern.compile(
            "\\n[ \\t\u3000]*([^\\n\\s。；;：:（）()\\d一二三四五六七八九十][^\\n。；;：:]{0,60}?)[。；;]?[ \\t\u3000]*(?=\\n|$)");
    /** What separates the names of a list (the first name of a wrapped line ends at one). */
    private static final Pattern NAME_BREAK = Pattern.compile("[、，,\\s]");

    /**
     * Where a labelled line's note ends: at its line's end ({@code lineEnd}), or at the end of the next line where a
     * text printed with hard line breaks (a PDF's) wrapped its names there — "协办单位:区委编办、园区党工" ⏎ "委、各街道党工委":
     * the line's last name is no name alone and joins the wrapped line's first into one ("园区党工委"), or the line ends
     * with a separator and the wrapped line opens with a name.
     */
    private static int wrappedNamesEnd(PlanParser.ParseContext context, String text, String note, int lineEnd) {
        Matcher next = NAMES_LINE.matcher(text).region(lineEnd, text.length());
        if (!next.lookingAt() || context.labels().labelAt.matcher(next.group(1)).find()) {
            return lineEnd;
        }
        String line = note.strip();
        String wrapped = next.group(1).strip();
        String firstWrapped = NAME_BREAK.split(wrapped, 2)[0];
        if (firstWrapped.isEmpty()) {
            return lineEnd;
        }
        DepartmentResolver departments = context.departments();
        if (line.endsWith("、") || line.endsWith("，")) {
            return isName(departments, firstWrapped) ? next.end() : lineEnd;
        }
        String[] pieces = line.split("[、，,\\s:：]");
        String lastPiece = pieces.length == 0 ? "" : pieces[pieces.length - 1];
        String joined = lastPiece + firstWrapped;
        boolean joins = !lastPiece.isEmpty() && isNoNameAlone(context, lastPiece)
                && (departments.knows(joined) || departments.bodyNameEndings().isBodyLike(joined)
                    || departments.genericActor(joined).isPresent());
        return joins ? next.end() : lineEnd;
    }

    /** Whether {@code printed} names nothing by itself: no known body, no generic actor, not shaped like a body. */
    private static boolean isNoNameAlone(PlanParser.ParseContext context, String printed) {
        return !DepartmentResolver.trim(printed).isEmpty() && !isName(context.departments(), printed);
    }

    /** Links each assignment, once per role, department and target. */
    static void link(DocumentDraft draft, PlanParser.ParseContext context, String targetId, String location,
                     String quote, List<ResponsibilityCell.Assignment> given, String where, String printedAs) {
        link(draft, context, targetId, location, quote, given, where, printedAs, false);
    }

    /**
     * Links each assignment; {@code bodiesByPlace}: the names stand in a column of bodies (a run-on table's names,
     * cut where a name ends), so a name the vocabulary lacks is a body although its shape does not say so (经开区).
     */
    static void link(DocumentDraft draft, PlanParser.ParseContext context, String targetId, String location,
                     String quote, List<ResponsibilityCell.Assignment> given, String where, String printedAs,
                     boolean bodiesByPlace) {
        List<ResponsibilityCell.Assignment> assignments = new ArrayList<>();
        for (ResponsibilityCell.Assignment joinedByConjunction : rejoinBrokenNames(context, quote, given)) {
            List<String> parts = namesJoinedByConjunction(context.departments(), joinedByConjunction.printedName());
            if (parts.size() > 1) {
                // "省直有关部门和各市人民政府": a set of bodies and another name, each with the role the list gives
                parts.forEach(n -> assignments.add(new ResponsibilityCell.Assignment(joinedByConjunction.role(), n)));
                continue;
            }
            ResponsibilityCell.Assignment assignment = withoutSecondName(context, joinedByConjunction);
            String printed = assignment.printedName();
            List<String> glued = context.departments().genericActor(printed).isEmpty()
                    && !context.departments().knows(printed)
                    ? context.departments().bodyNameEndings().gluedNames(DepartmentResolver.trim(printed))
                    : List.of(printed);
            if (glued.size() > 1) {
                // names printed without separators: each a body of its own, with the role the list gives
                glued.forEach(n -> assignments.add(new ResponsibilityCell.Assignment(assignment.role(), n)));
            } else {
                assignments.add(assignment);
            }
        }
        for (int index = 0; index < assignments.size(); index++) {
            ResponsibilityCell.Assignment assignment = assignments.get(index);
            String printed = assignment.printedName();
            var generic = context.departments().genericActor(printed);
            if (generic.isEmpty() && sharesEachOfPrevious(context, quote, assignments, index)) {
                // "各开发区、镇(街道)": the 各 of the generic actor before it covers the bare level after it
                generic = context.departments().genericActorSharingEach(printed);
            }
            generic.filter(g -> !context.departments().isListed(g))
                    .ifPresent(g -> draft.recognisedGenericActors.putIfAbsent(g.id(), g));
            var id = generic.isPresent() ? generic.map(g -> g.id()) : context.departments().resolve(printed);
            if (id.isEmpty() && DepartmentResolver.trim(printed).isEmpty()) {
                continue;
            }
            if (id.isEmpty() && context.unknownBodies() != null) {
                String name = DepartmentResolver.trim(printed);
                boolean first = !context.unknownBodies().knows(name);
                // a relative spelling of another place's body (市商务局 of 武汉市 in a plan of 连云港市) is a body of
                // this plan's own place: kept as printed, scoped to the plan's place, with no warning (nothing is missing)
                boolean otherPlaces = context.departments().knows(printed);
                id = context.unknownBodies().department(name, quote, location, otherPlaces || bodiesByPlace
                        || sharesSuffixOfNext(context, quote, name, assignments, index)
                        || isCityBesideBodies(context, name, assignments));
                if (id.isPresent() && first && !otherPlaces) {
                    draft.warnings.add(where + ": " + location + ": department '" + printed + "' in " + printedAs
                            + " is not in " + VocabularyReader.DEPARTMENTS + " (name or alias); kept as an uncurated "
                            + "body (curated: false): merge it into a known one (mergeDepartment) or add an alias");
                }
            }
            if (id.isEmpty()) {
                String problem = location + ": department '" + printed + "' in " + printedAs
                        + " is not in " + VocabularyReader.DEPARTMENTS + " (name or alias); no " + assignment.role()
                        + " link made";
                if (context.strictDepartments()) {
                    throw new SeedException(where, problem);
                }
                draft.warnings.add(where + ": " + problem);
                continue;
            }
            LinkRecord link = new LinkRecord(assignment.role(), id.get(), targetId,
                    new SourceRef(draft.documentId(), location, quote));
            draft.linkUnlessPresent(link, where);
        }
    }
}
