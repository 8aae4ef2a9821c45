package org.policygraph.ingest.indicator;

/** The years of China's five-year plans, named 十一五 … 十九五 in plan texts. */
final class FiveYearPlans {

    private static final String NUMERALS = "一二三四五六七八九";

    private FiveYearPlans() {
    }

    /** First year of the plan "十{numeral}五": 十一五 = 2006, 十三五 = 2016, 十四五 = 2021. */
    static int firstYear(char numeral) {
        int n = NUMERALS.indexOf(numeral) + 1;
        if (n <= 0) {
            throw new IllegalArgumentException("not a five-year plan numeral: " + numeral);
        }
        return 2006 + 5 * (n - 1);
    }

    static int lastYear(char numeral) {
        return firstYear(numeral) + 4;
    }
}
