package org.castpb.organisations.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerDraft;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.RunningState;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.junit.Test;

/** What the ledger's "reason no party organisation" section becomes after an organisation is recorded or dissolved. */
public class LedgerSyncTest {

    private static final String CAUSE = "party organisation 7 中国数学会党支部 (BRANCH) established, establishment request 5"
            + " approved by admin";

    private static Ledger ledger(int revision, Boolean established, NoOrganisationReason reason, String text) {
        LedgerDraft d = new LedgerDraft(RunningState.NORMAL, null, null, 12, 8, 3, 3, 0, 3, 0, List.of(), established, reason,
                text, "by the society");
        return new Ledger(3, revision, Instant.EPOCH, "secretary", d, false, List.of());
    }

    private static PartyOrganisation organisation(long id, OrganisationType type, OrganisationStatus status) {
        return new PartyOrganisation(id, "中国数学会党支部", type, null, List.of(3L), new Secretary("王小明", SecretarySource.PRINCIPAL_LEADER),
                5, 1, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28), null, status,
                status == OrganisationStatus.DISSOLVED ? LocalDate.of(2026, 11, 1) : null, 1, Instant.EPOCH, "admin");
    }

    @Test
    public void anApprovedBranchTurnsALedgerSayingInPreparationIntoEstablishedKeepingEverythingElse() {
        Ledger before = ledger(2, false, NoOrganisationReason.IN_PREPARATION, "正在筹建");
        PartyOrganisation branch = organisation(7, OrganisationType.BRANCH, OrganisationStatus.ACTIVE);

        LedgerDraft after = LedgerSync.reconciled(before, List.of(branch), branch, CAUSE).orElseThrow();

        assertEquals(Boolean.TRUE, after.partyOrganisationEstablished());
        assertNull(after.noOrganisationReason());
        assertNull(after.noOrganisationText());
        assertEquals("recorded by the system: " + CAUSE, after.note());
        LedgerDraft was = before.content();
        assertEquals(new LedgerDraft(was.runningState(), was.lastInspectionResult(), was.lastInspectionYear(), was.activitiesInYear(),
                was.fullTimeStaff(), was.staffPartyMembers(), was.formalMembers(), was.probationaryMembers(), was.relationshipsHere(),
                was.relationshipsElsewhere(), was.leaders(), true, null, null, after.note()), after);
    }

    @Test
    public void aLedgerThatAlreadySaysEstablishedGetsNoRevision() {
        PartyOrganisation branch = organisation(7, OrganisationType.BRANCH, OrganisationStatus.ACTIVE);
        assertEquals(Optional.empty(), LedgerSync.reconciled(ledger(4, true, null, null), List.of(branch), branch, CAUSE));
    }

    @Test
    public void aSocietyWithoutALedgerIsLeftAlone() {
        PartyOrganisation branch = organisation(7, OrganisationType.BRANCH, OrganisationStatus.ACTIVE);
        assertEquals(Optional.empty(), LedgerSync.reconciled(ledger(0, null, null, null), List.of(branch), branch, CAUSE));
    }

    @Test
    public void aJointBranchOrWorkGroupAloneMeansCoveredOtherwise() {
        PartyOrganisation joint = organisation(8, OrganisationType.JOINT_BRANCH, OrganisationStatus.ACTIVE);
        LedgerDraft after = LedgerSync.reconciled(ledger(2, false, NoOrganisationReason.FEWER_THAN_THREE_FORMAL_MEMBERS, null),
                List.of(joint), joint, CAUSE).orElseThrow();
        assertEquals(Boolean.FALSE, after.partyOrganisationEstablished());
        assertEquals(NoOrganisationReason.COVERED_OTHERWISE, after.noOrganisationReason());
        assertEquals(Optional.empty(), LedgerSync.reconciled(ledger(3, false, NoOrganisationReason.COVERED_OTHERWISE, "联合党支部"),
                List.of(joint), joint, CAUSE));
    }

    @Test
    public void dissolvingTheLastOrganisationTurnsEstablishedIntoNotEstablishedNamingIt() {
        PartyOrganisation dissolved = organisation(7, OrganisationType.BRANCH, OrganisationStatus.DISSOLVED);
        LedgerDraft after = LedgerSync.reconciled(ledger(5, true, null, null), List.of(), dissolved,
                "party organisation 7 dissolved").orElseThrow();
        assertEquals(Boolean.FALSE, after.partyOrganisationEstablished());
        assertEquals(NoOrganisationReason.OTHER, after.noOrganisationReason());
        assertEquals("party organisation 7 中国数学会党支部 was dissolved on 2026-11-01", after.noOrganisationText());
        assertTrue(after.note(), after.note().endsWith("party organisation 7 dissolved"));
    }

    @Test
    public void dissolvingOneOfTwoOrganisationsOrOneTheLedgerNeverNamedChangesNothing() {
        PartyOrganisation dissolved = organisation(7, OrganisationType.BRANCH, OrganisationStatus.DISSOLVED);
        PartyOrganisation remaining = organisation(9, OrganisationType.COMMITTEE, OrganisationStatus.ACTIVE);
        assertEquals(Optional.empty(), LedgerSync.reconciled(ledger(5, true, null, null), List.of(remaining), dissolved, "x"));
        assertEquals(Optional.empty(), LedgerSync.reconciled(ledger(5, false, NoOrganisationReason.NO_PARTY_MEMBERS, null),
                List.of(), dissolved, "x"));
    }
}
