package org.policygraph.ingest.indicator;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a passage stands under a heading that reviews what was done ("2023年工作回顾"), and which year it reviews:
 * figures under such a heading are reported (actuals), not set.
 */
final class ReviewHeadings {

    /**
     * A heading over a report of what was done: "2023年工作回顾", "计划执行情况", "主要目标完成情况", "一年来…",
     * "过去四年…". Not one
     * that also announces what is to be done ("…回顾和2024年工作安排").
     */
    private static final Pattern REVIEW_HEADING = Pattern.compile(
            "回顾|执行情况|完成情况|进展情况|工作总结|(?:主要|取得的?)(?:成效|成绩|成就)|过去[一二两三四五]年|(?<![0-9十])[一二两三四五]年来");

    /**
     * "过去一年", "一年来": a review of the year before the one the text is issued in. Not TimeMarks.LAST_YEAR (去年 dating
     * a figure, not 去年以来): a heading's 去年以来 reviews that year too. So too "过去四年", "五年来": a review of the
     * years up to the one before the year of issue, whose figures (累计完成, 年均增长) are the period's, dated by its last
     * year.
     */
    private static final Pattern PAST_YEAR = Pattern.compile(
            "过去[一二两三四五六七八九十]年|(?<![0-9十])[一二两三四五]年来|去年|上一年");

    /** A heading announcing what is to be done ("2026年工作安排", "…的打算"; PLANNING_HEADING): no review. */
    private final Pattern planningHeading;

    ReviewHeadings(IndicatorWords words) {
        this.planningHeading = Pattern.compile(Objects.requireNonNull(words, "words")
                .alternation(IndicatorWords.Kind.PLANNING_HEADING));
    }

    /**
     * The passage reports on {@code year} (or on a time its headings do not name, when null); {@code pastYear}: the
     * heading names no year but reviews the past one ("过去一年工作回顾").
     */
    record Review(Integer year, boolean pastYear) {

        /** The reviewed year once the year of issue is known: a past-year review reviews the year before it. */
        Review in(DocumentYears years) {
            return year == null && pastYear && years.issued() != null ? new Review(years.issued() - 1, false) : this;
        }
    }

    /**
     * As {@link #reviewUnder(List)}; where no heading above is a review, and none announces what is to be done, the
     * year the whole text reviews ({@code reviewedText}, {@link ReviewOpening}; null when it is no review).
     */
    Review reviewUnder(List<String> headings, Integer reviewedText) {
        Review review = reviewUnder(headings);
        if (review != null || reviewedText == null) {
            return review;
        }
        for (String heading : headings) {
            if (heading != null && planningHeading.matcher(heading.replaceAll("\\s+", "")).find()) {
                return null; // "2025年工作安排" over the passage: the text's review is over another part
            }
        }
        return new Review(reviewedText, false);
    }

    /**
     * Headings the figures of a passage are reported under: the nearest heading that reads as a review, with the year
     * it reviews (its last year printed; null when it prints none). Null when no heading above is a review, or when a
     * planning heading ("2026年工作安排") stands nearer than the first review heading.
     */
    Review reviewUnder(List<String> headings) {
        for (String heading : headings) {
            String h = heading == null ? "" : heading.replaceAll("\\s+", "");
            if (REVIEW_HEADING.matcher(h).find() && !planningHeading.matcher(h).find()) {
                Matcher y = TimeMarks.YEAR.matcher(h);
                Integer year = null;
                while (y.find()) {
                    year = Integer.valueOf(y.group(2));
                }
                return new Review(year, year == null && PAST_YEAR.matcher(h).find());
            }
            if (planningHeading.matcher(h).find() && !REVIEW_HEADING.matcher(h).find()) {
                return null; // "2026年工作安排" over "一、…": a review printed further out is over another part
            }
        }
        return null;
    }
}
