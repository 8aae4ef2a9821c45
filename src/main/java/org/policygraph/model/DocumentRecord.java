package org.policygraph.model;

import java.util.List;

/**
 * A plan or a document it cites. Seeded documents have a source text; cited (external) documents carry
 * only docNumber and/or title, with {@code external = true}.
 *
 * @param issuedOn  as precise as the text allows: "2016-08-10", "2021-09"
 * @param horizon   the year the plan's targets run to, e.g. "2027", where the text states one
 * @param issuerIds ids of the issuing Departments
 * @param place     the plan's place (its jurisdiction: 武汉市, 天津市河北区; {@link Places}), null when unknown or cited
 */
public record DocumentRecord(String id, String title, String docNumber, String issuedOn, DocumentStatus status,
                             String horizon, boolean external, List<String> issuerIds, SourceRef source,
                             String place) {
}
