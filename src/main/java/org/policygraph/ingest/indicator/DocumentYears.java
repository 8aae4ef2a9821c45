package org.policygraph.ingest.indicator;

import java.util.Map;

/**
 * What the extractor needs to know about a document's time frame.
 *
 * @param issued  year of issue: a stated year before it is a reported baseline (ACTUAL), not a target
 * @param horizon the plan's target year, used for 年均 growth rates the text states without a year
 */
public record DocumentYears(Integer issued, Integer horizon) {

    public static final DocumentYears UNKNOWN = new DocumentYears(null, null);

    /**
     * The four seeded documents (mirrors issuedOn / horizon of graph-seed/documents.tsv):
     * 001 商务部 2022-12 (three-year pilot, no dated target); 002 draft citing 〔2025〕186号, targets 到2027年;
     * 003 武政〔2016〕33号 of 2016-08, targets 2016/2017/2020; 004 the 十四五 plan of 2021-09, targets 2025.
     */
    public static final Map<String, DocumentYears> SEED = Map.of(
            "001", new DocumentYears(2022, null),
            "002", new DocumentYears(2025, 2027),
            "003", new DocumentYears(2016, 2020),
            "004", new DocumentYears(2021, 2025));
}
