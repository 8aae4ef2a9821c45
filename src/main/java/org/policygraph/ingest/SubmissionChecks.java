package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.ParkRecord;
import org.policygraph.model.SectionRecord;
import org.policygraph.model.SourceRef;

/**
 * Checks on a submitted text that a curated seed file never needed: is it text at all, in the right encoding, complete?
 * And, after parsing, which parts did not become facts. Failures are {@link SeedException}s naming
 * {@code origin:line}; findings that do not stop an ingest are {@link IngestWarning}s.
 */
final class SubmissionChecks {

    /** Plans are a few hundred KB at most; anything much larger is not a plan. */
    static final int MAX_CHARS = 400_000;
    private static final int MIN_HAN_CHARS = 20;
    /** Where a complete paragraph may end: sentence punctuation, closing brackets, or a date / 印发 line. */
    private static final Pattern COMPLETE_ENDING = Pattern.compile(
            ".*([。！？；.!?;）)》」』”\"|\\]〕】］〉]|[年月日]|[年月]底前|[年月]底|前|印发|发布|附件\\d*)\\s*$");
    /** A cut inside a sentence: a line that stops on a comma-like mark. */
    private static final Pattern DANGLING_ENDING = Pattern.compile(".*[，、,：:（(《“]\\s*$");
    private static final int SHORT_LINE = 15;
    /** A line ending on a colon that introduces a list or the next part ("建议做好以下重点工作："). */
    private static final Pattern INTRODUCING_COLON = Pattern.compile(".*[：:]\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；;!?]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,/\\s]+");
    private static final Pattern PLACE = Pattern.compile("[\\p{IsHan}]{1,8}(省|市|区|县|州|旗|镇|乡|街道)");
    /** Longer than the longest body names plans print (市人力资源和社会保障局 has 11 characters): a clause. */
    private static final int MAX_BODY_NAME = 16;
    /** Municipal/provincial/district bodies as plans print them: 市数据局, 区发展改革局, 省商务厅 ... */
    private static final Pattern DEPARTMENT_LIKE = Pattern.compile(
            "[市省区][\\p{IsHan}]{1,10}?(?:委员会|管委会|办公室|局|委|厅|办)");
    private static final Pattern PARK_LIKE = Pattern.compile(
            "[\\p{IsHan}]{2,10}?(?:产业园|园区|开发区|高新区|片区)");
    private static final int MAX_LISTED_LINES = 20;
    private static final Pattern HIGH_ITEM_NUMBER = Pattern.compile("^[\\s#*-]*(\\d{3,})\\s*[.．]");

    private SubmissionChecks() {
    }

    /**
     * Refuses texts that cannot be a plan: empty, binary, mis-decoded, oversized or cut off. A text whose last line
     * ends without a sentence end is read, not refused: refusing it lost whole plans whose last item or table cell is
     * printed without a full stop (held-out texts of the eleventh session), and a cut the words cannot tell from a
     * complete ending is better reported where it is than guessed; that warning is returned, for
     * {@link #warnings}.
     */
    static Optional<IngestWarning> checkText(SourceText text, ResponsibilityLabels labels, BodyNameEndings endings) {
        String raw = text.raw();
        String origin = text.file();
        if (raw.isBlank()) {
            throw new SeedException(origin, "the text is empty");
        }
        if (raw.length() > MAX_CHARS) {
            throw new SeedException(origin, "the text has " + raw.length() + " characters; at most " + MAX_CHARS
                    + " are accepted (is this one plan?)");
        }
        int nul = raw.indexOf('\u0000');
        if (nul >= 0) {
            throw new SeedException(text.where(nul), "the text contains a NUL character: binary data, or UTF-16 "
                    + "read as UTF-8; submit UTF-8 text");
        }
        int replacement = raw.indexOf('\uFFFD');
        if (replacement >= 0) {
            throw new SeedException(text.where(replacement), "the text contains U+FFFD (�): it was decoded with the "
                    + "wrong encoding somewhere on its way; convert it to UTF-8 (e.g. iconv -f GBK -t UTF-8) and "
                    + "submit it again");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < raw.length()
                    && Character.isLowSurrogate(raw.charAt(i + 1)))) {
                if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(raw.charAt(i - 1)))) {
                    throw new SeedException(text.where(i), "the text contains an unpaired surrogate (U+"
                            + Integer.toHexString(c).toUpperCase() + "): not valid Unicode text");
                }
            }
        }
        long han = raw.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        if (han < MIN_HAN_CHARS) {
            throw new SeedException(origin, "the text has " + han + " Chinese characters: not a plan in Chinese, or "
                    + "decoded with the wrong encoding (GBK read as Latin-1 looks like 'ÎäººÊÐ'); submit UTF-8 text");
        }
        SourceText.Line last = lastTextLine(text);
        String line = text.slice(last.start(), last.contentEnd());
        Ending ending = ending(text, last, labels, endings);
        if (ending == Ending.CUT && INTRODUCING_COLON.matcher(line).matches()) {
            // "…建议做好以下重点工作：" and nothing after it: the list it introduces is missing, but every sentence before
            // it is whole (a page that stored the plan up to its list's lead-in): read what is there, and say which
            // line promises what is not
            return Optional.of(new IngestWarning(IngestWarning.Kind.PARSER, text.printedLine(last.number()), "the text ends on a colon "
                    + "introducing what follows ('…" + tail(line) + "'), and nothing follows it: it looks truncated; "
                    + "what is before it was read; submit the complete text under the same id to replace it"));
        }
        if (ending == Ending.CUT) {
            throw new SeedException(origin + ":" + text.printedLine(last.number()), "the text ends in the middle of a sentence ('…"
                    + tail(line) + "'): it looks truncated; submit the complete document");
        }
        if (ending == Ending.UNFINISHED) {
            return Optional.of(new IngestWarning(IngestWarning.Kind.PARSER, text.printedLine(last.number()), "the text ends without a "
                    + "sentence end ('…" + tail(line) + "'): if it was cut off, the plan is incomplete; submit the "
                    + "complete text under the same id to replace it"));
        }
        return Optional.empty();
    }

    /** How a text's last line ends. */
    enum Ending {
        /** A sentence end, a closing bracket, a date, a table's last cell, a list of bodies, a labelled line. */
        COMPLETE,
        /** On a comma-like mark, or inside a bracket it opened: cut inside a sentence. */
        CUT,
        /**
         * Without a sentence end after a clause ("…负责落实", "…并长期坚持", "…推动服务"): a plan's last item or cell printed
         * without a full stop, or a cut. Which of the two, the words do not tell: the text is read, with a warning.
         */
        UNFINISHED
    }

    static Ending ending(SourceText text, SourceText.Line last, ResponsibilityLabels labels,
                         BodyNameEndings endings) {
        String raw = text.raw();
        String line = text.slice(last.start(), last.contentEnd());
        if (TableCells.isRow(last)) {
            // a table's last row ends with its last cell (a deadline such as 2026年12月底前, a department): judge that
            List<Span> cells = TableCells.of(text, last);
            line = cells.isEmpty() ? line : cells.get(cells.size() - 1).of(raw);
            if (line.length() < SHORT_LINE || COMPLETE_ENDING.matcher(line).matches()) {
                line = "。";
            }
        }
        if (DANGLING_ENDING.matcher(line).matches() || endsInsideABracket(line)) {
            return Ending.CUT;
        }
        boolean unfinished = line.length() >= SHORT_LINE && !COMPLETE_ENDING.matcher(line).matches()
                && !labels.isLabelledLine(line) && !labels.isLabelledLine(lastSentence(line))
                && !ResponsibilityLinks.isDivisionLine(line) && !endsInNamesOfBodies(line, endings)
                && !endsInCellsPrintedOneALine(text);
        return unfinished ? Ending.UNFINISHED : Ending.COMPLETE;
    }

    /** A bracket opened and not closed: "…各县(市、区". */
    private static boolean endsInsideABracket(String line) {
        int open = Math.max(line.lastIndexOf('('), line.lastIndexOf('（'));
        int close = Math.max(line.lastIndexOf(')'), line.lastIndexOf('）'));
        return open > close;
    }

    /** A responsibility label opening a note: "责任单位:", "牵头部门：". */
    private static final Pattern NOTE_LABEL = Pattern.compile("^[\\p{IsHan}]{0,4}(?:单位|部门)[:：]\\s*");

    /**
     * Whether the line ends in a list of bodies after its last sentence: the last cell of a task table printed without
     * cell separators, or a 责任单位 list without its label ("…落地率达到90%。市发展改革委", "市财政局、江岸区、江汉区政府").
     * Every name is body-shaped (…局, …委, …政府) or a place (…区, …县), the last one a body: a plan's last word, not a cut.
     */
    static boolean endsInNamesOfBodies(String line, BodyNameEndings endings) {
        String[] sentences = SENTENCE_END.split(line.strip(), -1);
        // "…水平。 责任单位:县司法局": a page whose line breaks were lost ends in a labelled note; its names are judged
        String lastSentence = NOTE_LABEL.matcher(sentences[sentences.length - 1].strip()).replaceFirst("");
        // "X、Y等" / "X、Y等单位": a list closed by 等 is complete
        lastSentence = LIST_CLOSED_BY_DENG.matcher(lastSentence).replaceFirst("");
        // a remark in brackets is part of its name: 各县(市、区)政府, 市建设局(市规划局)
        String[] names = splitOutsideBrackets(lastSentence);
        if (names.length == 0 || !endings.isBodyLike(withoutRemarks(names[names.length - 1]))) {
            return false;
        }
        for (String name : names) {
            String bare = withoutRemarks(name);
            if (name.length() > MAX_BODY_NAME || !(endings.isBodyLike(bare) || PLACE.matcher(bare).matches())) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern BRACKETED_REMARK = Pattern.compile("[（(][^（()）]*[）)]");

    /** A name without the remarks in brackets it carries: 各县(市、区)政府 → 各县政府, 市建设局(市规划局) → 市建设局. */
    private static String withoutRemarks(String name) {
        String bare = BRACKETED_REMARK.matcher(name).replaceAll("");
        return bare.isEmpty() ? name : bare;
    }

    /** The names of a list split at {@link #LIST_SEPARATOR}s outside brackets. */
    private static String[] splitOutsideBrackets(String list) {
        StringBuilder masked = new StringBuilder(list);
        int depth = 0;
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            if (depth > 0 && LIST_SEPARATOR.matcher(String.valueOf(c)).matches()) {
                masked.setCharAt(i, '\u0000');
            }
        }
        return java.util.Arrays.stream(LIST_SEPARATOR.split(masked)).map(n -> n.replace('\u0000', '、'))
                .toArray(String[]::new);
    }

    /** 等 closing a list of names, alone or with the kind of body it stands for. */
    private static final Pattern LIST_CLOSED_BY_DENG = Pattern.compile("等(?:单位|部门|有关单位|相关单位|相关部门)?$");
    /** Longest cell of a task table printed one cell a line that is read as a cell, not as a paragraph. */
    private static final int MAX_CELL_LINE = 40;
    private static final Pattern CLAUSE_MARK = Pattern.compile("[，,；;：:。]");

    /**
     * Whether the text ends in a table printed one cell a line: its last line and the three before it are short and
     * the last has no clause mark. A cut paragraph is a long line of clauses after lines of the same kind; the last
     * cell of such a table (a figure, a list of bodies) ends without a full stop and is still complete.
     */
    static boolean endsInCellsPrintedOneALine(SourceText text) {
        List<SourceText.Line> lines = text.lines().stream().filter(l -> !l.isNoise() && !l.text().isBlank()).toList();
        if (lines.size() < 4) {
            return false;
        }
        String last = lines.get(lines.size() - 1).text().strip();
        if (CLAUSE_MARK.matcher(last).find()) {
            return false;
        }
        return lines.subList(lines.size() - 4, lines.size()).stream()
                .allMatch(l -> l.text().strip().length() <= MAX_CELL_LINE);
    }

    /**
     * What follows the last sentence end of a line: a page whose line breaks were lost prints a task's labelled
     * responsibility line ("责任单位：县司法局") after the task's sentence on the same line.
     */
    static String lastSentence(String line) {
        String[] sentences = SENTENCE_END.split(line.strip(), -1);
        return sentences[sentences.length - 1].strip();
    }

    private static SourceText.Line lastTextLine(SourceText text) {
        List<SourceText.Line> lines = text.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isNoise()) {
                return lines.get(i);
            }
        }
        return lines.get(lines.size() - 1);
    }

    private static String tail(String line) {
        return line.length() <= 20 ? line : line.substring(line.length() - 20);
    }

    /** What the editor should look at: parser warnings, names the vocabulary missed, lines that became nothing. */
    static List<IngestWarning> warnings(DocumentBundle bundle, SourceText text, SeedVocabulary vocabulary,
                                        DocumentDraft draft, Optional<IngestWarning> unfinishedEnding) {
        List<IngestWarning> warnings = new ArrayList<>();
        for (String warning : bundle.warnings()) {
            warnings.add(parserWarning(warning, text.file()));
        }
        warnings.addAll(unmatchedNames(text, vocabulary, bundle));
        warnings.addAll(itemsBeyondNinetyNine(text));
        frontAndBackMatter(draft, text).forEach(warnings::add);
        unparsedLines(bundle, text, draft).ifPresent(warnings::add);
        unfinishedEnding.ifPresent(warnings::add);
        return warnings;
    }

    /** Parser warnings read "file:line: message"; unknown 负责部门 names get their own kind. */
    private static IngestWarning parserWarning(String warning, String origin) {
        Integer line = null;
        String message = warning;
        Matcher m = Pattern.compile("^" + Pattern.quote(origin) + ":(\\d+): (.*)$", Pattern.DOTALL).matcher(warning);
        if (m.matches()) {
            line = Integer.valueOf(m.group(1));
            message = m.group(2);
        } else if (warning.startsWith(origin + ": ")) {
            message = warning.substring(origin.length() + 2);
        }
        boolean unknownDepartment = message.contains("' in ") && message.contains(" is not in " + VocabularyReader.DEPARTMENTS);
        return new IngestWarning(unknownDepartment ? IngestWarning.Kind.UNKNOWN_DEPARTMENT : IngestWarning.Kind.PARSER,
                line, message);
    }

    /** The outline layouts number items 1-99; "100. …" is read as text of the item before it. */
    private static List<IngestWarning> itemsBeyondNinetyNine(SourceText text) {
        List<IngestWarning> warnings = new ArrayList<>();
        for (SourceText.Line line : text.lines()) {
            Matcher m = HIGH_ITEM_NUMBER.matcher(line.text());
            if (m.lookingAt()) {
                warnings.add(new IngestWarning(IngestWarning.Kind.PARSER, text.printedLine(line.number()), "item " + m.group(1)
                        + " is numbered above 99: the outline layout reads it as text of the item before it; number "
                        + "items within their sections (（一）1., 2. …)"));
                break;
            }
        }
        return warnings;
    }

    private static List<IngestWarning> unmatchedNames(SourceText text, SeedVocabulary vocabulary,
                                                      DocumentBundle bundle) {
        DepartmentResolver departments = new DepartmentResolver(vocabulary, bundle.document().place());
        List<String> parkSpellings = new ArrayList<>();
        for (ParkRecord park : vocabulary.vocabulary().parks()) {
            parkSpellings.add(park.name());
            parkSpellings.addAll(park.aliases());
        }
        // parks kept as uncurated nodes have their own warning
        bundle.uncuratedBodies().stream().filter(b -> "Park".equals(b.label()))
                .forEach(b -> parkSpellings.add(b.name()));
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Matcher d = DEPARTMENT_LIKE.matcher(text.raw());
        while (d.find()) {
            String name = d.group();
            if (!departments.knows(name) && !departments.isPlaceholder(name)
                    && !firstSeen.containsKey(name)) {
                firstSeen.put(name, text.printedLineAt(d.start()));
                kinds.put(name, "department");
            }
        }
        Matcher p = PARK_LIKE.matcher(text.raw());
        while (p.find()) {
            String name = p.group();
            boolean known = parkSpellings.stream().anyMatch(s -> s.endsWith(name) || name.endsWith(s));
            if (!known && !firstSeen.containsKey(name)) {
                firstSeen.put(name, text.printedLineAt(p.start()));
                kinds.put(name, "park");
            }
        }
        List<IngestWarning> warnings = new ArrayList<>();
        firstSeen.forEach((name, line) -> warnings.add(new IngestWarning(IngestWarning.Kind.UNMATCHED_NAME, line,
                "'" + name + "' looks like a " + kinds.get(name) + " name but matches no " + kinds.get(name)
                        + " or alias in the vocabulary; if it is one, add it with add"
                        + ("park".equals(kinds.get(name)) ? "Park" : "Department") + "Alias and ingest again")));
        return warnings;
    }

    /**
     * The title block and notice before the first chapter, and the 版记 footer (抄送, 印发): read, kept out of the
     * outline, and named here so that no line goes unmentioned.
     */
    private static List<IngestWarning> frontAndBackMatter(DocumentDraft draft, SourceText text) {
        List<IngestWarning> warnings = new ArrayList<>();
        List<Integer> front = textLines(text, 1, draft.bodyLine);
        if (!front.isEmpty()) {
            warnings.add(new IngestWarning(IngestWarning.Kind.PARSER, text.printedLine(front.get(0)), "lines " + range(text, front)
                    + ": title block and notice before the first chapter (title, 文号, 主送, preamble); the title is the "
                    + "document's, the rest is not a section"));
        }
        if (draft.footerLine > 0) {
            List<Integer> back = textLines(text, draft.footerLine, text.lines().size() + 1);
            if (!back.isEmpty()) {
                warnings.add(new IngestWarning(IngestWarning.Kind.PARSER, text.printedLine(back.get(0)), "lines " + range(text, back)
                        + ": 版记 footer (抄送, 印发 office and date); not plan content"));
            }
        }
        return warnings;
    }

    private static List<Integer> textLines(SourceText text, int from, int to) {
        List<Integer> lines = new ArrayList<>();
        for (int n = from; n < to && n <= text.lines().size(); n++) {
            if (!text.line(n).isNoise()) {
                lines.add(n);
            }
        }
        return lines;
    }

    /** The file's lines of the parser's first and last of {@code lines}. */
    private static String range(SourceText text, List<Integer> lines) {
        int first = text.printedLine(lines.get(0));
        int last = text.printedLine(lines.get(lines.size() - 1));
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    /**
     * Lines of the plan's body (after the title block, before the footer) that no record holds: not in any section's
     * heading or own text, measure, table row or header, indicator or role quote.
     */
    private static Optional<IngestWarning> unparsedLines(DocumentBundle bundle, SourceText text, DocumentDraft draft) {
        String raw = text.raw();
        BitSet covered = new BitSet(raw.length());
        for (DocumentDraft.Section section : draft.sections) {
            covered.set(section.quote.start(), section.quote.end());
            if (section.ownText != null) {
                covered.set(section.ownText.start(), section.ownText.end());
            }
        }
        for (DocumentDraft.Measure measure : draft.measures) {
            covered.set(measure.quote.start(), measure.quote.end());
        }
        List<SourceRef> sources = new ArrayList<>();
        sources.add(bundle.document().source());
        bundle.indicators().stream().map(IndicatorRecord::source).forEach(sources::add);
        bundle.links().forEach(l -> sources.add(l.source()));
        for (SourceRef source : sources) {
            if (source != null && source.quote() != null && !source.quote().isEmpty()) {
                int at = raw.indexOf(source.quote());
                if (at >= 0) {
                    covered.set(at, at + source.quote().length());
                }
            }
        }
        int to = draft.footerLine > 0 ? draft.footerLine : text.lines().size() + 1;
        List<Integer> unparsed = new ArrayList<>();
        for (int n = draft.bodyLine; n < to; n++) {
            SourceText.Line line = text.line(n);
            if (line.isNoise() || TableCells.isMarkdownRule(line.text()) || draft.structureLines.contains(n)) {
                continue;
            }
            int start = line.contentStart();
            int end = line.contentEnd();
            int next = covered.nextSetBit(start);
            if (start < end && (next < 0 || next >= end)) {
                unparsed.add(n);
            }
        }
        if (unparsed.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> listed = unparsed.subList(0, Math.min(MAX_LISTED_LINES, unparsed.size()));
        StringBuilder why = new StringBuilder();
        for (Integer n : listed) {
            String reason = draft.unrepresented.get(n);
            if (reason != null) {
                why.append("; ").append(text.printedLine(n)).append(": ").append(reason);
            }
        }
        List<Integer> printed = listed.stream().map(text::printedLine).distinct().toList();
        return Optional.of(new IngestWarning(IngestWarning.Kind.UNPARSED_LINES, printed.get(0),
                unparsed.size() + " text lines of the plan's body became no section, measure, table row or role; "
                        + "lines " + printed + (unparsed.size() > listed.size() ? " …" : "") + why));
    }
}
