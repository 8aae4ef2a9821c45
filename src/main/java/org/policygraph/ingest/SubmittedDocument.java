package org.policygraph.ingest;

import java.util.List;

/**
 * A plan submitted at run time — by the {@code ingestDocument} mutation or the ingest command — rather than listed in
 * graph-seed/documents.tsv. The fields mean what the documents.tsv columns mean (graph-seed/FORMAT.md).
 *
 * @param issuers        department ids, names or aliases of the issuing bodies
 * @param textOrigin     how to name the text in messages: {@code source} or the file's path
 * @param metadataOrigin how to name the metadata in messages: {@code metadata} or {@code catalog.tsv:3}
 * @param place          the plan's place (武汉市, 天津市河北区), optional: without it the place is its issuer's or the one
 *                       its title begins with (DocumentCatalog.placeOf)
 */
public record SubmittedDocument(String id, String layout, String title, String docNumber, String issuedOn,
                                String status, String horizon, List<String> issuers, String text, String textOrigin,
                                String metadataOrigin, String place) {

    public SubmittedDocument {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
    }

    /** A plan submitted without a place. */
    public SubmittedDocument(String id, String layout, String title, String docNumber, String issuedOn, String status,
                             String horizon, List<String> issuers, String text, String textOrigin,
                             String metadataOrigin) {
        this(id, layout, title, docNumber, issuedOn, status, horizon, issuers, text, textOrigin, metadataOrigin, null);
    }
}
