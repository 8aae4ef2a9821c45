package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endings a body's name has (…局, …委, …办, …厅, …政府, …管委会, …中心 …, and people's organisations: 工商联, 科协;
 * zones: 经开区), read from the configured seed's {@link #FILE} with the rest of the vocabulary ({@link SeedVocabulary}):
 * what shapes a name the vocabulary lacks as the name of a body ({@link UnknownBodies}).
 */
public final class BodyNameEndings {

    /** The file of the endings a body's name has (data: 局, 委, 管委会, 中心 …, 工商联, 经开区). */
    static final String FILE = "vocabulary/body-name-endings.tsv";

    /** How much of a name may come before an ending of each shape (body-name-endings.tsv). */
    private enum Shape { NAME, SHORT, ZONE, ADMINISTRATION, PLACE, CARRYING_OUT_VERB, CARRYING_OUT_QUALIFIER }

    /** Group 1, 2 or 3 is the ending of a NAME, SHORT or ZONE row. */
    private final Pattern bodyLike;
    /** The endings of the NAME shape: the words naming a kind of body (局, 管委会, 人民政府 …). */
    private final Set<String> kindWords;
    /** The endings of the ADMINISTRATION shape (管委会): a place's administration, named by its place, no level. */
    private final Set<String> administrations;
    /** The endings of the PLACE shape (区, 县, 开发区, 镇 …): a body so named is a place, whose bodies its name opens. */
    private final Set<String> places;

    /**
     * The verb closing a list of the bodies that carry a task out, printed after its last name and no part of it
     * (CARRYING_OUT_VERB rows: 落实), with the qualifiers before it (CARRYING_OUT_QUALIFIER rows: 分别落实,
     * 按职责分工分别落实, 负责落实), read in the order printed: "市统计局、市投资促进中心按职责分工分别落实"; after a name
     * closing with its bracketed alternatives too ("各镇(街区)分别落实"). A note's list has its own closing words
     * ({@code ResponsibilityLinks.TRAILING_QUALIFIER}: 负责 too, 落实 only after a qualifier).
     */
    final Pattern carriedOut;
    /** That verb closing a clause of a cell, with the 牵头 before it: "市发改局牵头落实;市工信局…按职责分工分别落实". */
    final Pattern carriedOutClause;

    private BodyNameEndings(Pattern bodyLike, Set<String> kindWords, Set<String> administrations, Set<String> places,
                            String carryingOut) {
        this.carriedOut = Pattern.compile("(?<=[\\p{IsHan}）)]{2})" + carryingOut + "$");
        this.carriedOutClause = Pattern.compile(
                "(?<=[\\p{IsHan}）)]{2})(?:分别|共同)?(?:牵头)?" + carryingOut + "(?=\\s*(?:[;；，,。]|$))");
        this.bodyLike = bodyLike;
        this.kindWords = kindWords;
        this.administrations = administrations;
        this.places = places;
    }

    /** The endings {@code source}'s {@link #FILE} lists; a SeedException naming the file when it is missing or wrong. */
    static BodyNameEndings read(SeedSource source) {
        Map<Shape, List<String>> endings = new EnumMap<>(Shape.class);
        for (Shape shape : Shape.values()) {
            endings.put(shape, new ArrayList<>());
        }
        for (TsvTable.Row row : TsvTable.read(source, FILE, "ending", "shape").rows()) {
            String ending = row.required("ending");
            if (!ending.matches("\\p{IsHan}+")) {
                throw row.error("an ending is Han characters (has '" + ending + "')");
            }
            Shape shape = row.oneOf("shape", Shape.class);
            if (endings.get(shape).contains(ending)) {
                throw row.error(shape + " ending '" + ending + "' is listed twice");
            }
            endings.get(shape).add(ending);
        }
        for (Shape shape : List.of(Shape.NAME, Shape.SHORT, Shape.ZONE)) {
            if (endings.get(shape).isEmpty()) {
                throw new SeedException(source.describe(FILE), "no " + shape + " ending listed");
            }
        }
        List<String> named = new ArrayList<>(endings.get(Shape.NAME));
        named.addAll(endings.get(Shape.ADMINISTRATION)); // named as a NAME is, 2 to 24 characters before it
        return new BodyNameEndings(Pattern.compile(
                "[\\p{IsHan}（）()—]{2,24}(" + Alternation.longestFirst(named) + ")"
                + "|[\\p{IsHan}]{1,8}(" + Alternation.longestFirst(endings.get(Shape.SHORT)) + ")"
                + "|[\\p{IsHan}]{0,8}(" + Alternation.longestFirst(endings.get(Shape.ZONE)) + ")"),
                Set.copyOf(named), Set.copyOf(endings.get(Shape.ADMINISTRATION)), Set.copyOf(endings.get(Shape.PLACE)),
                // any number of qualifiers, each tried in the order printed, then the verb
                "(?:" + Alternation.inOrder(endings.get(Shape.CARRYING_OUT_QUALIFIER)) + ")*"
                        + Alternation.inOrder(endings.get(Shape.CARRYING_OUT_VERB)));
    }

    /**
     * Whether {@code name} is the administration of a place named by that place, which needs no level to be one body
     * ("宁波化工区管委会", "某某山管委会": an ADMINISTRATION row), as "局" or "中心" after a field do ("发改局" is some level's).
     */
    boolean namesAnAdministration(String name) {
        return isBodyLike(name) && administrations.stream().anyMatch(name::endsWith);
    }

    /**
     * Whether {@code name} is only the word for a kind of body, naming no place or field of its own (管委会, 人民政府):
     * after "X党工委和" it is X's (the pair 党工委和管委会 leads one zone).
     */
    boolean isKindWordAlone(String name) {
        return kindWords.contains(name);
    }

    /** The pattern a body's name matches: group 1, 2 or 3 is the ending of a NAME, SHORT or ZONE row. */
    Pattern pattern() {
        return bodyLike;
    }

    /** Whether {@code name} is shaped like the name of a body (…局, …委, …中心, …镇, 工商联). */
    boolean isBodyLike(String name) {
        if (bodyLike.matcher(name).matches()) {
            return true;
        }
        // a remark in brackets after a body's name: 高新园(邹区镇), 城乡社区服务中心（站）, 各有关乡镇(街道)
        int remark = DepartmentResolver.bracketedRemarkStart(name);
        return remark >= 0 && bodyLike.matcher(name.substring(0, remark)).matches();
    }

    /**
     * The names of a list printed without separators ("区发改局区统计局", "文化宣传股文化馆": cells of web tables whose
     * line breaks were lost): split where a body-shaped name ends and the next opens with the list's first character
     * (its level or field, which the names of one list share); {@code name} alone when it does not read so. A place
     * (a PLACE row's ending: 开发区, 高新区, 镇) before a body is no name of a list but the place the body is of:
     * "开发区开发建设综合局", "经开区经济发展局" are one body each, however alike the two parts open.
     */
    List<String> gluedNames(String name) {
        for (int i = 3; i <= name.length() - 3; i++) {
            String left = name.substring(0, i);
            String right = name.substring(i);
            if (right.charAt(0) == name.charAt(0) && isBodyLike(left) && left.indexOf('(') < 0
                    && left.indexOf('（') < 0 && !places.contains(kindWord(left))) {
                List<String> rest = gluedNames(right);
                if (rest.size() > 1 || isBodyLike(right)) {
                    List<String> names = new ArrayList<>(List.of(left));
                    names.addAll(rest);
                    return names;
                }
            }
        }
        return List.of(name);
    }

    /** Whether {@code name} is a zone's administration named by the zone alone (未来科技城, 临平新城, 经开区: a ZONE row). */
    boolean isZoneName(String name) {
        Matcher m = bodyLike.matcher(name);
        return m.matches() && m.group(1) == null && m.group(2) == null && m.group(3) != null;
    }

    /** The word naming the kind of body {@code name} is (局, 管理区, 人民政府 …), or null if it is not body-shaped. */
    String kindWord(String name) {
        Matcher m = bodyLike.matcher(name);
        return m.matches() ? m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) : null;
    }
}
