package org.policygraph.ingest.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.model.IndicatorRecord;

/**
 * Stand-in for the structure parser in tests: cuts a source file into passages and runs the finder over each.
 * A passage is a contiguous slice of the file: a non-blank line, joined with the next non-blank line where the line obviously continues
 * (OCR page/paragraph break: it does not end with 。：；, and the next line does not start a list item or heading).
 * Page-number lines ("— 5 **—**", "-31 -") are skipped.
 */
final class SourceHarness {

    static final Path ROOT = Path.of("graph-seed");
    static final Path SOURCES = ROOT.resolve("sources");
    static final Path CORRECTIONS = ROOT.resolve("corrections/indicators.tsv");

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s—\\-*\\d]+$");
    private static final Pattern ITEM_START = Pattern.compile(
            "^\\s*(-|—|一一|——|#|\\*\\*|\\d+[.、．]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|专栏|表\\s*\\d|序号|附件).*");

    record Passage(int firstLine, String text) {
    }

    static Path source(String documentId) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(SOURCES, documentId + "_*.txt")) {
            for (Path p : ds) {
                return p;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no source for " + documentId);
    }

    static String read(String documentId) {
        try {
            return Files.readString(source(documentId), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Years of issue and horizons as graph-seed/documents.tsv gives them. */
    static java.util.Map<String, DocumentYears> seedYears() {
        return new org.policygraph.ingest.SeedReader(org.policygraph.ingest.SeedSource.directory(ROOT)).documentYears();
    }

    static IndicatorCorrections seedCorrections() {
        try {
            return IndicatorCorrections.parse("indicators.tsv", Files.readString(CORRECTIONS, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Passage> passages(String text) {
        String[] lines = text.split("\n", -1);
        int[] offset = new int[lines.length + 1];
        for (int i = 0; i < lines.length; i++) {
            offset[i + 1] = offset[i] + lines[i].length() + 1;
        }
        List<Passage> out = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            String cur = first < 0 ? null : text.substring(offset[first], offset[last] + lines[last].length());
            boolean continues = cur != null && (endsWithColon(cur)
                    || !endsParagraph(cur) && !ITEM_START.matcher(line).matches());
            if (!continues) {
                if (cur != null) {
                    out.add(new Passage(first + 1, cur));
                }
                first = i;
            }
            last = i;
        }
        if (first >= 0) {
            out.add(new Passage(first + 1, text.substring(offset[first], offset[last] + lines[last].length())));
        }
        return out;
    }

    private static boolean endsWithColon(CharSequence cur) {
        String t = cur.toString().stripTrailing();
        return t.endsWith("：") || t.endsWith(":");
    }

    private static boolean endsParagraph(CharSequence cur) {
        String t = cur.toString().stripTrailing();
        if (t.isEmpty()) {
            return true;
        }
        char c = t.charAt(t.length() - 1);
        return "。；;".indexOf(c) >= 0 || t.contains("\t");
    }

    record Found(Passage passage, IndicatorRecord record) {
    }

    static List<Found> run(RuleBasedIndicatorFinder finder, String documentId) {
        List<Found> out = new ArrayList<>();
        for (Passage p : passages(read(documentId))) {
            String owner = documentId + "/L" + p.firstLine();
            for (IndicatorRecord r : finder.find(documentId, owner, "L" + p.firstLine(), p.text())) {
                out.add(new Found(p, r));
            }
        }
        return out;
    }
}
