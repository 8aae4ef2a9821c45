package org.policygraph.ingest.indicator;

/**
 * What the extractor needs to know about a document's time frame.
 *
 * @param issued  year of issue: a stated year before it is a reported baseline (ACTUAL), not a target
 * @param horizon the plan's target year, used for 年均 growth rates the text states without a year
 */
public record DocumentYears(Integer issued, Integer horizon) {

    public static final DocumentYears UNKNOWN = new DocumentYears(null, null);

    /** From a document's metadata: the year of {@code issuedOn} ("2016-08-10", "2021-09") and its horizon ("2027"). */
    public static DocumentYears of(String issuedOn, String horizon) {
        return new DocumentYears(leadingYear(issuedOn), leadingYear(horizon));
    }

    private static Integer leadingYear(String value) {
        return value != null && value.length() >= 4 && value.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(value.substring(0, 4)) : null;
    }
}
