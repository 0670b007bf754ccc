package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.castpb.api.InspectionResult;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;
import org.castpb.api.LedgerDraft;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.RunningState;
import org.junit.Test;

public class SetLedgerTest {

    private static final List<Leader> LEADERS = List.of(new Leader("王小明", LeaderRole.PRESIDENT, true, true));
    private static final LedgerDraft CURRENT = new LedgerDraft(RunningState.NORMAL, InspectionResult.QUALIFIED, 2015, 12, 10, 4,
            5, 1, 6, 0, LEADERS, false, NoOrganisationReason.IN_PREPARATION, "正在报批", "the old note");

    @Test
    public void givenOptionsReplaceTheirFieldsAndTheOthersKeepTheirValues() throws Exception {
        SetLedger command = new SetLedger();
        command.activities = 20;
        command.runningState = RunningState.IRREGULAR;
        command.note = "2016 figures";

        LedgerDraft merged = command.merge(CURRENT);

        assertEquals(new LedgerDraft(RunningState.IRREGULAR, InspectionResult.QUALIFIED, 2015, 20, 10, 4, 5, 1, 6, 0, LEADERS, false,
                NoOrganisationReason.IN_PREPARATION, "正在报批", "2016 figures"), merged);
    }

    @Test
    public void theNoteIsNeverCarriedOverFromTheCurrentRevision() throws Exception {
        SetLedger command = new SetLedger();
        command.fullTimeStaff = 11;

        assertNull(command.merge(CURRENT).note());
    }

    @Test
    public void leaderOptionsReplaceAllRecordedLeaders() throws Exception {
        SetLedger command = new SetLedger();
        command.leaders = List.of("李华|秘书长|是|是", "赵六|PRESIDENT|否|否");

        assertEquals(List.of(new Leader("李华", LeaderRole.SECRETARY_GENERAL, true, true), new Leader("赵六", LeaderRole.PRESIDENT, false, false)),
                command.merge(CURRENT).leaders());
    }

    @Test
    public void unsetEmptiesTheNamedFields() throws Exception {
        SetLedger command = new SetLedger();
        command.unset = List.of("inspection-year", "--leader", "no-organisation-text");

        LedgerDraft merged = command.merge(CURRENT);

        assertNull(merged.lastInspectionYear());
        assertEquals(List.of(), merged.leaders());
        assertNull(merged.noOrganisationText());
        assertEquals(NoOrganisationReason.IN_PREPARATION, merged.noOrganisationReason());
    }

    @Test
    public void recordingAPartyOrganisationDropsTheReasonForHavingNone() throws Exception {
        SetLedger command = new SetLedger();
        command.partyOrganisation = "是";

        LedgerDraft merged = command.merge(CURRENT);

        assertEquals(Boolean.TRUE, merged.partyOrganisationEstablished());
        assertNull(merged.noOrganisationReason());
        assertNull(merged.noOrganisationText());
    }

    @Test
    public void noPartyOrganisationKeepsTheRecordedReason() throws Exception {
        SetLedger command = new SetLedger();
        command.partyOrganisation = "no";

        assertEquals(NoOrganisationReason.IN_PREPARATION, command.merge(CURRENT).noOrganisationReason());
    }

    @Test
    public void refusesACommandThatChangesNothing() {
        SetLedger command = new SetLedger();
        command.note = "only a note";

        assertRefused(command, "nothing to change");
    }

    @Test
    public void refusesAnUnknownFieldToUnset() {
        SetLedger command = new SetLedger();
        command.unset = List.of("president");

        assertRefused(command, "--unset president: no such field");
    }

    @Test
    public void refusesAFieldThatIsBothGivenAndUnset() {
        SetLedger command = new SetLedger();
        command.formalMembers = 3;
        command.unset = List.of("formal-members");

        assertRefused(command, "--formal-members is both given and unset");
    }

    @Test
    public void refusesAPartyOrganisationThatIsNeitherYesNorNo() {
        SetLedger command = new SetLedger();
        command.partyOrganisation = "perhaps";

        assertRefused(command, "write 是 or 否");
    }

    @Test
    public void everyFieldOptionCanBeUnset() throws Exception {
        for (String field : SetLedger.FIELDS.keySet()) {
            SetLedger command = new SetLedger();
            command.unset = List.of(field);
            LedgerDraft merged = command.merge(CURRENT);
            assertTrue(field + " was not emptied: " + merged, emptied(CURRENT, merged).contains(SetLedger.FIELDS.get(field)));
        }
    }

    private static void assertRefused(SetLedger command, String reason) {
        try {
            command.merge(CURRENT);
            fail("accepted");
        } catch (CommandException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Error: "));
            assertTrue(e.getMessage(), e.getMessage().contains(reason));
        }
    }

    /** Which ledger fields (by API name) were filled before and are empty after. */
    private static List<String> emptied(LedgerDraft before, LedgerDraft after) {
        Object[][] pairs = {
            {"runningState", before.runningState(), after.runningState()},
            {"lastInspectionResult", before.lastInspectionResult(), after.lastInspectionResult()},
            {"lastInspectionYear", before.lastInspectionYear(), after.lastInspectionYear()},
            {"activitiesInYear", before.activitiesInYear(), after.activitiesInYear()},
            {"fullTimeStaff", before.fullTimeStaff(), after.fullTimeStaff()},
            {"staffPartyMembers", before.staffPartyMembers(), after.staffPartyMembers()},
            {"formalMembers", before.formalMembers(), after.formalMembers()},
            {"probationaryMembers", before.probationaryMembers(), after.probationaryMembers()},
            {"relationshipsHere", before.relationshipsHere(), after.relationshipsHere()},
            {"relationshipsElsewhere", before.relationshipsElsewhere(), after.relationshipsElsewhere()},
            {"leaders", before.leaders().isEmpty() ? null : before.leaders(), after.leaders().isEmpty() ? null : after.leaders()},
            {"partyOrganisationEstablished", before.partyOrganisationEstablished(), after.partyOrganisationEstablished()},
            {"noOrganisationReason", before.noOrganisationReason(), after.noOrganisationReason()},
            {"noOrganisationText", before.noOrganisationText(), after.noOrganisationText()},
        };
        List<String> names = new ArrayList<>();
        for (Object[] p : pairs) {
            if (p[1] != null && p[2] == null) {
                names.add((String) p[0]);
            }
        }
        return names;
    }
}
