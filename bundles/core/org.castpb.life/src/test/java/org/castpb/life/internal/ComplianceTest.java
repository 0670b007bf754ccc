package org.castpb.life.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.life.Frequency;
import org.castpb.api.life.MeetingType;
import org.castpb.api.life.Obligation;
import org.castpb.api.life.OrganisationCompliance;
import org.castpb.api.life.Period;
import org.castpb.api.organisation.OrganisationType;
import org.junit.Test;

public class ComplianceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private static Compliance.Organisation branch(int formal) {
        return new Compliance.Organisation(1, "第一支部", OrganisationType.BRANCH, List.of(7L), formal, LocalDate.of(2010, 1, 1));
    }

    private static Obligation obligation(OrganisationCompliance oc, MeetingType type) {
        return oc.obligations().stream().filter(o -> o.type() == type).findFirst().orElse(null);
    }

    @Test
    public void aBranchWithFewerThanSevenFormalMembersOwesNoCommitteeMeetings() {
        OrganisationCompliance small = Compliance.of(branch(6), List.of(), LifeRuleSets.DEFAULTS, FROM, TO, TODAY);
        OrganisationCompliance large = Compliance.of(branch(7), List.of(), LifeRuleSets.DEFAULTS, FROM, TO, TODAY);
        assertFalse(small.hasCommittee());
        assertEquals(null, obligation(small, MeetingType.COMMITTEE_MEETING));
        assertTrue(large.hasCommittee());
        assertEquals(11, obligation(large, MeetingType.COMMITTEE_MEETING).due());
    }

    @Test
    public void onlyPeriodsThatEndedBeforeTodayAreDue() {
        OrganisationCompliance oc = Compliance.of(branch(3), List.of(), LifeRuleSets.DEFAULTS, FROM, TO, TODAY);
        // January to November, not December which is still running
        assertEquals(11, obligation(oc, MeetingType.GROUP_MEETING).due());
        // Q1 to Q3
        assertEquals(3, obligation(oc, MeetingType.MEMBERS_ASSEMBLY).due());
        assertEquals(3, obligation(oc, MeetingType.PARTY_LECTURE).due());
        // the year 2026 has not ended
        assertEquals(null, obligation(oc, MeetingType.ORGANISATIONAL_LIFE_MEETING));
        // a branch holds no democratic life meeting
        assertEquals(null, obligation(oc, MeetingType.DEMOCRATIC_LIFE_MEETING));
        assertEquals(17, oc.due());
        assertEquals(17, oc.missing());
    }

    @Test
    public void aMeetingHeldInAPeriodMakesItHeldAndTheOthersAreListedMissing() {
        List<Compliance.Held> held = List.of(new Compliance.Held(MeetingType.MEMBERS_ASSEMBLY, LocalDate.of(2026, 3, 31)),
                new Compliance.Held(MeetingType.MEMBERS_ASSEMBLY, LocalDate.of(2026, 3, 2)),
                new Compliance.Held(MeetingType.MEMBERS_ASSEMBLY, LocalDate.of(2026, 9, 1)),
                new Compliance.Held(MeetingType.PARTY_LECTURE, LocalDate.of(2026, 5, 20)));
        OrganisationCompliance oc = Compliance.of(branch(3), held, LifeRuleSets.DEFAULTS, FROM, TO, TODAY);
        Obligation assembly = obligation(oc, MeetingType.MEMBERS_ASSEMBLY);
        assertEquals(2, assembly.held());
        assertEquals(List.of(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30))), assembly.missingPeriods());
        Obligation lecture = obligation(oc, MeetingType.PARTY_LECTURE);
        assertEquals(1, lecture.held());
        assertEquals(2, lecture.missing());
        assertEquals(Frequency.QUARTERLY, lecture.frequency());
    }

    @Test
    public void nothingIsDueBeforeTheOrganisationWasEstablished() {
        Compliance.Organisation young = new Compliance.Organisation(2, "新支部", OrganisationType.BRANCH, List.of(), 3, LocalDate.of(2026, 7, 1));
        OrganisationCompliance oc = Compliance.of(young, List.of(), LifeRuleSets.DEFAULTS, FROM, TO, TODAY);
        assertEquals(5, obligation(oc, MeetingType.GROUP_MEETING).due());
        assertEquals(1, obligation(oc, MeetingType.MEMBERS_ASSEMBLY).due());
    }

    @Test
    public void aCommitteeOwesDemocraticLifeAndOrganisationalLifeMeetingsYearlyButNoGroupMeetings() {
        Compliance.Organisation committee = new Compliance.Organisation(3, "党委", OrganisationType.COMMITTEE, List.of(), 120, LocalDate.of(2000, 1, 1));
        OrganisationCompliance oc = Compliance.of(committee, List.of(new Compliance.Held(MeetingType.DEMOCRATIC_LIFE_MEETING, LocalDate.of(2025, 12, 30))),
                LifeRuleSets.DEFAULTS, LocalDate.of(2025, 1, 1), TO, TODAY);
        assertEquals(1, obligation(oc, MeetingType.DEMOCRATIC_LIFE_MEETING).held());
        assertEquals(1, obligation(oc, MeetingType.ORGANISATIONAL_LIFE_MEETING).missing());
        assertEquals(null, obligation(oc, MeetingType.GROUP_MEETING));
        assertEquals(23, obligation(oc, MeetingType.COMMITTEE_MEETING).due());
    }

    @Test
    public void aLaterRuleSetVersionAppliesFromItsEffectiveDate() {
        LifeRuleSets rules = LifeRuleSets.DEFAULTS.with("v2 2026-07-01 PARTY_LECTURE=MONTHLY");
        OrganisationCompliance oc = Compliance.of(branch(3), List.of(), rules, FROM, TO, TODAY);
        // Q1, Q2 under v1, then July to November monthly under v2
        assertEquals(2 + 5, obligation(oc, MeetingType.PARTY_LECTURE).due());
        assertEquals("v2", oc.ruleSetVersion());
    }

    @Test
    public void quartersAndYearsAreCalendarPeriods() {
        assertEquals(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), Compliance.periodOf(Frequency.QUARTERLY, LocalDate.of(2026, 11, 15)));
        assertEquals(new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), Compliance.periodOf(Frequency.MONTHLY, LocalDate.of(2024, 2, 10)));
        assertEquals(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Compliance.periodOf(Frequency.YEARLY, LocalDate.of(2026, 6, 1)));
    }
}
