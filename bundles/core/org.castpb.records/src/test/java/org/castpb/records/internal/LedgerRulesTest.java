package org.castpb.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.castpb.api.FieldError;
import org.castpb.api.InspectionResult;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerSection;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.RunningState;
import org.castpb.api.SectionStatus;
import org.castpb.api.ValidationException;
import org.junit.Test;

public class LedgerRulesTest {

    static final List<Leader> LEADERS = List.of(
            new Leader("王小明", LeaderRole.PRESIDENT, true, true),
            new Leader("李红", LeaderRole.SECRETARY_GENERAL, false, true));

    static LedgerDraft complete(Boolean established, NoOrganisationReason reason, String text) {
        return new LedgerDraft(RunningState.NORMAL, InspectionResult.QUALIFIED, 2025, 12, 8, 3, 5, 1, 4, 2, LEADERS,
                established, reason, text, "annual update");
    }

    @Test
    public void completeLedgerWithOrganisationIsFiveClears() {
        List<SectionStatus> status = LedgerRules.status(complete(true, null, null));
        assertTrue(status.toString(), LedgerRules.clear(status));
        assertEquals(5, status.size());
    }

    @Test
    public void societyWithoutOrganisationMustSayWhy() {
        assertEquals(List.of("noOrganisationReason"), missing(complete(false, null, null), LedgerSection.NO_ORGANISATION_REASON));
        assertEquals(List.of("noOrganisationText"), missing(complete(false, NoOrganisationReason.OTHER, null), LedgerSection.NO_ORGANISATION_REASON));
        assertTrue(LedgerRules.clear(LedgerRules.status(complete(false, NoOrganisationReason.FEWER_THAN_THREE_FORMAL_MEMBERS, null))));
    }

    @Test
    public void emptyLedgerNamesEverythingMissing() {
        List<SectionStatus> status = LedgerRules.status(LedgerDraft.empty());
        assertFalse(LedgerRules.clear(status));
        assertTrue(status.stream().noneMatch(SectionStatus::clear));
        assertEquals(List.of("runningState", "lastInspectionResult", "activitiesInYear"), missing(LedgerDraft.empty(), LedgerSection.OPERATIONS));
        assertEquals(List.of("leaders"), missing(LedgerDraft.empty(), LedgerSection.LEADERS));
    }

    @Test
    public void leadersNeedAPrincipalThePresidentAndTheSecretaryGeneral() {
        LedgerDraft onlyVice = new LedgerDraft(RunningState.NORMAL, InspectionResult.NOT_INSPECTED, null, 0, 1, 0, 0, 0, 0, 0,
                List.of(new Leader("赵六", LeaderRole.VICE_PRESIDENT, false, false)), true, null, null, null);
        assertEquals(List.of("a principal leader (主要负责人)", "the president (理事长)", "the secretary general (秘书长)"),
                missing(onlyVice, LedgerSection.LEADERS));
        // never inspected: no inspection year is needed
        assertEquals(List.of(), missing(onlyVice, LedgerSection.OPERATIONS));
    }

    @Test
    public void contradictionsAreRefusedNotJustReported() {
        LedgerDraft d = new LedgerDraft(RunningState.NORMAL, InspectionResult.QUALIFIED, 1980, -1, 3, 4, 5, 1, 4, 1, List.of(
                new Leader(" ", null, true, true)), true, NoOrganisationReason.OTHER, "x", null);
        try {
            LedgerRules.validate(d);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("lastInspectionYear", "activitiesInYear", "staffPartyMembers", "relationshipsElsewhere",
                    "leaders[0].name", "leaders[0].role", "noOrganisationReason"),
                    e.errors().stream().map(FieldError::field).collect(Collectors.toList()));
        }
    }

    @Test
    public void controlCharactersAreRefusedButANoteKeepsItsLineBreaks() {
        LedgerDraft c = complete(false, NoOrganisationReason.OTHER, "会员\u0000不足");
        LedgerDraft d = new LedgerDraft(c.runningState(), c.lastInspectionResult(), c.lastInspectionYear(), c.activitiesInYear(),
                c.fullTimeStaff(), c.staffPartyMembers(), c.formalMembers(), c.probationaryMembers(), c.relationshipsHere(),
                c.relationshipsElsewhere(), List.of(new Leader("王\u0007小明", LeaderRole.PRESIDENT, true, true)),
                c.partyOrganisationEstablished(), c.noOrganisationReason(), c.noOrganisationText(), "第一行\n第二行");
        try {
            LedgerRules.validate(d);
            fail("accepted control characters");
        } catch (ValidationException e) {
            assertEquals(List.of("leaders[0].name", "noOrganisationText"), e.errors().stream().map(FieldError::field).toList());
            assertEquals(org.castpb.api.Texts.CONTROL_CHARACTER, e.errors().get(0).code());
        }
    }

    private static List<String> missing(LedgerDraft d, LedgerSection section) {
        return LedgerRules.status(d).stream().filter(s -> s.section() == section).findFirst().orElseThrow().missing();
    }
}
