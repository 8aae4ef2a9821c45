package org.policygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.model.DocumentRecord;
import org.policygraph.model.DocumentStatus;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.Places;
import org.policygraph.model.SourceRef;

/**
 * {@code documents.tsv} and {@code citations.tsv}: which documents are seeded, with metadata checked against their
 * source text, and which other documents they cite or implement.
 */
final class DocumentCatalog {

    static final String DOCUMENTS = "documents.tsv";
    static final String CITATIONS = "citations.tsv";
    /**
     * Accepted values of the {@code layout} field. One parser reads every plan ({@link PlanParser}); the field is kept
     * so that existing rows and clients stay valid, and says only how the plan was described when it was added.
     */
    static final Set<String> LAYOUTS = Set.of("outline", "auto", "moc-pilot-2022", "service-trade-2025",
            "wuhan-gov-2016", "commerce-14th-fyp");
    /** Ids of submitted documents: letters, digits, '-' and '_' (they prefix every part's id, e.g. "2026-ai/一"). */
    private static final Pattern SUBMITTED_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,39}");
    private static final int MAX_TITLE = 200;
    private static final Pattern DOCUMENT_ID = Pattern.compile("\\d{3}");
    private static final Pattern ISSUED_ON = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    /**
     * One row of documents.tsv.
     *
     * @param place the plan's place ({@link #placeOf}), null when unknown
     */
    record Entry(String id, String file, String layout, String title, String docNumber, String issuedOn,
                 DocumentStatus status, String horizon, List<String> issuerIds, String where, String place) {
    }

    /**
     * A plan's place, decided once: the place given with it (documents.tsv's or the ingest input's {@code place}),
     * else the place of its first issuer bound to one (departments.tsv), else the place its title begins with
     * (连云港市2021年…), else unknown (null).
     */
    static String placeOf(String given, List<String> issuerIds, String title, SeedVocabulary vocabulary) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        for (String issuer : issuerIds) {
            String place = vocabulary.placeOf(issuer);
            if (place != null) {
                return place;
            }
        }
        return Places.ofTitle(title).orElse(null);
    }

    /** The given place, checked: empty → null; not a place → the error naming {@code where}. */
    private static String givenPlace(String place, String where) {
        String p = trimmed(place);
        if (p.isEmpty()) {
            return null;
        }
        if (!Places.isPlace(p)) {
            throw new SeedException(where, Places.notAPlace(p));
        }
        return p;
    }

    /** A citation resolved to its target document (seeded, or an external one created for it). */
    record Citation(LinkRecord link, DocumentRecord external, String where) {
    }

    private final SeedSource source;
    private final Map<String, Entry> entries;

    DocumentCatalog(SeedSource source, SeedVocabulary vocabulary) {
        this.source = source;
        this.entries = readEntries(source, vocabulary);
    }

    private static Map<String, Entry> readEntries(SeedSource source, SeedVocabulary vocabulary) {
        TsvTable table = TsvTable.read(source, DOCUMENTS, "id", "file", "layout", "title", "docNumber", "issuedOn",
                "status", "horizon", "issuers");
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String id = row.required("id");
            if (!DOCUMENT_ID.matcher(id).matches()) {
                throw row.error("document id '" + id + "' is not three digits (001..004)");
            }
            if (entries.containsKey(id)) {
                throw row.error("document id '" + id + "' is already defined at " + entries.get(id).where());
            }
            String layout = row.required("layout");
            if (!LAYOUTS.contains(layout)) {
                throw row.error("layout '" + layout + "' is not one of " + LAYOUTS);
            }
            String issuedOn = row.get("issuedOn");
            if (!issuedOn.isEmpty() && !ISSUED_ON.matcher(issuedOn).matches()) {
                throw row.error("issuedOn '" + issuedOn + "' is not YYYY-MM-DD or YYYY-MM");
            }
            DocumentStatus status = row.oneOf("status", DocumentStatus.class);
            List<String> issuers = row.list("issuers");
            for (String issuer : issuers) {
                if (!vocabulary.hasDepartment(issuer)) {
                    throw row.error("issuer '" + issuer + "' is not a department id in " + VocabularyReader.DEPARTMENTS);
                }
            }
            String file = row.required("file");
            String title = row.required("title");
            String place = placeOf(givenPlace(row.values().get("place"), row.where()), issuers, title, vocabulary);
            entries.put(id, new Entry(id, file.startsWith("sources/") ? file : "sources/" + file, layout,
                    title, row.get("docNumber"), emptyToNull(issuedOn), status,
                    emptyToNull(row.get("horizon")), issuers, row.where(), place));
        }
        return entries;
    }

    /**
     * The catalog entry of a document submitted at run time, with the same checks as a documents.tsv row; issuers
     * may be given by id, name or alias.
     */
    static Entry submittedEntry(SubmittedDocument submitted, SeedVocabulary vocabulary, Set<String> seededIds) {
        String where = submitted.metadataOrigin();
        String id = trimmed(submitted.id());
        if (!SUBMITTED_ID.matcher(id).matches()) {
            throw new SeedException(where, "id '" + id + "' must be 1-40 letters, digits, '-' or '_', starting with a "
                    + "letter or digit");
        }
        if (seededIds.contains(id)) {
            throw new SeedException(where, "document " + id + " is part of graph-seed (graph-seed/documents.tsv): "
                    + "change it there, not by ingest");
        }
        String layout = trimmed(submitted.layout());
        if (!LAYOUTS.contains(layout)) {
            throw new SeedException(where, "layout '" + layout + "' is not one of " + new java.util.TreeSet<>(LAYOUTS)
                    + " (one parser reads every plan; 'outline' or 'auto' for a new one)");
        }
        String title = trimmed(submitted.title());
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new SeedException(where, "title must be 1-" + MAX_TITLE + " characters, as printed in the text");
        }
        String issuedOn = trimmed(submitted.issuedOn());
        if (!issuedOn.isEmpty() && !ISSUED_ON.matcher(issuedOn).matches()) {
            throw new SeedException(where, "issuedOn '" + issuedOn + "' is not YYYY-MM-DD or YYYY-MM");
        }
        String horizon = trimmed(submitted.horizon());
        if (!horizon.isEmpty() && !horizon.matches("(19|20)\\d{2}")) {
            throw new SeedException(where, "horizon '" + horizon + "' is not a year such as 2027");
        }
        DocumentStatus status;
        try {
            status = DocumentStatus.valueOf(submitted.status() == null || submitted.status().isBlank() ? "FINAL"
                    : submitted.status().trim());
        } catch (IllegalArgumentException e) {
            throw new SeedException(where, "status '" + submitted.status() + "' is not FINAL or DRAFT");
        }
        String givenPlace = givenPlace(submitted.place(), where);
        // issuers are named as the plan's text would name them: a relative spelling (市商务局) in the place given or
        // the one the title begins with
        String namingPlace = givenPlace != null ? givenPlace : Places.ofTitle(title).orElse(null);
        DepartmentResolver departments = new DepartmentResolver(vocabulary, namingPlace);
        List<String> issuerIds = new ArrayList<>();
        for (String issuer : submitted.issuers()) {
            String issuerId = vocabulary.hasDepartment(issuer) ? issuer : departments.resolve(issuer)
                    .orElseThrow(() -> new SeedException(where, "issuer '" + issuer + "' is no department id, name "
                            + "or alias" + (departments.knows(issuer) ? " of a body of this plan's place ("
                            + (namingPlace == null ? "unknown: give place" : namingPlace) + "); name it by id or "
                            + "absolutely (武汉市商务局)" : "; add the alias first (addDepartmentAlias) or leave "
                            + "issuers empty")));
            if (!issuerIds.contains(issuerId)) {
                issuerIds.add(issuerId);
            }
        }
        return new Entry(id, submitted.textOrigin(), layout, title, trimmed(submitted.docNumber()),
                emptyToNull(issuedOn), status, emptyToNull(horizon), List.copyOf(issuerIds), where,
                placeOf(givenPlace, issuerIds, title, vocabulary));
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    SourceText sourceText(Entry entry) {
        if (!source.exists(entry.file())) {
            throw new SeedException(entry.where(), "file '" + entry.file() + "' does not exist under the graph-seed "
                    + "root (" + source.describe(entry.file()) + ")");
        }
        return new SourceText(source.describe(entry.file()), source.read(entry.file()));
    }

    /**
     * The document's record, after checking that its title and docNumber occur in its text. OCR put spaces inside
     * some printed titles, so the check ignores whitespace and markup; the quote is the raw occurrence.
     */
    static DocumentRecord documentRecord(Entry entry, SourceText text) {
        Span title = findIgnoringSpaces(text.raw(), entry.title())
                .orElseThrow(() -> new SeedException(entry.where(), "title '" + entry.title()
                        + "' does not occur in " + text.file()));
        if (!entry.docNumber().isEmpty() && findIgnoringSpaces(text.raw(), entry.docNumber()).isEmpty()) {
            throw new SeedException(entry.where(), "docNumber '" + entry.docNumber() + "' does not occur in "
                    + text.file());
        }
        return new DocumentRecord(entry.id(), entry.title(), emptyToNull(entry.docNumber()), entry.issuedOn(),
                entry.status(), entry.horizon(), false, entry.issuerIds(),
                new SourceRef(entry.id(), "title", title.of(text.raw())), entry.place());
    }

    static Optional<Span> findIgnoringSpaces(String raw, String wanted) {
        NormalizedText normalized = NormalizedText.of(raw);
        String needle = wanted.replaceAll("\\s", "");
        int at = normalized.text().indexOf(needle);
        if (at < 0 || needle.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Span(normalized.rawOffset(at), normalized.rawEnd(at + needle.length())));
    }

    /** Citations stated by {@code citing}, each checked: relation known, quote verbatim in the citing text. */
    List<Citation> citations(Entry citing, SourceText text) {
        TsvTable table = TsvTable.read(source, CITATIONS, "from", "relation", "docNumber", "title", "quote");
        List<Citation> citations = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String from = row.required("from");
            if (!entries.containsKey(from)) {
                throw row.error("from '" + from + "' is not a document id in " + DOCUMENTS);
            }
            if (!from.equals(citing.id())) {
                continue;
            }
            LinkType relation = switch (row.required("relation")) {
                case "CITES" -> LinkType.CITES;
                case "IMPLEMENTS" -> LinkType.IMPLEMENTS;
                default -> throw row.error("relation '" + row.get("relation") + "' is not CITES or IMPLEMENTS");
            };
            String docNumber = row.get("docNumber");
            String title = row.get("title");
            if (docNumber.isEmpty() && title.isEmpty()) {
                throw row.error("a citation needs a docNumber or a title");
            }
            String quote = row.required("quote");
            if (!text.raw().contains(quote)) {
                throw row.error("quote '" + quote + "' is not verbatim in " + text.file());
            }
            SourceRef ref = new SourceRef(from, "citation", quote);
            Optional<Entry> seeded = entries.values().stream()
                    .filter(e -> (!docNumber.isEmpty() && docNumber.equals(e.docNumber()))
                            || (!title.isEmpty() && title.equals(e.title())))
                    .findFirst();
            if (seeded.isPresent()) {
                citations.add(new Citation(new LinkRecord(relation, from, seeded.get().id(), ref), null, row.where()));
            } else {
                String id = externalId(docNumber, title);
                DocumentRecord external = new DocumentRecord(id, emptyToNull(title), emptyToNull(docNumber), null, null,
                        null, true, List.of(), ref, null);
                citations.add(new Citation(new LinkRecord(relation, from, id, ref), external, row.where()));
            }
        }
        return citations;
    }

    /** Stable id of a cited document: its number where it has one, else a hash of its title. */
    static String externalId(String docNumber, String title) {
        if (!docNumber.isEmpty()) {
            return "ext/" + docNumber.replaceAll("\\s", "");
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(title.replaceAll("\\s", "")
                    .getBytes(StandardCharsets.UTF_8));
            return "ext/" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
