package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names shaped like a park or zone in running text — 立山经济开发区, 成都高新综合保税区, 中国（四川）自由贸易试验区川南临港片区,
 * 双流物流园区 — for the parks a submitted plan names that the vocabulary lacks. A name ends in a zone word and starts
 * after punctuation or after a verb or preposition that opens a place ("支持…", "在…", "依托…"); generic mentions
 * ("各类园区", "重点开发区", bare "产业园区") are no name.
 */
final class ParkNames {

    /** A found name, as offsets into the text searched. */
    record Found(int start, int end, String name) {
    }

    private static final Pattern ZONE_WORD = Pattern.compile(
            "(?:综合保税区|保税港区|保税区|自贸片区|片区|开发区|高新区|产业园区|园区|产业园)");
    /** Words after which a place name starts (由 not in 自由贸易试验区, 和 not in 和平). */
    private static final Pattern OPENER = Pattern.compile(
            "(?:在|于|至|到|从|向|对|把|将|以|和(?!平)|与|及|为|(?<!自)由|的|等|支持|依托|推动|推进|建设|打造|加快|围绕|聚焦|入驻|落户|布局|"
                    + "引导|鼓励|争创|创建|申报|设立|升级|培育|发展|提升|做强|做优|壮大|完善|优化|加强|实施|开展|推广|复制|"
                    + "落实|深化|指导|协调|统筹|包括|覆盖|联动|带动|共建|合作|试点|探索|支撑|利用|借助)");
    /** What a name may hold besides Chinese characters: the brackets of 中国（四川）. */
    private static final Pattern NAME_CHAR = Pattern.compile("[\\p{IsHan}（）()]");
    /** Stems that make a mention generic, not a name. */
    private static final Pattern GENERIC_STEM = Pattern.compile(
            "^(?:各|类|重点|相关|有关|国家级|省级|市级|区级|县级|全|现有|新建|特色|专业|一批|若干|多个|各级|该|本|其|所在|周边|"
                    + "辖区|试点|示范|产业|工业|物流|科技|经济|经济技术|高新技术|高新技术产业|综合|自贸|化工|创新|创业|"
                    + "文化|农业|数字|智慧|生态|特殊|海关特殊监管|功能|开放|承接|国家|省|市|区|县)+$");
    /** A stem ending in a word that says what kind of park it is names a class of parks ("服务外包示范园区"). */
    private static final Pattern CLASS_ENDING = Pattern.compile(
            "(?:示范|特色|专业|主题|配套|集聚|承载|功能|平台|基地|类|型|化|级|等)$");
    private static final int MAX_STEM = 20;

    private ParkNames() {
    }

    /** Park-shaped names in {@code text}, in order, not overlapping. */
    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher zone = ZONE_WORD.matcher(text);
        int after = 0;
        while (zone.find()) {
            int start = zone.start();
            while (start > after && zone.start() - start < MAX_STEM
                    && NAME_CHAR.matcher(String.valueOf(text.charAt(start - 1))).matches()) {
                start--;
            }
            String candidate = text.substring(start, zone.start());
            // cut after the last opener: "支持数字服务企业在东湖高新区" → 东湖
            Matcher opener = OPENER.matcher(candidate);
            int cut = 0;
            while (opener.find()) {
                cut = opener.end();
            }
            String stem = candidate.substring(cut);
            if (stem.length() >= 2 && !GENERIC_STEM.matcher(stem).matches() && !CLASS_ENDING.matcher(stem).find()
                    && balanced(stem)) {
                found.add(new Found(start + cut, zone.end(), stem + zone.group()));
            }
            after = zone.end();
        }
        return found;
    }

    private static boolean balanced(String stem) {
        long open = stem.chars().filter(c -> c == '（' || c == '(').count();
        long close = stem.chars().filter(c -> c == '）' || c == ')').count();
        return open == close && !stem.startsWith("）") && !stem.startsWith(")");
    }
}
