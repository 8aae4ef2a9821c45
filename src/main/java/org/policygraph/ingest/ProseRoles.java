package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.LinkType;

/**
 * Responsibilities a plan states in prose, read sentence by sentence from every Section's own text and every body
 * Measure: "由X牵头、Y配合", "X负责…", "X会同Y…", "专班办公室设在X", "X要加强统筹协调", "由X召集、Y牵头的…机制",
 * "X…落实主体责任". An actor is a body the vocabulary knows (department name or alias) or a generic actor
 * (各区人民政府, 市政府分管领导 …, vocabulary/not-departments.tsv, or recognised from its parts:
 * vocabulary/generic-actor-parts.tsv); the role verb takes the actor closest before it in its clause, or the subject
 * of the sentence. "发挥好X作用" makes X a supporter; "X要…" opening a sentence makes X lead, unless the sentence gives
 * X another role. The quote is the raw sentence; OCR spaces do not break a match.
 */
final class ProseRoles {

    private record Verb(Pattern pattern, LinkType role, ResponsibilityLabels.VerbSide side) {
    }

    /**
     * Nouns a role word may qualify instead of stating a role: "市商务局牵头的…工作统筹协调机制" names a mechanism that
     * 市商务局 leads; it does not say that 市商务局 coordinates.
     */
    private static final String MECHANISM = "机制|能力|体制|平台|制度|作用";

    /** The role words of the vocabulary, as patterns: actor after first, then COORDINATE, LEAD, SUPPORT. */
    private final List<Verb> verbs;
    /** The phrases of {@link ResponsibilityLabels.VerbSide#JOINTLY} verbs (会同). */
    private final java.util.Set<String> jointly;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;]");
    /** Between an actor and its verb: a short run of words, no clause break. */
    private static final int MAX_GAP = 20;
    private static final String CLAUSE_BREAKS = "，,：:";
    /** What may join the names of a list of actors sharing one verb: 、 和 及 与. */
    private static final Pattern LIST_JOIN = Pattern.compile("[、和及与]|等|等部门|等单位");

    /** A name printed in the text. */
    record Actor(int start, int end, String name) {
    }

    /** One role read from one sentence, with the raw span of the sentence. */
    record Found(String name, LinkType role, Span sentence) {
    }

    /**
     * "发挥（好）X作用": the plan gives X a supporting part ("发挥好行业协会作用"); the words between X and 作用 may
     * qualify it ("桥梁纽带") but not name a lead ("牵头作用" is read by 牵头).
     */
    private static final Pattern PLAY_A_PART = Pattern.compile("(?:充分|积极)?发挥(?:好|出)?");
    private static final Pattern PART_TAIL = Pattern.compile("[^，,：:。；;]{0,12}?作用");
    private static final Pattern LEADING_PART = Pattern.compile("牵头|主导|统筹|协调|主体|引领");
    /** "X要…" opening a sentence: X is charged with what follows ("各区各部门要认真研究，…制定…落实措施"). */
    private static final Pattern IS_TO = Pattern.compile("要");

    /** Characters that open a body's name with its level (省发展改革委, 市商务局, 区教育局, 镇人民政府): vocabulary data. */
    private final String levels;
    /** Every spelling, longest first, by its first character. */
    private final Map<Character, List<String>> spellingsByFirst;
    private final GenericActorGrammar genericActors;
    private final BodyNameEndings bodyNameEndings;
    /** The labels of notes: a label's spelling in prose names a role, no actor ("牵头单位负责全程协调"). */
    private final ResponsibilityLabels labels;
    /** A responsibility label printed alone on its line (a web table's cell "牵头单位"): a label, not a verb. */
    private final Pattern labelAlone;
    /**
     * A name the vocabulary lacks where prose gives it a role: opening with a level (市, 区, 县 …) and running to a
     * verb of the actor before it (牵头, 配合, 负责 …) or to the next name of its list (、, or 和 before a level: 和 is
     * also inside names, 县发展和改革局), without a word of the sentence around it (由, 在, 的 …); a body only if shaped
     * like one ({@link BodyNameEndings#isBodyLike}).
     */
    private final Pattern unknownBody;
    /**
     * A name the vocabulary lacks right after a verb of the actor after it ("办公室设在区商贸旅游局"): opening with a level
     * and running to the end of its clause or list.
     */
    private final Pattern unknownBodyAfterVerb;
    /** The verbs of the actor after them (办公室设在). */
    private final List<String> verbsBeforeName;
    /**
     * A name the vocabulary lacks, printed without its level, opening a sentence or clause and running straight to a
     * verb of the actor before it ("；长延堡街办负责…", "，城关街道办配合"): a body only if shaped like one, printed in
     * one piece, and not a set of bodies (各…, 相关…) or a pronoun (本…, 该…).
     */
    private final Pattern unknownBodyOpeningClause;
    /**
     * A name the vocabulary lacks, printed without its level after 、 in a list that opens with one ("省发改委、农垦总局、
     * 国土资源厅、环保厅等单位配合"): running to the next name of the list, to 等 or to a verb of the actor before it; a
     * body only if shaped like one.
     */
    private final Pattern unknownBodyInList;
    /** What a name the vocabulary lacks cannot hold: white space, punctuation, the words of a sentence around it. */
    private static final String NOT_IN_NAME = "\\s\\p{Punct}，、；：。！？（）“”‘’由在的将要并等与及对把向从为是";
    private static final String NAME_CHAR = "[^" + NOT_IN_NAME + "]";
    /** What opens a phrase naming no one body: a set (各…, 相关…) or a pronoun (本…, 该…); vocabulary data. */
    private final Pattern notOneNamedBody;

    /** The prose reader of a vocabulary: built once for it ({@link #of}), used for every document read with it. */
    static ProseRoles of(SeedVocabulary vocabulary) {
        return new ProseRoles(namesOf(vocabulary), vocabulary.genericActorGrammar(),
                vocabulary.responsibilityLabels(), vocabulary.bodyNameEndings());
    }

    /**
     * @param names         every department name and alias, and every generic-actor phrase listed
     * @param genericActors the grammar that recognises the generic actors no list holds (区级相关部门)
     * @param labels        the responsibility labels (one alone on its line is no verb of a sentence around it), the
     *                      verbs of prose and the level characters of names
     * @param bodyNameEndings the endings of a body's name (what shapes a name the vocabulary lacks as a body's)
     */
    ProseRoles(List<String> names, GenericActorGrammar genericActors, ResponsibilityLabels labels,
               BodyNameEndings bodyNameEndings) {
        this.bodyNameEndings = bodyNameEndings;
        this.labelAlone = labels.labelAlone;
        this.labels = labels;
        List<String> sorted = new ArrayList<>(names.stream().filter(n -> n.length() >= 2).distinct().toList());
        sorted.sort(Alternation.LONGEST_FIRST);
        Map<Character, List<String>> byFirst = new java.util.HashMap<>();
        for (String spelling : sorted) {
            byFirst.computeIfAbsent(spelling.charAt(0), c -> new ArrayList<>()).add(spelling);
        }
        byFirst.replaceAll((c, list) -> List.copyOf(list));
        this.spellingsByFirst = Map.copyOf(byFirst);
        this.genericActors = genericActors;
        this.levels = labels.nameLevels;
        this.notOneNamedBody = labels.notOneBodyStarts.isEmpty() ? null : Pattern.compile("^(?:" + labels
                .notOneBodyStarts.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")");
        this.verbs = verbs(labels.proseVerbs);
        this.jointly = labels.proseVerbs.stream().filter(v -> v.side() == ResponsibilityLabels.VerbSide.JOINTLY)
                .map(ResponsibilityLabels.ProseVerb::phrase).collect(java.util.stream.Collectors.toSet());
        String actorVerbs = String.join("|", labels.proseVerbs.stream()
                .filter(v -> v.side() != ResponsibilityLabels.VerbSide.ACTOR_AFTER)
                .map(v -> Pattern.quote(v.phrase())).toList());
        this.unknownBody = levels.isEmpty() || actorVerbs.isEmpty() ? null : Pattern.compile(
                "[" + levels + "]"
                        + NAME_CHAR + "{1,18}?"
                        + "(?=、|和[" + levels + "]|" + actorVerbs + ")");
        this.verbsBeforeName = labels.proseVerbs.stream()
                .filter(v -> v.side() == ResponsibilityLabels.VerbSide.ACTOR_AFTER)
                .map(ResponsibilityLabels.ProseVerb::phrase).toList();
        this.unknownBodyAfterVerb = levels.isEmpty() ? null : Pattern.compile(
                "[" + levels + "]"
                        + NAME_CHAR + "{1,18}?"
                        + "(?=[，,、；;。！？!?]|$)");
        this.unknownBodyInList = levels.isEmpty() || actorVerbs.isEmpty() ? null : Pattern.compile(
                "[^\\d" + NOT_IN_NAME + "]{2,18}?"
                        + "(?=、|等|和[" + levels + "]|" + actorVerbs + ")");
        this.unknownBodyOpeningClause = actorVerbs.isEmpty() ? null : Pattern.compile(
                "[^\\d" + NOT_IN_NAME + "]{3,18}?"
                        + "(?=" + actorVerbs + ")");
    }

    /** One pattern per side and role, its phrases longest first; a coordination is no verb before a mechanism noun. */
    private static List<Verb> verbs(List<ResponsibilityLabels.ProseVerb> proseVerbs) {
        List<Verb> verbs = new ArrayList<>();
        record Group(ResponsibilityLabels.VerbSide side, LinkType role) {
        }
        List<Group> order = List.of(
                new Group(ResponsibilityLabels.VerbSide.ACTOR_AFTER, LinkType.COORDINATES),
                new Group(ResponsibilityLabels.VerbSide.ACTOR_AFTER, LinkType.LEADS),
                new Group(ResponsibilityLabels.VerbSide.ACTOR_AFTER, LinkType.SUPPORTS),
                new Group(ResponsibilityLabels.VerbSide.ACTOR_BEFORE, LinkType.COORDINATES),
                new Group(ResponsibilityLabels.VerbSide.ACTOR_BEFORE, LinkType.LEADS),
                new Group(ResponsibilityLabels.VerbSide.ACTOR_BEFORE, LinkType.SUPPORTS));
        for (Group group : order) {
            List<String> phrases = proseVerbs.stream()
                    .filter(v -> v.role() == group.role() && (v.side() == group.side()
                            || v.side() == ResponsibilityLabels.VerbSide.JOINTLY
                            && group.side() == ResponsibilityLabels.VerbSide.ACTOR_BEFORE))
                    .map(ResponsibilityLabels.ProseVerb::phrase)
                    .sorted(Alternation.LONGEST_FIRST)
                    .toList();
            if (phrases.isEmpty()) {
                continue;
            }
            String alternation = phrases.stream().map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
            if (group.role() == LinkType.COORDINATES && group.side() == ResponsibilityLabels.VerbSide.ACTOR_BEFORE) {
                alternation += "(?!" + MECHANISM + ")";
            }
            verbs.add(new Verb(Pattern.compile(alternation), group.role(), group.side()));
        }
        return List.copyOf(verbs);
    }

    /** The roles stated in {@code raw[span]}. */
    List<Found> find(String raw, Span span) {
        return find(raw, span, List.of());
    }

    /**
     * The roles stated in {@code raw[span]} outside {@code notes}: a bracketed note read as a responsibility note
     * ("（分管副省长负责，省科技厅、省发改委等负责。列第一位的为牵头部门）") says who does what by its own conventions, which
     * a reading as prose ("X、Y负责": both lead) would contradict.
     */
    List<Found> find(String raw, Span span, Collection<Span> notes) {
        return find(raw, span, notes, false);
    }

    /**
     * @param unknownBodies also read names the vocabulary lacks, shaped like bodies, where a verb gives them a role
     *                      ("由区发改局牵头，区统计局配合"): a submitted plan keeps them as uncurated bodies
     */
    List<Found> find(String raw, Span span, Collection<Span> notes, boolean unknownBodies) {
        return find(raw, span, notes, unknownBodies, true);
    }

    /**
     * @param charges read "X要…" opening a sentence as charging X with what it sets (LEAD); false for a covering
     *                notice's own instructions ("各地各部门要认真落实…"), which charge its addressees in general
     */
    List<Found> find(String raw, Span span, Collection<Span> notes, boolean unknownBodies, boolean charges) {
        String masked = withoutLabelLines(raw, span);
        StringBuilder b = null;
        for (Span note : notes) {
            if (note.start() >= span.start() && note.end() <= span.end()) {
                b = b == null ? new StringBuilder(masked) : b;
                for (int i = note.start(); i < note.end(); i++) {
                    if (!Character.isWhitespace(b.charAt(i))) {
                        b.setCharAt(i, '＿');
                    }
                }
            }
        }
        NormalizedText text = NormalizedText.of(b == null ? masked : b.toString(), span.start(), span.end());
        String t = text.text();
        List<Found> found = new ArrayList<>();
        // a task or section whose note says who does it ("（市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位）"):
        // "各县(市、区)要将…" in its text charges the actor with a step of that task, it does not make a second lead
        boolean noted = b != null || !charges;
        int s = 0;
        Matcher end = SENTENCE_END.matcher(t);
        while (s < t.length()) {
            int e = end.find(s) ? end.end() : t.length();
            if (e > s) {
                sentence(text, s, e, found, unknownBodies, noted);
            }
            s = e;
        }
        return found;
    }

    /**
     * {@code raw} with each label printed alone on its line in {@code span} blanked out (same length, so offsets
     * hold): "市财政局 / 牵头单位 / 市发展改革委", one cell a line, does not say that 市财政局 leads.
     */
    private String withoutLabelLines(String raw, Span span) {
        Matcher m = labelAlone.matcher(raw).region(span.start(), span.end());
        StringBuilder masked = null;
        while (m.find()) {
            masked = masked == null ? new StringBuilder(raw) : masked;
            for (int i = m.start(1); i < m.end(1); i++) {
                masked.setCharAt(i, '＿');
            }
        }
        return masked == null ? raw : masked.toString();
    }

    private void sentence(NormalizedText text, int s, int e, List<Found> found, boolean unknownBodies,
                          boolean noted) {
        String t = text.text();
        List<Actor> actors = actors(text, s, e, unknownBodies);
        if (actors.isEmpty()) {
            return;
        }
        Span sentence = new Span(text.rawOffset(s), text.rawEnd(e));
        int before = found.size();
        List<int[]> taken = new ArrayList<>();
        // "（列第一位者为牵头…）" states how a list is read, not that the body before it leads
        Matcher convention = ResponsibilityCell.FIRST_LISTED_LEADS.matcher(t).region(s, e);
        while (convention.find()) {
            taken.add(new int[] {convention.start(), convention.end()});
        }
        for (Verb verb : verbs) {
            Matcher m = verb.pattern().matcher(t).region(s, e);
            while (m.find()) {
                int at = m.start();
                if (overlaps(taken, at, m.end()) || insideActor(actors, at)) {
                    continue;
                }
                taken.add(new int[] {at, m.end()});
                if (verb.side() == ResponsibilityLabels.VerbSide.ACTOR_AFTER) {
                    actors.stream().filter(a -> a.start() == m.end()).findFirst()
                            .ifPresent(a -> found.add(new Found(a.name(), verb.role(), sentence)));
                    continue;
                }
                if (doneInClause(t, m.end(), e)) {
                    continue; // "X牵头对…进行了督查梳理", "X等部门分别牵头制定了《…》": who did it, no role set
                }
                List<Actor> subjects = actorsBefore(t, actors, s, at);
                if (!subjects.isEmpty() && objectOfVerb(t, s, subjects.get(0).start())) {
                    continue; // "引导各行业协会积极参与": the actor is what the verb before it acts on, no subject
                }
                subjects.forEach(a -> found.add(new Found(a.name(), verb.role(), sentence)));
                if (!subjects.isEmpty() && jointly.contains(m.group())) {
                    for (Actor a : actors) {
                        if (a.start() >= m.end() && !clauseBreakBetween(t, m.end(), a.start())) {
                            found.add(new Found(a.name(), LinkType.SUPPORTS, sentence));
                        }
                    }
                }
            }
        }
        playsAPart(t, actors, s, e, sentence, found);
        if (!noted) {
            isCharged(t, actors, s, sentence, found.subList(before, found.size()), found);
        }
    }

    /**
     * Whether the clause of a role verb, after it ({@code t[from, e)} up to its clause's end), completes a verb with 了
     * ({@link Perfective}):
     * "市政府督查室牵头对…进行了督查梳理", "县自然资源局等部门分别牵头制定了《…》". A report telling who did something
     * (drafted the plan, inspected its progress) sets no task: a plan states roles for what is to be done.
     */
    private static boolean doneInClause(String t, int from, int e) {
        int end = from;
        while (end < e && CLAUSE_BREAKS.indexOf(t.charAt(end)) < 0) {
            end++;
        }
        return Perfective.VERB.matcher(t).region(from, end).find();
    }

    /** "发挥（好）X、Y作用" → X, Y support. */
    private static void playsAPart(String t, List<Actor> actors, int s, int e, Span sentence, List<Found> found) {
        Matcher m = PLAY_A_PART.matcher(t).region(s, e);
        while (m.find()) {
            List<Actor> named = listFrom(t, actors, m.end());
            if (named.isEmpty()) {
                continue;
            }
            Matcher tail = PART_TAIL.matcher(t).region(named.get(named.size() - 1).end(), e);
            if (tail.lookingAt() && !LEADING_PART.matcher(tail.group()).find()) {
                named.forEach(a -> found.add(new Found(a.name(), LinkType.SUPPORTS, sentence)));
            }
        }
    }

    /**
     * "X（、Y）要…" opening a sentence, where the sentence gives X no other role: X leads what the sentence sets.
     * "市商务局要加强统筹协调" is a coordination, read by its verb, not a second role.
     */
    private static void isCharged(String t, List<Actor> actors, int s, Span sentence, List<Found> fromSentence,
                                  List<Found> found) {
        if (actors.isEmpty() || actors.get(0).start() - s > 1) {
            return;
        }
        List<Actor> named = listFrom(t, actors, actors.get(0).start());
        int after = named.get(named.size() - 1).end();
        if (!IS_TO.matcher(t).region(after, t.length()).lookingAt()) {
            return;
        }
        List<Found> charged = new ArrayList<>();
        for (Actor a : named) {
            if (fromSentence.stream().noneMatch(f -> f.name().equals(a.name()))) {
                charged.add(new Found(a.name(), LinkType.LEADS, sentence));
            }
        }
        found.addAll(charged);
    }

    /** The actor starting at {@code at} and those listed right after it ("X、Y和Z"). */
    private static List<Actor> listFrom(String t, List<Actor> actors, int at) {
        List<Actor> list = new ArrayList<>();
        for (Actor a : actors) {
            if (list.isEmpty() ? a.start() == at
                    : LIST_JOIN.matcher(t.substring(list.get(list.size() - 1).end(), a.start())).matches()) {
                list.add(a);
            } else if (!list.isEmpty()) {
                break;
            }
        }
        return list;
    }

    /**
     * The actor(s) a verb at {@code at} belongs to: the nearest actor before it in the same clause (at most
     * {@link #MAX_GAP} characters away), with the actors listed before it ("X、Y牵头"); else the actor that ends the
     * previous clause ("X，加强…组织领导") or opens the sentence ("X根据…，落实…主体责任"), when no other actor stands
     * between.
     */
    private static List<Actor> actorsBefore(String t, List<Actor> actors, int s, int at) {
        Actor nearest = null;
        for (Actor a : actors) {
            if (a.end() <= at) {
                nearest = a;
            }
        }
        if (nearest == null) {
            return List.of();
        }
        boolean sameClause = !clauseBreakBetween(t, nearest.end(), at) && at - nearest.end() <= MAX_GAP;
        boolean endsPreviousClause = nearest.end() < t.length() && CLAUSE_BREAKS.indexOf(t.charAt(nearest.end())) >= 0
                && clauseCount(t, nearest.end(), at) == 1;
        boolean opensSentence = nearest.start() - s <= 1 && actors.get(0) == nearest;
        if (!sameClause && !endsPreviousClause && !opensSentence) {
            return List.of();
        }
        List<Actor> list = new ArrayList<>();
        list.add(nearest);
        int index = actors.indexOf(nearest);
        for (int i = index - 1; i >= 0; i--) {
            Actor before = actors.get(i);
            String joint = t.substring(before.end(), list.get(0).start());
            if (!LIST_JOIN.matcher(joint).matches()) {
                break;
            }
            list.add(0, before);
        }
        return byOpeningList(t, actors, s, list);
    }

    /**
     * "由X，Y、Z负责落实": after an opening 由, the names up to the verb are one list even where commas group them
     * (a set of city departments, then the counties, then the zones); the list, extended back to the 由 only when
     * nothing but names and their separators stand between.
     */
    private static List<Actor> byOpeningList(String t, List<Actor> actors, int s, List<Actor> list) {
        List<Actor> extended = new ArrayList<>(list);
        for (int i = actors.indexOf(list.get(0)) - 1; i >= 0; i--) {
            Actor before = actors.get(i);
            String joint = t.substring(before.end(), extended.get(0).start());
            if (!LIST_JOIN.matcher(joint).matches() && !joint.matches("[，,]")) {
                break;
            }
            extended.add(0, before);
        }
        return openingBy(t, s, extended.get(0).start() - 1, SENTENCE_ENDS) ? extended : list;
    }

    private static boolean clauseBreakBetween(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int clauseCount(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.indexOf(t.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(r -> start < r[1] && r[0] < end);
    }

    /** Whether an object verb ({@link ResponsibilityLabels#objectVerbs}: 引导, 下达到) ends right before {@code at}. */
    private boolean objectOfVerb(String t, int s, int at) {
        return labels.objectVerbs.stream().anyMatch(v -> at - v.length() >= s && t.startsWith(v, at - v.length()));
    }

    private static boolean insideActor(List<Actor> actors, int at) {
        return actors.stream().anyMatch(a -> a.start() <= at && at < a.end());
    }

    /**
     * Names in {@code t[s, e)}, longest match first, not overlapping. A known spelling right after a level character
     * (省发展改革委, 区商务局) is the tail of another body's name, not that body: had the level belonged to a known
     * name, that name would have matched from the level on.
     */
    private List<Actor> actors(NormalizedText text, int s, int e, boolean unknownBodies) {
        String t = text.text();
        List<Actor> actors = new ArrayList<>();
        int i = s;
        while (i < e) {
            String match = null;
            boolean tailOfAnotherName = i > 0 && levels.indexOf(t.charAt(i - 1)) >= 0;
            for (String spelling : tailOfAnotherName ? List.<String>of()
                    : spellingsByFirst.getOrDefault(t.charAt(i), List.of())) {
                if (i + spelling.length() <= e && t.startsWith(spelling, i)) {
                    match = spelling;
                    break;
                }
            }
            var generic = genericActors.at(t, i, e).filter(g -> !labels.isLabel(g.phrase()));
            if (generic.isPresent() && (match == null || generic.get().phrase().length() > match.length())) {
                match = generic.get().phrase();
            }
            if (match == null && unknownBodies && unknownBody != null
                    && (i == s || "由，,；;：:、和".indexOf(t.charAt(i - 1)) >= 0 || afterExampleWord(t, s, i))) {
                Matcher m = unknownBody.matcher(t).region(i, e);
                if (m.lookingAt() && bodyNameEndings.isBodyLike(m.group())) {
                    match = m.group();
                }
            }
            if (match == null && unknownBodies && unknownBodyInList != null && byOpensClause(t, s, i)) {
                // "，由贺兰县教育体育局负责的…项目", "；由金贵镇、立岗镇负责的…": a clause opened by 由 names its actors
                // right after it, a place's name first where the level is not the name's first character
                Matcher m = unknownBodyInList.matcher(t).region(i, e);
                if (m.lookingAt() && bodyNameEndings.isBodyLike(m.group())
                        && (notOneNamedBody == null || !notOneNamedBody.matcher(m.group()).find())
                        && text.rawEnd(m.end()) - text.rawOffset(i) == m.end() - i) {
                    match = m.group();
                }
            }
            if (match == null && unknownBodies && unknownBodyInList != null && i > s && t.charAt(i - 1) == '、'
                    && !actors.isEmpty() && actors.get(actors.size() - 1).end() == i - 1
                    && (levelledList(t, actors) || listOpenedByBy(t, s, actors))) {
                // "省水利厅牵头,省发改委、农垦总局、国土资源厅、环保厅等单位配合": a name after 、 may leave out the level
                // of the list's names before it
                Matcher m = unknownBodyInList.matcher(t).region(i, e);
                if (m.lookingAt() && bodyNameEndings.isBodyLike(m.group())
                        && (notOneNamedBody == null || !notOneNamedBody.matcher(m.group()).find())
                        && text.rawEnd(m.end()) - text.rawOffset(i) == m.end() - i) {
                    match = m.group();
                }
            }
            if (match == null && unknownBodies && unknownBodyAfterVerb != null && afterVerbBeforeName(t, s, i)) {
                Matcher m = unknownBodyAfterVerb.matcher(t).region(i, e);
                if (m.lookingAt() && bodyNameEndings.isBodyLike(m.group())) {
                    match = m.group();
                }
            }
            if (match == null && unknownBodies && unknownBodyOpeningClause != null
                    && (i == s || "，,；;".indexOf(t.charAt(i - 1)) >= 0)) {
                Matcher m = unknownBodyOpeningClause.matcher(t).region(i, e);
                // printed in one piece: a name does not run across a line break ("分管领导：李某某⏎市商务局牵头")
                if (m.lookingAt() && bodyNameEndings.isBodyLike(m.group())
                        && (notOneNamedBody == null || !notOneNamedBody.matcher(m.group()).find())
                        && !opensWithExampleWord(m.group())
                        // "，发挥农业农村部门牵头作用": the verb 发挥 opens the clause, no name
                        && !PLAY_A_PART.matcher(m.group()).lookingAt()
                        && text.rawEnd(m.end()) - text.rawOffset(i) == m.end() - i) {
                    match = m.group();
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            actors.add(new Actor(i, i + match.length(), match));
            i += match.length();
        }
        return actors;
    }

    /**
     * Whether the list of actors that {@code actors}' last one closes ("X、Y", joined by 、) opens with a name that
     * opens with its level (省发改委): its later names may leave the level out.
     */
    private boolean levelledList(String t, List<Actor> actors) {
        return levels.indexOf(listStart(t, actors).name().charAt(0)) >= 0;
    }

    /** The first actor of the list ("X、Y", joined by 、) that {@code actors}' last one closes. */
    private static Actor listStart(String t, List<Actor> actors) {
        int first = actors.size() - 1;
        while (first > 0 && actors.get(first - 1).end() == actors.get(first).start() - 1
                && t.charAt(actors.get(first).start() - 1) == '、') {
            first--;
        }
        return actors.get(first);
    }

    /** Whether the list that {@code actors}' last one closes opens right after a clause-opening 由 (由金贵镇、立岗镇). */
    private static boolean listOpenedByBy(String t, int s, List<Actor> actors) {
        return byOpensClause(t, s, listStart(t, actors).start());
    }

    /** Whether a 由 opening the sentence or a clause (after ，；：) stands right before {@code i}. */
    private static boolean byOpensClause(String t, int s, int i) {
        return openingBy(t, s, i - 1, CLAUSE_OPENERS);
    }

    /** Punctuation after which a 由 opens a sentence ({@link #byOpeningList}). */
    private static final String SENTENCE_ENDS = "。；;";
    /** Punctuation after which a 由 opens a clause ({@link #byOpensClause}). */
    private static final String CLAUSE_OPENERS = "，,；;：:";

    /**
     * Whether {@code at} holds a 由 that opens the sentence (at {@code s}, or after white space) or follows one of
     * {@code after}: the 由 whose actors follow it.
     */
    private static boolean openingBy(String t, int s, int at, String after) {
        return at >= s && t.charAt(at) == '由' && (at == s || Character.isWhitespace(t.charAt(at - 1))
                || after.indexOf(t.charAt(at - 1)) >= 0);
    }

    /**
     * Whether a word introducing an example (如, 例如: {@link ResponsibilityLabels#exampleWords}) opens a clause right
     * before {@code i}, where a name opens with its level: "，如县发改局负责的…" names 县发改局.
     */
    private boolean afterExampleWord(String t, int s, int i) {
        if (levels.indexOf(t.charAt(i)) < 0) {
            return false;
        }
        for (String word : labels.exampleWords) {
            int start = i - word.length();
            if (start >= s && t.startsWith(word, start) && (start == s || "，,；;：:。".indexOf(t.charAt(start - 1)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code phrase} opens with a word introducing an example before a level (如县发改局): no name. */
    private boolean opensWithExampleWord(String phrase) {
        return labels.exampleWords.stream().anyMatch(w -> phrase.length() > w.length() && phrase.startsWith(w)
                && levels.indexOf(phrase.charAt(w.length())) >= 0);
    }

    /** Whether a verb of the actor after it (办公室设在) ends right before {@code i}, inside the sentence. */
    private boolean afterVerbBeforeName(String t, int s, int i) {
        for (String verb : verbsBeforeName) {
            if (i - verb.length() >= s && t.startsWith(verb, i - verb.length())) {
                return true;
            }
        }
        return false;
    }

    /** Every spelling of every department and every generic-actor phrase the vocabulary lists. */
    static List<String> namesOf(SeedVocabulary vocabulary) {
        List<String> names = new ArrayList<>();
        vocabulary.vocabulary().departments().forEach(d -> {
            names.add(d.name());
            names.addAll(d.aliases());
        });
        names.addAll(vocabulary.notDepartments());
        return names;
    }

}
