package org.castpb.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Scope;
import org.castpb.api.SocietyService;
import org.castpb.api.ValidationException;
import org.castpb.api.coverage.AdmissionCheck;
import org.castpb.api.coverage.AdmissionReason;
import org.castpb.api.coverage.AdmissionService;
import org.junit.Test;

public class AdmissionGateTest {

    private static final Actor NATIONAL = new Actor("wang", Set.of("national-admin"));
    private static final Actor ZHEJIANG = new Actor("zj", Set.of("local-admin"), Scope.region("33"));
    private static final LocalDate TODAY = LocalDate.parse("2026-12-05");

    /** An applicant with no organisation and an unclear ledger. */
    private static final AdmissionService FAILING = (actor, id, asOf) -> new AdmissionCheck(id, GroupMemberStatus.APPLICANT, asOf, false,
            List.of(new AdmissionReason("NO_ORGANISATION_OR_REQUEST", false, "no party organisation covers the society"),
                    new AdmissionReason("LEDGER_NOT_CLEAR", false, "the ledger is not five clears")));
    private static final AdmissionService PASSING = (actor, id, asOf) -> new AdmissionCheck(id, GroupMemberStatus.APPLICANT, asOf, true,
            List.of(new AdmissionReason("ORGANISATION", true, "covered"), new AdmissionReason("LEDGER_CLEAR", true, "clear")));

    @Test
    public void anApplicantFailingTheCheckIsRefusedNamingEachFailedCheck() {
        try {
            AdmissionGate.pass(FAILING, ZHEJIANG, 7, GroupMemberStatus.APPLICANT, GroupMemberStatus.MEMBER, null, TODAY);
            fail("an applicant failing the check became a member");
        } catch (ValidationException e) {
            assertEquals(List.of("NO_ORGANISATION_OR_REQUEST", "LEDGER_NOT_CLEAR"), e.errors().stream().map(FieldError::code).toList());
            assertEquals(List.of("groupMemberStatus", "groupMemberStatus"), e.errors().stream().map(FieldError::field).toList());
        }
    }

    @Test
    public void anApplicantPassingTheCheckIsAdmittedAndTheAuditSaysSo() {
        assertEquals(" [admission check passed on 2026-12-05: ORGANISATION, LEDGER_CLEAR]",
                AdmissionGate.pass(PASSING, ZHEJIANG, 7, GroupMemberStatus.APPLICANT, GroupMemberStatus.MEMBER, null, TODAY));
    }

    @Test
    public void otherChangesOfStatusAreNotChecked() {
        assertEquals("", AdmissionGate.pass(FAILING, ZHEJIANG, 7, GroupMemberStatus.NONE, GroupMemberStatus.MEMBER, null, TODAY));
        assertEquals("", AdmissionGate.pass(FAILING, ZHEJIANG, 7, GroupMemberStatus.MEMBER, GroupMemberStatus.MEMBER, null, TODAY));
        assertEquals("", AdmissionGate.pass(FAILING, ZHEJIANG, 7, GroupMemberStatus.APPLICANT, GroupMemberStatus.NONE, null, TODAY));
    }

    @Test
    public void aNationalAdministratorsOverrideAdmitsAndIsAuditedWithTheFailedChecks() {
        assertEquals(" [admission check overridden by wang on 2026-12-05: 经党委会议研究同意; failed: NO_ORGANISATION_OR_REQUEST,"
                        + " LEDGER_NOT_CLEAR]",
                AdmissionGate.pass(FAILING, NATIONAL, 7, GroupMemberStatus.APPLICANT, GroupMemberStatus.MEMBER, " 经党委会议研究同意 ", TODAY));
    }

    @Test
    public void aLocalAdministratorMayNotOverride() {
        try {
            AdmissionGate.pass(FAILING, ZHEJIANG, 7, GroupMemberStatus.APPLICANT, GroupMemberStatus.MEMBER, "urgent", TODAY);
            fail("a local administrator overrode the admission check");
        } catch (ForbiddenException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("only a national administrator"));
        }
    }

    @Test
    public void withoutTheCheckRunningOnlyAnOverrideAdmits() {
        try {
            AdmissionGate.pass(null, NATIONAL, 7, GroupMemberStatus.APPLICANT, GroupMemberStatus.MEMBER, null, TODAY);
            fail("admitted without a check");
        } catch (ValidationException e) {
            assertEquals(SocietyService.ADMISSION_CHECK_UNAVAILABLE, e.errors().get(0).code());
        }
        assertTrue(AdmissionGate.pass(null, NATIONAL, 7, GroupMemberStatus.APPLICANT, GroupMemberStatus.MEMBER, "r", TODAY)
                .contains("failed: check not run"));
    }
}
