package org.castpb.life.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import org.castpb.api.life.Frequency;
import org.castpb.api.life.LifeRuleSet;
import org.castpb.api.life.MeetingType;
import org.junit.Test;

public class LifeRuleSetsTest {

    @Test
    public void theDefaultsAreThoseOfThePartyRules() {
        LifeRuleSet v1 = LifeRuleSets.DEFAULTS.at(LocalDate.of(2026, 1, 1));
        assertEquals(Frequency.MONTHLY, v1.frequency(MeetingType.COMMITTEE_MEETING));
        assertEquals(Frequency.MONTHLY, v1.frequency(MeetingType.GROUP_MEETING));
        assertEquals(Frequency.QUARTERLY, v1.frequency(MeetingType.MEMBERS_ASSEMBLY));
        assertEquals(Frequency.QUARTERLY, v1.frequency(MeetingType.PARTY_LECTURE));
        assertEquals(Frequency.YEARLY, v1.frequency(MeetingType.ORGANISATIONAL_LIFE_MEETING));
        assertEquals(7, v1.committeeFromFormalMembers());
        assertEquals(6, v1.absenceMonths());
    }

    @Test
    public void aNewVersionStartsFromTheOneInForceTheDayBeforeAndChangesOnlyWhatItNames() {
        LifeRuleSets rules = LifeRuleSets.DEFAULTS.with("v2 2027-01-01 PARTY_LECTURE=MONTHLY absenceMonths=3");
        LifeRuleSet v2 = rules.at(LocalDate.of(2027, 5, 1));
        assertEquals("v2", v2.version());
        assertEquals(Frequency.MONTHLY, v2.frequency(MeetingType.PARTY_LECTURE));
        assertEquals(Frequency.QUARTERLY, v2.frequency(MeetingType.MEMBERS_ASSEMBLY));
        assertEquals(3, v2.absenceMonths());
        assertEquals("v1", rules.at(LocalDate.of(2026, 12, 31)).version());
    }

    @Test
    public void aWrongEntryIsRefusedNamingWhatIsWrong() {
        for (String[] entry : new String[][] {{"v2 2027-13-01", "is not YYYY-MM-DD"}, {"v2 2027-01-01 LECTURE=MONTHLY", "unknown name 'LECTURE'"},
                {"v2 2027-01-01 PARTY_LECTURE=WEEKLY", "unknown PARTY_LECTURE 'WEEKLY'"}, {"v2 2027-01-01 absenceMonths=0", "at least 1"},
                {"v2", "expected 'VERSION EFFECTIVE_FROM"}}) {
            try {
                LifeRuleSets.DEFAULTS.with(entry[0]);
                fail("accepted " + entry[0]);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains(entry[1]));
            }
        }
    }
}
