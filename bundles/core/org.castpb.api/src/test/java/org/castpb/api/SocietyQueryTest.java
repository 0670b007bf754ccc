package org.castpb.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class SocietyQueryTest {

    @Test
    public void aPageByOffsetCountsEveryMatchUnlessToldNotTo() {
        assertTrue(SocietyQuery.all().countsTotal());
        assertTrue(SocietyQuery.all().page(500, 50).countsTotal());
        assertFalse(SocietyQuery.all().withTotal(false).page(500, 50).countsTotal());
    }

    @Test
    public void aPageAfterAnIdCountsOnlyWhenAsked() {
        assertFalse(SocietyQuery.all().pageAfter(81_234, 50).countsTotal());
        assertTrue(SocietyQuery.all().withTotal(true).pageAfter(81_234, 50).countsTotal());
        assertTrue(SocietyQuery.all().pageAfter(81_234, 50).withTotal(true).countsTotal());
    }

    @Test
    public void theEightPartQueryOfEarlierClientsLeavesTheCountToItsDefault() {
        SocietyQuery byKey = new SocietyQuery(SocietyLevel.PROVINCIAL, "31", null, null, null, 0, 50, 7L);
        assertEquals(null, byKey.includeTotal());
        assertFalse(byKey.countsTotal());
        assertTrue(new SocietyQuery(SocietyLevel.PROVINCIAL, "31", null, null, null, 0, 50, null).countsTotal());
    }

    @Test
    public void aPageThatDidNotCountSaysSo() {
        assertFalse(new Page<>(List.of("a"), Page.UNCOUNTED, 0, 50).counted());
        assertTrue(new Page<>(List.of(), 0, 0, 50).counted());
    }
}
