package org.policygraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The place of a plan (its jurisdiction: 武汉市, 连云港市, 天津市河北区) and which bodies' spellings a plan of a place may
 * mean. The one class that says how places are read and compared (the ingest, the write path and the read path's
 * {@code department(name:, place:)} all follow it).
 *
 * <p>A place is a chain of Han place units, each a name followed by its kind (省, 自治区, 市, 自治州, 州, 地区, 盟, 县,
 * 区, 旗), each lower than the one before: 湖北省武汉市, 天津市河北区, 广元市昭化区. A place lies within another when it
 * starts with it (天津市河北区 lies within 天津市).
 *
 * <p>A curated body may be bound to a place (departments.tsv's {@code place}). Its spellings that do not contain the
 * place's short name (武汉市 → 武汉) are relative (市商务局, 市政府, 商务局): they mean that body only in a plan whose place
 * is that place or lies within it. A spelling containing the short name (武汉市人民政府, 人民银行武汉分行营业管理部) and
 * every spelling of a body bound to no place (商务部, 湖北省人民政府) mean that body in every plan.
 */
public final class Places {

    /** The kinds of a place unit, longest first; each with its rank (1 province, 2 prefecture, 3 county). */
    private static final List<String> KINDS = List.of("自治区", "自治州", "地区", "省", "市", "州", "盟", "县", "区", "旗");
    /** Names of a unit are 2 to 4 characters (2 to 7 before 自治区 / 自治州: 恩施土家族苗族自治州). */
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 4;
    private static final int MAX_AUTONOMOUS_NAME = 7;
    /** Below the first unit a county's or district's name is 2 or 3 characters (河北区, 东西湖区). */
    private static final int MAX_LOWER_NAME = 3;
    /**
     * Endings of a unit that make it no place of a plan: zones (高新区, 经开区, 新区, 开发区, 园区, 片区, 保税区), parts of a
     * place (城区, 市区, 社区, 小区, 景区, 街区, 辖区, 山区) and slogans (强市, 强省, 强县; 城市, 都市, 城区 after a name of 3+
     * characters).
     */
    private static final List<String> NOT_PLACE_ENDINGS = List.of("新区", "开发区", "经开区", "高新区", "园区", "片区",
            "主城区", "保税区", "示范区", "试验区", "功能区", "市区", "社区", "小区", "景区", "街区", "辖区", "山区", "县区",
            "强市", "强省", "强县", "强区");
    /** Words no unit's name holds: verbs and words of a title's subject (加快西宁市…, 关于…, 全面推进…县). */
    private static final List<String> NOT_IN_NAME = List.of("关于", "加快", "加强", "推进", "推动", "实施", "支持", "进一步",
            "贯彻", "落实", "建设", "人民", "政府", "全面", "深化", "促进", "打造", "开展", "做好", "自治", "省", "市", "县", "区");
    /** Characters no unit's name opens with (prepositions: 在兰州…). */
    private static final String NOT_FIRST = "在对为从向由把以按于";

    private Places() {
    }

    /**
     * The place a title begins with, before anything else ("连云港市2021年…" → 连云港市, "天津市河北区…" → 天津市河北区,
     * "武汉市东湖新技术开发区…" → 武汉市); empty when it begins with none ("关于…", "市人民政府…", "无锡经济开发区…").
     * Conservative: a doubtful unit ends the chain.
     */
    public static Optional<String> ofTitle(String title) {
        if (title == null) {
            return Optional.empty();
        }
        List<String> units = leadingUnits(title.strip());
        return units.isEmpty() ? Optional.empty() : Optional.of(String.join("", units));
    }

    /** The chain of place units {@code text} begins with (天津市河北区… → 天津市, 河北区), empty when none. */
    private static List<String> leadingUnits(String text) {
        List<String> units = new ArrayList<>();
        int at = 0;
        int previousRank = 0;
        while (true) {
            Unit unit = unitAt(text, at, previousRank);
            if (unit == null) {
                return units;
            }
            units.add(text.substring(at, unit.end()));
            at = unit.end();
            previousRank = unit.rank();
        }
    }

    /** Why {@code text}, given as a place (departments.tsv's or an ingest input's {@code place}), is refused. */
    public static String notAPlace(String text) {
        return "place '" + text + "' is not a place (a chain of place units such as 武汉市 or 天津市河北区: a name of 2-4 "
                + "characters and its kind 省, 自治区, 市, 州, 县, 区, 旗 …)";
    }

    /** Whether {@code text} is a place as a whole (a departments.tsv or ingest input's {@code place}). */
    public static boolean isPlace(String text) {
        return text != null && ofTitle(text).filter(text::equals).isPresent();
    }

    private record Unit(int end, int rank) {
    }

    /** The unit starting at {@code at} (the shortest name followed by a kind), or null when none may start there. */
    private static Unit unitAt(String text, int at, int previousRank) {
        int maxName = previousRank == 0 ? MAX_AUTONOMOUS_NAME : MAX_LOWER_NAME;
        for (int length = MIN_NAME; length <= maxName && at + length < text.length(); length++) {
            String name = text.substring(at, at + length);
            if (!name.codePoints().allMatch(Places::isHan)) {
                return null;
            }
            for (String kind : KINDS) {
                if (!text.startsWith(kind, at + length)) {
                    continue;
                }
                boolean autonomous = kind.startsWith("自治");
                if (length > (autonomous ? MAX_AUTONOMOUS_NAME : previousRank == 0 ? MAX_NAME : MAX_LOWER_NAME)) {
                    continue;
                }
                int rank = rank(kind, previousRank);
                String unit = name + kind;
                if (rank <= previousRank || !acceptable(name, unit)) {
                    return null; // the first unit found decides: a doubtful one ends the chain
                }
                return new Unit(at + length + kind.length(), rank);
            }
        }
        return null;
    }

    private static int rank(String kind, int previousRank) {
        return switch (kind) {
            case "省", "自治区" -> 1;
            case "县", "区", "旗" -> 3;
            case "市" -> previousRank == 0 ? 2 : previousRank == 1 ? 2 : 0; // no county-level 市 below a 市 or 州
            default -> 2;
        };
    }

    private static boolean acceptable(String name, String unit) {
        if (NOT_FIRST.indexOf(name.charAt(0)) >= 0) {
            return false;
        }
        for (String word : NOT_IN_NAME) {
            if (name.contains(word)) {
                return false;
            }
        }
        for (String ending : NOT_PLACE_ENDINGS) {
            if (unit.endsWith(ending)) {
                return false;
            }
        }
        // 海城市, 白城市, 成都市, 藁城区, 老城区 are places; 北京城市…, 襄阳都市圈, 中心城区 are not
        return !((unit.endsWith("城市") || unit.endsWith("都市") || unit.endsWith("城区")) && name.length() > 2);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Whether {@code place} is {@code bound} or lies within it (天津市河北区 within 天津市); false for an unknown place. */
    public static boolean within(String place, String bound) {
        return place != null && bound != null && place.startsWith(bound);
    }

    /** The short name of a place: its last unit without its kind (武汉市 → 武汉, 天津市河北区 → 河北). */
    public static String shortName(String place) {
        List<String> units = leadingUnits(place);
        String last = units.isEmpty() ? place : units.get(units.size() - 1);
        for (String kind : KINDS) {
            if (last.endsWith(kind) && last.length() > kind.length()) {
                return last.substring(0, last.length() - kind.length());
            }
        }
        return last;
    }

    /**
     * Whether a spelling of a curated body bound to {@code bodyPlace} (null: bound to none) means that body in a plan of
     * {@code planPlace} (null: unknown): always for a body bound to no place or a spelling naming the place (武汉市商务局),
     * else only in a plan of that place or one within it.
     */
    public static boolean spellingApplies(String spelling, String bodyPlace, String planPlace) {
        return bodyPlace == null || isAbsolute(spelling, bodyPlace) || within(planPlace, bodyPlace);
    }

    /** Whether a spelling of a body bound to {@code bodyPlace} names the place itself (武汉市人民政府), so means it anywhere. */
    public static boolean isAbsolute(String spelling, String bodyPlace) {
        return bodyPlace == null || spelling.contains(shortName(bodyPlace));
    }
}
