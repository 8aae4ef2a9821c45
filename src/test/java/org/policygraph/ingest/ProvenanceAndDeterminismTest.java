package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.SourceRef;

/** Every quote is verbatim; reading is deterministic; the indicator finder sees body text only. */
class ProvenanceAndDeterminismTest {

    @Test
    void everyQuoteOfEveryRecordIsAVerbatimSubstringOfItsSource() {
        SeedReader reader = RealSeed.reader();
        for (DocumentBundle bundle : reader.readAll()) {
            String raw = SeedSource.directory(RealSeed.ROOT).read(
                    "sources/" + bundle.document().source().documentId() + "_"
                            + fileHash(bundle.document().id()) + ".txt");
            List<SourceRef> refs = new ArrayList<>();
            refs.add(bundle.document().source());
            bundle.sections().forEach(s -> refs.add(s.source()));
            bundle.measures().forEach(m -> refs.add(m.source()));
            bundle.links().forEach(l -> refs.add(l.source()));
            for (SourceRef ref : refs) {
                assertTrue(raw.contains(ref.quote()), bundle.document().id() + " " + ref);
            }
        }
    }

    private static String fileHash(String documentId) {
        return switch (documentId) {
            case "001" -> "3973062a04044467";
            case "002" -> "1c1e6191a1df8af8";
            case "003" -> "5712e3620262e150";
            default -> "1a21150ede4e59bb";
        };
    }

    @Test
    void readingTheSeedTwiceGivesEqualBundles() {
        assertEquals(RealSeed.reader().readAll(), RealSeed.reader().readAll());
    }

    @Test
    void recordTextIsCleanedWhileQuotesStayRaw() {
        var measure = RealSeed.measure("001/二(一)1");
        assertTrue(measure.source().quote().contains("**专业服务领域：**"));
        assertTrue(measure.text().contains("专业服务领域：允许具有国家认可"));
        assertTrue(measure.text().contains("按规定可在本地提供专业服务"), "page break joined without a gap");
        var section = RealSeed.section("003/二(五)");
        assertEquals("**(五)提升服务贸易便利化水平**", section.source().quote());
    }

    @Test
    void indicatorFinderIsAskedForSectionBodiesAndBodyMeasuresButNotForTaskTableRowsThatRestateThem() {
        List<String> owners = new ArrayList<>();
        IndicatorFinder recording = (documentId, ownerId, location, rawText) -> {
            owners.add(ownerId);
            int at = rawText.indexOf('%');
            if (at < 1) {
                return List.of();
            }
            String quote = rawText.substring(at - 1, at + 1);
            return List.of(new IndicatorRecord(ownerId + "#1", documentId, ownerId, "share", 1.0, null, "%", null,
                    IndicatorKind.SHARE, org.policygraph.model.TargetComparator.EQUAL, false,
                    new SourceRef(documentId, location, quote)));
        };
        SeedReader reader = new SeedReader(SeedSource.directory(RealSeed.ROOT), recording);
        DocumentBundle plan001 = reader.read("001");
        assertTrue(owners.contains("001/二(一)1"));
        assertTrue(owners.contains("001/一(三)"));
        assertTrue(owners.stream().noneMatch(o -> o.contains("/表")), owners.toString());
        owners.clear();
        DocumentBundle plan003 = reader.read("003");
        assertTrue(owners.contains("003/三(一)"));
        assertTrue(owners.stream().noneMatch(o -> o.contains("附件")), owners.toString());
        assertTrue(plan003.indicators().stream().anyMatch(i -> i.ownerId().equals("003/一(二)")));
        owners.clear();
        reader.read("004");
        assertTrue(owners.contains("004/专栏4-1") && owners.contains("004/四(二)—1") && owners.contains("004/表1"));
        assertEquals(plan001, reader.read("001"));
    }
}
