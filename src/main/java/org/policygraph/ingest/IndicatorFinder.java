package org.policygraph.ingest;

import java.util.List;

import org.policygraph.model.IndicatorRecord;

/**
 * Finds the quantitative targets and baselines stated in one passage of a source text.
 * The structure parser calls it once per Section body and per body Measure.
 */
@FunctionalInterface
public interface IndicatorFinder {

    /**
     * @param documentId the seeded document's id ("001")
     * @param ownerId    id of the Section or Measure whose text this is
     * @param location   the owner's location string ("三(一)", "专栏4-1")
     * @param rawText    the owner's text exactly as it stands in the source file (line breaks and OCR noise
     *                   included), so that every returned quote is a verbatim substring of the source
     * @return indicators whose {@code source.quote} is a substring of {@code rawText}; ids are
     *         {@code ownerId + "#" + n}, n counting from 1 in order of appearance
     */
    List<IndicatorRecord> find(String documentId, String ownerId, String location, String rawText);

    /**
     * As {@link #find(String, String, String, String)}, knowing the headings the passage stands under (its own title
     * first, then its parents' up to the chapter): under "一、2023年工作回顾" or "（一）主要目标完成情况" a figure is
     * reported, not set. A finder that does not read headings ignores them.
     */
    default List<IndicatorRecord> find(String documentId, String ownerId, String location, String rawText,
                                       List<String> headings) {
        return find(documentId, ownerId, location, rawText);
    }

    /**
     * As {@link #find(String, String, String, String, List)}, where the passage stands under a lead sentence naming the
     * year its items aim at ("一、总体目标 到2025年，…" over "（一）…" and "1. …"): a figure the passage sets without a
     * year of its own is for {@code leadYear} (null: no such lead). A finder that does not read it ignores it.
     */
    default List<IndicatorRecord> find(String documentId, String ownerId, String location, String rawText,
                                       List<String> headings, Integer leadYear) {
        return find(documentId, ownerId, location, rawText, headings);
    }

    /**
     * The figure a task-table row sets in a target column of its own ("粮食播种面积 | 万亩 | 0.07": task, 单位, 年度目标).
     *
     * @param rawRow the row's text from its task cell to its target cell, verbatim: the quote of what is found
     * @param task   the task cell's text, which names the figure
     * @param unit   the 单位 cell's text, or null
     * @param target the target cell's text
     */
    default List<IndicatorRecord> findInTargetCell(String documentId, String ownerId, String location, String rawRow,
                                                   String task, String unit, String target) {
        return List.of();
    }

    /**
     * The year the document was issued, or null where unknown: a table column of an earlier year ("2022年" in a plan
     * of 2025) holds figures reported, not set.
     */
    default Integer issuedYear(String documentId) {
        return null;
    }

    IndicatorFinder NONE = (documentId, ownerId, location, rawText) -> List.of();
}
