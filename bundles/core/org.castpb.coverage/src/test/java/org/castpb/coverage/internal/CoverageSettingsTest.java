package org.castpb.coverage.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.CoverageTarget;
import org.junit.Test;

public class CoverageSettingsTest {

    @Test
    public void defaultTargetsParseEarliestFirst() {
        List<CoverageTarget> targets = CoverageSettings.targets(new String[] {"2017-06-30 organisation=100", "2016-12-31 organisation=80 work=100"});

        assertEquals(List.of(new CoverageTarget(LocalDate.parse("2016-12-31"), new BigDecimal("80"), new BigDecimal("100")),
                new CoverageTarget(LocalDate.parse("2017-06-30"), new BigDecimal("100"), null)), targets);
        assertNull(targets.get(1).workMin());
    }

    @Test
    public void aListInACfgFileIsOneCommaSeparatedValue() {
        CoverageScope scope = CoverageSettings.scope(new String[] {"NATIONAL, PROVINCIAL,MUNICIPAL"}, new String[] {"MEMBER,NONE"},
                new String[] {"ACTIVE"});
        assertEquals(EnumSet.allOf(org.castpb.api.SocietyLevel.class), scope.levels());
        assertEquals(EnumSet.of(GroupMemberStatus.MEMBER, GroupMemberStatus.NONE), scope.groupMemberStatuses());
    }

    @Test
    public void defaultScopeNamesParseToTheDefaultScope() {
        assertEquals(CoverageScope.DEFAULT, CoverageSettings.scope(new String[] {"NATIONAL"}, new String[] {"MEMBER"}, new String[] {"ACTIVE"}));
        assertEquals(EnumSet.of(GroupMemberStatus.MEMBER, GroupMemberStatus.APPLICANT), CoverageSettings.scope(new String[] {"NATIONAL"},
                new String[] {"MEMBER", " APPLICANT"}, new String[] {"ACTIVE"}).groupMemberStatuses());
    }

    @Test
    public void badTargetEntriesAreRefusedNamingTheEntry() {
        for (String entry : new String[] {"2016-13-31 organisation=80", "2016-12-31", "2016-12-31 organization=80",
                "2016-12-31 organisation=80 organisation=90", "2016-12-31 organisation=120", "2016-12-31 work=abc",
                "2016-12-31 organisation=80 work=100 extra=1", "2016-12-31 work"}) {
            assertRefused(entry, () -> CoverageSettings.targets(new String[] {entry}));
        }
    }

    @Test
    public void twoTargetsOnOneDateAreRefused() {
        assertRefused("2016-12-31 work=100", () -> CoverageSettings.targets(new String[] {"2016-12-31 organisation=80", "2016-12-31 work=100"}));
    }

    @Test
    public void unknownOrMissingScopeNamesAreRefused() {
        assertRefused("CITY", () -> CoverageSettings.scope(new String[] {"CITY"}, new String[] {"MEMBER"}, new String[] {"ACTIVE"}));
        assertRefused("scopeRegistrationStatuses", () -> CoverageSettings.scope(new String[] {"NATIONAL"}, new String[] {"MEMBER"}, new String[0]));
    }

    private static void assertRefused(String named, Runnable parse) {
        try {
            parse.run();
            fail("accepted " + named);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(named) && e.getMessage().startsWith(SqlCoverageService.PID));
        }
    }
}
