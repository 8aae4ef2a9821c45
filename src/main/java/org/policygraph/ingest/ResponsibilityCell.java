package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.LinkType;

/**
 * Reads a 负责部门 cell: "X牵头,Y、Z等配合" → X LEADS, Y and Z SUPPORT; several leads are possible
 * ("市商务局、市统计局牵头"); a cell without 牵头/配合 names departments that all lead ("市文化局、市体育局").
 * Names are separated by 、，, ；; a trailing 等/等部门 is dropped.
 */
final class ResponsibilityCell {

    private static final String LEADS_MARK = "牵头";
    /**
     * 牵头 as the verb of a note ("X牵头，Y配合"), not as a word of a name: "各规划编制牵头单位", "各牵头部门" name the
     * bodies that lead some other list's tasks (a generic actor), and a note naming them gives them the note's role.
     */
    private static final Pattern LEADS_VERB = Pattern.compile("牵头(?!单位|部门)");
    private static final String SUPPORTS_MARK = "配合";
    /**
     * Words between the names of a list and its verb that say how the bodies share the task: 按职责分工, 分别, 共同 …
     * ("X、Y按职责分工负责", "X、Y分别牵头"). The CARRYING_OUT_QUALIFIER rows of body-name-endings.tsv are these and 负责
     * ("负责落实"), read off a cell's last name ({@link BodyNameEndings#carriedOut}).
     */
    static final String SHARING_QUALIFIERS = "按照职责分工|按职责分工|按职责|分别|共同";
    /** A verb closing the names that take part in a task: 配合, 参与, 参加, 协同, 协助, 协办. */
    private static final Pattern SUPPORTS_END = Pattern.compile(
            "(?:" + SHARING_QUALIFIERS + ")?(?:配合|参与|参加|协同|协助|协办)$");
    /** "X会同Y": X leads, Y takes part. */
    private static final String JOINTLY = "会同";
    private static final String SEPARATOR_CHARS = "、，,；;";
    /**
     * Drafting remarks inside a note, not names: "以下均需各县区人民政府、市各功能区管委会落实,不再列出", "下同", another
     * field of the note ("完成时限：2025年底"). A body's
     * name never holds these words.
     */
    private static final Pattern REMARK = Pattern.compile(
            "以下|均需|均由|下同|不再列出|不(?:逐一|一一)列出|落实|同上|[:：]");

    record Assignment(LinkType role, String printedName) {
    }

    private ResponsibilityCell() {
    }

    /**
     * The words of such a note for the first body listed, in their common wordings: 列第一位(的|者), 排在首位的,
     * 排名第一的单位, 第一个单位, 首个单位, 列首位的部门, 首位单位, 第一责任单位.
     */
    static final String FIRST_LISTED = "(?:(?:列|排)(?:在)?(?:第一位|首位)|排名第一|排序第一|第一个|首个|第一家|首位|第一责任)";
    /**
     * "（列第一位者为牵头或汇总单位，下同）": of the bodies listed, the first leads and the others share the task. A plan
     * prints it once, after a list, and with 下同 means every later list.
     */
    static final Pattern FIRST_LISTED_LEADS = Pattern.compile(
            "[（(][^（()）]*" + FIRST_LISTED + "[^（()）]*牵头[^（()）]*[）)]");
    /** The same note printed as a sentence of its own ("注：各项任务中列第一位的为牵头部门。"), holding for every list. */
    static final Pattern FIRST_LISTED_LEADS_SENTENCE = Pattern.compile(
            FIRST_LISTED + "[的者]?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)");
    /**
     * Signs that mark a lead on its name in a list ("市发展改革委▲、市财政局", "★市商务局、市财政局"): the marked bodies
     * lead, the others of the list support. A plan may declare another sign ("带*号的为牵头单位").
     */
    static final String LEAD_SIGNS = "▲△★☆";
    /**
     * A note declaring the sign that marks the lead: "标▲的为牵头单位", "带*号的为牵头单位", "加☆者为牵头部门"; after 号 the
     * 的 may be left out ("加*号为牵头部门,其余为参与部门", a table header's remark).
     */
    static final Pattern LEAD_SIGN_NOTE = Pattern.compile(
            "(?:标|带|加|注|有)?[“\"]?([▲△★☆●◆■*＊#＃])[”\"]?(?:(?:号|符号)(?:的|者)?|的|者)(?:单位|部门)?(?:为|是)牵头");
    /** A bracketed drafting remark after a list ("（下同）", "（以下均需…落实）"): not part of the last name. */
    private static final Pattern BRACKETED_REMARK = Pattern.compile(
            "[（(][^（()）]*(?:以下|均需|均由|下同|不再列出|不(?:逐一|一一)列出|同上)[^（()）]*[）)]");

    /** A role word in brackets after the names it gives the role: "市商务局（牵头）", "市财政局、市税务局（配合）". */
    private static final Pattern BRACKETED_ROLE = Pattern.compile("[（(](牵头|配合)[）)]");

    /** Words between the names and their 牵头 that qualify how they lead: 分别, 共同, 按职责分工. */
    private static final Pattern LEAD_QUALIFIER = Pattern.compile("(?:" + SHARING_QUALIFIERS + ")\\s*$");

    static List<Assignment> parse(BodyNameEndings endings, String cell) {
        return parse(endings, cell, false);
    }

    /** The verb closing a clause of a note, after the names it gives a role (a qualifier 按职责分工 aside). */
    private static final Pattern CLAUSE_VERB = Pattern.compile(
            "(?:" + SHARING_QUALIFIERS + ")?(牵头|配合|参与|参加|协助|协同|负责)"
                    + "(?:负责|落实)?$");
    /** A sentence saying how lists are read ("列第一位的为牵头部门，其他部门和单位按职责分工负责"), not naming bodies. */
    private static final Pattern LIST_CONVENTION = Pattern.compile(FIRST_LISTED);

    /** A 负责 clause with another clause after it. */
    private static final Pattern RESPONSIBLE_CLAUSE = Pattern.compile("负责[，,；;]");

    /**
     * Whether a note is read clause by clause ({@link #parseClauses}): it holds more than one sentence, or a 负责
     * clause before another clause ("分管副省长、协管副秘书长负责，省科技厅牵头").
     */
    static boolean hasClauses(String note) {
        return note.strip().replaceAll("[。；;]+$", "").contains("。") || RESPONSIBLE_CLAUSE.matcher(note).find();
    }

    /**
     * A note of several clauses, each closed by the verb that gives its names their role, as provincial 分工 texts
     * print them: "分管副省长、协管副秘书长负责，省科技厅牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同".
     * 牵头 names lead, 配合/参与/协助/协同 names support; 负责 names lead unless the note names a lead beside them
     * (then they share the task: SUPPORTS). Where the note says the first body listed leads (列第一位的为牵头部门, in
     * the note or {@code firstListedLeads}), the first name of its last 负责 list leads and the others share it. A
     * clause without a verb runs on into the next ("市财政局，市商务局配合"); a condition ("明确牵头部门的"), a remark
     * (不逐一列出，下同) and the convention sentence itself name no body.
     */
    static List<Assignment> parseClauses(BodyNameEndings endings, String note, boolean firstListedLeads) {
        record Clause(String verb, List<String> names) {
        }
        boolean firstLeads = firstListedLeads;
        // "（X、Y、Z。第一个为牵头单位）": the list the convention is about, printed without a verb
        boolean convention = FIRST_LISTED_LEADS_SENTENCE.matcher(note).find();
        List<Clause> clauses = new ArrayList<>();
        for (String sentence : note.split("。")) {
            if (LIST_CONVENTION.matcher(sentence).find()) {
                firstLeads |= FIRST_LISTED_LEADS_SENTENCE.matcher(sentence).find();
                continue;
            }
            StringBuilder pending = new StringBuilder();
            for (String printed : splitAtClauses(BRACKETED_REMARK.matcher(sentence).replaceAll(""))) {
                String clause = printed.strip();
                if (clause.endsWith("的")) {
                    pending.setLength(0); // a condition: "明确牵头部门的，…"
                    continue;
                }
                java.util.regex.Matcher verb = CLAUSE_VERB.matcher(clause);
                if (!verb.find()) {
                    pending.append(pending.isEmpty() ? "" : "、").append(clause);
                    continue;
                }
                String names = pending + (pending.isEmpty() ? "" : "、") + clause.substring(0, verb.start());
                pending.setLength(0);
                clauses.add(new Clause(verb.group(1), names(endings, names)));
            }
            if (convention && !pending.isEmpty()) {
                clauses.add(new Clause("负责", names(endings, pending.toString())));
            }
        }
        boolean namesLead = clauses.stream().anyMatch(c -> c.verb().equals(LEADS_MARK));
        Clause lastResponsible = null;
        for (Clause c : clauses) {
            if (c.verb().equals("负责") && !c.names().isEmpty()) {
                lastResponsible = c;
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        for (Clause c : clauses) {
            for (int i = 0; i < c.names().size(); i++) {
                LinkType role = switch (c.verb()) {
                    case LEADS_MARK -> LinkType.LEADS;
                    case "负责" -> firstLeads && c == lastResponsible && !namesLead
                            ? (i == 0 ? LinkType.LEADS : LinkType.SUPPORTS)
                            : namesLead || firstLeads ? LinkType.SUPPORTS : LinkType.LEADS;
                    default -> LinkType.SUPPORTS;
                };
                assignments.add(new Assignment(role, c.names().get(i)));
            }
        }
        return assignments;
    }

    /** A sentence split at its clause breaks (，；), except inside brackets. */
    private static List<String> splitAtClauses(String sentence) {
        return splitOutsideBrackets(sentence, "，,；;", false);
    }

    /**
     * @param firstListedLeads an earlier note said that the first body of a list leads ("列第一位者为牵头…，下同")
     */
    static List<Assignment> parse(BodyNameEndings endings, String cell, boolean firstListedLeads) {
        String text = cell.replaceAll("</?p>", "").strip();
        boolean firstLeads = firstListedLeads || FIRST_LISTED_LEADS.matcher(text).find();
        text = BRACKETED_REMARK.matcher(FIRST_LISTED_LEADS.matcher(text).replaceAll("")).replaceAll("").strip();
        // "X（牵头），Y、Z（配合）": the role words in brackets after the names read as printed without them
        text = BRACKETED_ROLE.matcher(text).replaceAll("$1");
        List<Assignment> assignments = new ArrayList<>();
        Matcher leadVerb = LEADS_VERB.matcher(text);
        int lead = leadVerb.find() ? leadVerb.start() : -1;
        if (lead < 0 && !endsWithSupport(text) && hasLeadSign(text)) {
            // a sign printed apart from its name ("市发展改革委 ▲、市财政局") still marks that name
            String signed = text.replaceAll("\\s+([" + LEAD_SIGNS + "])(?=[、，,；;\\s]|$)", "$1")
                    .replaceAll("(^|[、，,；;])([" + LEAD_SIGNS + "])\\s+", "$1$2");
            // a cell printed one name a line and joined ("市发展改革委▲市财政局") is split at its signs: after them
            // where the list marks names after (X▲), before them where it marks names before (▲X)
            boolean signFirst = LEAD_SIGNS.indexOf(signed.charAt(0)) >= 0;
            signed = signed.replaceAll("(?<=[^、，,；;\\s])([" + LEAD_SIGNS + "])(?=[^、，,；;\\s])",
                    signFirst ? "、$1" : "$1、");
            for (String printed : splitOutsideBrackets(signed)) {
                String name = trimKeepingBracket(printed.replaceAll("[" + LEAD_SIGNS + "]", ""));
                if (!name.isEmpty() && !REMARK.matcher(name).find()) {
                    assignments.add(new Assignment(hasLeadSign(printed) ? LinkType.LEADS : LinkType.SUPPORTS, name));
                }
            }
            return assignments;
        }
        if (lead < 0 && firstLeads && !endsWithSupport(text)) {
            List<String> listed = names(endings, text);
            for (int i = 0; i < listed.size(); i++) {
                assignments.add(new Assignment(i == 0 ? LinkType.LEADS : LinkType.SUPPORTS, listed.get(i)));
            }
            return assignments;
        }
        if (lead >= 0) {
            // "X、Y分别牵头", "由X牵头": the qualifier before the verb and the 由 before the names are no part of a name
            names(endings, LEAD_QUALIFIER.matcher(text.substring(0, lead)).replaceFirst("").replaceFirst("^\\s*由", ""))
                    .forEach(n -> assignments.add(new Assignment(LinkType.LEADS, n)));
            names(endings, withoutSupportsMark(supportPart(text.substring(lead + LEADS_MARK.length()))))
                    .forEach(n -> assignments.add(new Assignment(LinkType.SUPPORTS, n)));
        } else if (text.contains(JOINTLY) && !text.startsWith(JOINTLY)) {
            // "X会同Y（负责）": X leads, Y takes part
            int jointly = text.indexOf(JOINTLY);
            names(endings, text.substring(0, jointly)).forEach(n -> assignments.add(new Assignment(LinkType.LEADS, n)));
            names(endings, withoutSupportsMark(text.substring(jointly + JOINTLY.length())))
                    .forEach(n -> assignments.add(new Assignment(LinkType.SUPPORTS, n)));
        } else if (endsWithSupport(text)) {
            names(endings, withoutSupportsMark(text)).forEach(n -> assignments.add(new Assignment(LinkType.SUPPORTS, n)));
        } else {
            names(endings, text).forEach(n -> assignments.add(new Assignment(LinkType.LEADS, n)));
        }
        return assignments;
    }

    /** A support verb inside the part of a note after 牵头, with what follows it. */
    private static final Pattern SUPPORTS_VERB = Pattern.compile("(?:配合|参与|参加|协同|协助|协办)(?=[，,；;。]|$)");

    /**
     * The part after 牵头 up to its support verb: what follows that verb ("，2025年底前完成", "；完成时限：…") is a
     * remark, not names.
     */
    private static String supportPart(String afterLead) {
        Matcher m = SUPPORTS_VERB.matcher(afterLead);
        return m.find() ? afterLead.substring(0, m.end()) : afterLead;
    }

    private static boolean endsWithSupport(String text) {
        return SUPPORTS_END.matcher(text.strip()).find();
    }

    private static boolean hasLeadSign(String text) {
        return text.chars().anyMatch(c -> LEAD_SIGNS.indexOf(c) >= 0);
    }

    /**
     * The text with the lead sign a plan declares ({@link #LEAD_SIGN_NOTE}) written as ▲, so that a list marked with
     * it reads like one marked with a common sign; the text unchanged if the plan declares none.
     */
    static String withDeclaredLeadSign(String text, Character declared) {
        if (declared == null) {
            // undeclared, an asterisk closing a name of a list ("区政府办公室*、区财政局") marks it as ▲ would
            return LIST_SEPARATOR.matcher(text).find() ? ASTERISK_AFTER_NAME.matcher(text).replaceAll("▲") : text;
        }
        return LEAD_SIGNS.indexOf(declared) >= 0 ? text : text.replace(declared, '▲');
    }

    /** A separator between names of a list. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\p{IsHan}）)]\\s*[*＊]?\\s*[、，,；;]\\s*[\\p{IsHan}]");
    /** An asterisk right after a name, before the next name's separator or the list's end. */
    private static final Pattern ASTERISK_AFTER_NAME = Pattern.compile(
            "(?<=[\\p{IsHan}）)])\\s*[*＊](?=\\s*(?:[、，,；;]|$))");

    private static String withoutSupportsMark(String text) {
        String t = text.strip();
        return SUPPORTS_END.matcher(t).replaceFirst("");
    }

    /**
     * "市财政局等有关部门": a body and, after 等, the others it stands for, named as a generic actor of their own; a
     * bare 等 / 等部门 / 等单位 only closes the list ({@link DepartmentResolver#trim}).
     */
    private static final Pattern AND_OTHERS = Pattern.compile(
            "^(.{2,}?)等((?:[省市区县](?:级|直|属))?(?:其他)?(?:有关|相关|各有关|各相关)(?:部门|单位)"
                    + "(?:[（(][^（()）]{1,6}[）)])?)$");

    /**
     * {@code cell} without the verbs closing its lists of bodies (落实, 分别落实, 按职责分工分别落实, 负责落实: the
     * CARRYING_OUT rows of body-name-endings.tsv, {@link BodyNameEndings#carriedOutClause}): only the names.
     */
    static String withoutCarryingOut(BodyNameEndings endings, String cell) {
        return endings.carriedOutClause.matcher(cell).replaceAll("");
    }

    static List<String> names(BodyNameEndings endings, String part) {
        return splitOutsideBrackets(part).stream()
                .flatMap(n -> {
                    java.util.regex.Matcher others = AND_OTHERS.matcher(n.strip());
                    return others.matches() ? java.util.stream.Stream.of(others.group(1), others.group(2))
                            : java.util.stream.Stream.of(n);
                })
                .map(n -> n.strip().replaceFirst("^由", "")) // "由X负责": 由 opens the clause, not the name
                // "市统计局、市投资促进中心按职责分工分别落实": the verb closing the list is no part of its last name
                .map(n -> endings.carriedOut.matcher(n).replaceFirst(""))
                .map(ResponsibilityCell::trimKeepingBracket)
                .filter(n -> !n.isEmpty() && !REMARK.matcher(n).find())
                .toList();
    }

    /**
     * The names of a list, split at its separators except inside brackets: "各县（市、区）人民政府" is one name, not
     * "各县（市" and "区）人民政府".
     */
    static List<String> splitOutsideBrackets(String part) {
        return joinSharedParts(splitOutsideBrackets(part, SEPARATOR_CHARS, true), part);
    }

    /**
     * A bare level ("各乡", "县", "市", "各县市") listed with 、 before a name that opens with a level shares that name's
     * tail: "各乡、镇人民政府", "各县、市、区人民政府", "各县市、区政府" (各县（市、区） printed without its brackets) name
     * one set of governments. A count may stand for 各 ("13个街道、镇": all the district's streets and towns, one set).
     * The levels are the vocabulary's NAME_LEVEL characters ({@link ResponsibilityLabels#nameLevels}) and 街/街道,
     * spelt here as a fixed pattern; {@code indicator.NonTargets.LEVEL_ONLY} is another set (级 levels, 国家…村).
     */
    private static final Pattern LEVEL_ONLY = Pattern.compile(
            "^(?:各|[0-9]{1,3}个)?(?:街道|[省市州区县旗乡镇街]){1,2}(?:、(?:街道|[省市州区县旗乡镇街]){1,2})*$");
    /**
     * The name a bare level shares its tail with: more levels, or their governments ("区人民政府", "镇政府"); not a body
     * of its own ("各乡镇、县经济开发区" lists the towns and the zone).
     */
    private static final Pattern LEVEL_TAIL = Pattern.compile(
            "^[省市州区县旗乡镇街]{1,2}(?:(?:人民)?政府(?:办事处)?|办事处)?(?:[（(][^（()）]{1,8}[）)])?$"); // 区人民政府(管委会)
    /** A bare kind of body listed with 、 after a name shares that name's head: "市直有关部门、单位". */
    private static final Pattern BODY_ONLY = Pattern.compile("^(?:单位|部门|机构)$");

    /**
     * {@code parts} (split from {@code text}) with the parts that only make sense with their neighbour joined to it
     * again ({@link #LEVEL_ONLY}, {@link #BODY_ONLY}), where the text joins them with 、.
     */
    private static List<String> joinSharedParts(List<String> parts, String text) {
        List<String> joined = new ArrayList<>();
        int at = 0;
        for (String part : parts) {
            int start = text.indexOf(part, at);
            at = start < 0 ? at : start + part.length();
            String previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean afterComma = start > 0 && text.charAt(start - 1) == '、';
            if (previous != null && afterComma && (LEVEL_ONLY.matcher(previous.strip()).matches()
                    && LEVEL_TAIL.matcher(part.strip()).matches() || BODY_ONLY.matcher(part.strip()).matches())) {
                joined.set(joined.size() - 1, previous + "、" + part);
            } else {
                joined.add(part);
            }
        }
        return joined;
    }

    /** {@code text} split at its 、 outside brackets ("各县(市、区)党委和人民政府、高新区管委会": two parts). */
    static List<String> splitAtEnumerationCommas(String text) {
        return splitOutsideBrackets(text, "、", false);
    }

    /** {@code text} split at {@code separators} (and whitespace, {@code atWhitespace}) outside brackets. */
    private static List<String> splitOutsideBrackets(String text, String separators, boolean atWhitespace) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(' || c == '<' || c == '〈' || c == '〔') {
                depth++;
            } else if ((c == '）' || c == ')' || c == '>' || c == '〉' || c == '〕') && depth > 0) {
                depth--;
            }
            if (depth == 0 && (separators.indexOf(c) >= 0 || atWhitespace && Character.isWhitespace(c))) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /**
     * {@link DepartmentResolver#trim}, but a name ending in a bracket it opened keeps it: 各县（市、区）, 各县区政府〈管委会〉
     * (angle brackets printed as round ones).
     */
    private static String trimKeepingBracket(String printed) {
        String trimmed = DepartmentResolver.trim(printed);
        String stripped = printed.strip();
        boolean closesOwnBracket = (stripped.endsWith("）") && stripped.contains("（"))
                || (stripped.endsWith(")") && stripped.contains("("))
                || (stripped.endsWith("〉") && stripped.contains("〈"));
        return closesOwnBracket && stripped.startsWith(trimmed) ? stripped : trimmed;
    }
}
