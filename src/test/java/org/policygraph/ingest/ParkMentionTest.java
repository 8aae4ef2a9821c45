package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policygraph.model.LinkType;

/** A park's name can stand for a line of work; only a mention of the place links the measure to the park. */
class ParkMentionTest {

    @Test
    void zoneNamedInAListOfFieldsIsNotThePlace() {
        // 004 专栏18-1: "自贸区、供应链、跨境贸易、服务贸易等重点领域专业人才" are specialists of those fields
        assertFalse(RealSeed.toIds(RealSeed.linksFrom("004/专栏18-1", LinkType.CONCERNS)).contains("ftz-wuhan"));
        assertTrue(MentionLinker.namesAField("自贸区、供应链、跨境贸易、服务贸易等重点领域专业人才", 3));
    }

    @Test
    void zoneNamedAsAPlaceStillLinks() {
        // 004 四(三)—2: "依托自贸区、综保区基础优势和口岸资源" relies on the zone itself
        assertTrue(RealSeed.toIds(RealSeed.linksFrom("004/四(三)—2", LinkType.CONCERNS)).contains("ftz-wuhan"));
        assertFalse(MentionLinker.namesAField("依托自贸区、综保区基础优势和口岸资源", 5));
    }
}
