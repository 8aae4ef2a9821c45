package org.policygraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ingest command's input: a TSV in the documents.tsv format (id, file, layout, title, docNumber, issuedOn,
 * status, horizon, issuers, and an optional place column; graph-seed/FORMAT.md) listing plans to submit, with files relative to the TSV. Texts must
 * be UTF-8: anything else is refused naming the file, line and byte.
 */
public final class SubmissionCatalog {

    private SubmissionCatalog() {
    }

    public static List<SubmittedDocument> read(Path catalog) {
        Path directory = catalog.toAbsolutePath().getParent();
        SeedSource source = SeedSource.directory(directory);
        String name = catalog.getFileName().toString();
        if (!source.exists(name)) {
            throw new SeedException(catalog.toString(), "no such file");
        }
        TsvTable table = TsvTable.read(source, name, "id", "file", "layout", "title", "docNumber", "issuedOn",
                "status", "horizon", "issuers");
        List<SubmittedDocument> documents = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String id = row.required("id");
            String earlier = seenIds.putIfAbsent(id, row.where());
            if (earlier != null) {
                throw row.error("document id '" + id + "' is already listed at " + earlier);
            }
            Path file = directory.resolve(row.required("file"));
            documents.add(new SubmittedDocument(id, row.required("layout"), row.required("title"), row.get("docNumber"),
                    row.get("issuedOn"), row.get("status"), row.get("horizon"), row.list("issuers"),
                    readUtf8(file, row.where()), file.toString(), row.where(), row.values().get("place")));
        }
        return documents;
    }

    /** The file's text; a missing file or a byte sequence that is not UTF-8 is an error naming file, line and byte. */
    static String readUtf8(Path file, String listedAt) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SeedException(listedAt, "cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            boolean atEnd = offset + result.length() >= bytes.length;
            throw new SeedException(file + ":" + line, "not valid UTF-8 at byte " + offset
                    + (atEnd ? " (the file ends inside a character: truncated?)"
                    : "; convert the file to UTF-8 first, e.g. iconv -f GBK -t UTF-8"));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
