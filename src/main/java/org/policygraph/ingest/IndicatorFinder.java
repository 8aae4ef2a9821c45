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

    IndicatorFinder NONE = (documentId, ownerId, location, rawText) -> List.of();
}
