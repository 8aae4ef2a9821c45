package org.policygraph.ingest.indicator;

/** Numbers written in Chinese numerals below 万: "五千" = 5000, "千" = 1000, "两千五百" = 2500, "十五" = 15. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    static double parse(String numerals) {
        long total = 0;
        long digit = -1;
        for (char c : numerals.toCharArray()) {
            int d = c == '两' ? 2 : DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long place = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> throw new IllegalArgumentException("not a Chinese numeral: " + numerals);
            };
            total += (digit < 0 ? 1 : digit) * place; // "千亿" = 1000 亿: a place with no digit counts one
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }
}
