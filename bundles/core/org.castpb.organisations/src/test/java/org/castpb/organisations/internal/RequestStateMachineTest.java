package org.castpb.organisations.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.ForbiddenException;
import org.castpb.api.Scope;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.RequestAction;
import org.castpb.api.organisation.RequestState;
import org.castpb.api.organisation.RuleWarning;
import org.junit.Test;

public class RequestStateMachineTest {

    static final Actor NATIONAL = new Actor("national", Set.of("national-admin"));
    static final Actor LOCAL = new Actor("local", Set.of("local-admin"));
    static final Actor VIEWER = new Actor("viewer", Set.of("viewer"));
    static final Actor SECRETARY = new Actor("chen", Set.of("society-secretary"), Scope.societies(List.of(7L)));
    static final Actor ZHEJIANG = new Actor("zj-admin", Set.of("local-admin"), Scope.region("33"));

    /** The whole table: every allowed (state, action) and where it leads; everything else is refused. */
    static final Map<RequestState, Map<RequestAction, RequestState>> ALLOWED = new EnumMap<>(RequestState.class);

    static {
        for (RequestState s : RequestState.values()) {
            ALLOWED.put(s, new EnumMap<>(RequestAction.class));
        }
        ALLOWED.get(RequestState.DRAFT).put(RequestAction.EDIT, RequestState.DRAFT);
        ALLOWED.get(RequestState.DRAFT).put(RequestAction.SUBMIT, RequestState.SUBMITTED);
        ALLOWED.get(RequestState.RETURNED).put(RequestAction.EDIT, RequestState.RETURNED);
        ALLOWED.get(RequestState.RETURNED).put(RequestAction.SUBMIT, RequestState.SUBMITTED);
        ALLOWED.get(RequestState.SUBMITTED).put(RequestAction.RETURN, RequestState.RETURNED);
        ALLOWED.get(RequestState.SUBMITTED).put(RequestAction.ACCEPT_WARNING, RequestState.SUBMITTED);
        ALLOWED.get(RequestState.SUBMITTED).put(RequestAction.APPROVE, RequestState.APPROVED);
        ALLOWED.get(RequestState.SUBMITTED).put(RequestAction.REJECT, RequestState.REJECTED);
    }

    @Test
    public void creationStartsADraft() {
        assertEquals(RequestState.DRAFT, RequestStateMachine.next(null, RequestAction.CREATE));
    }

    @Test
    public void onlyTheWorkflowsStepsAreAllowedAndEveryOtherIsRefusedNamingTheState() {
        List<String> checked = new ArrayList<>();
        for (RequestState from : RequestState.values()) {
            for (RequestAction action : RequestAction.values()) {
                RequestState expected = ALLOWED.get(from).get(action);
                if (expected != null) {
                    assertEquals(from + " " + action, expected, RequestStateMachine.next(from, action));
                } else {
                    try {
                        RequestStateMachine.next(from, action);
                        fail(action + " from " + from + " was allowed");
                    } catch (ConflictException e) {
                        assertEquals(EstablishmentRequestService.INVALID_TRANSITION, e.code());
                        assertTrue(e.getMessage(), e.getMessage().contains("is " + from));
                    }
                }
                checked.add(from + "/" + action);
            }
        }
        assertEquals(RequestState.values().length * RequestAction.values().length, checked.size());
    }

    @Test
    public void decidedRequestsAreFinal() {
        for (RequestState decided : List.of(RequestState.APPROVED, RequestState.REJECTED)) {
            for (RequestAction action : RequestAction.values()) {
                try {
                    RequestStateMachine.next(decided, action);
                    fail(action + " changed a request that is " + decided);
                } catch (ConflictException e) {
                    assertEquals(EstablishmentRequestService.INVALID_TRANSITION, e.code());
                }
            }
        }
    }

    @Test
    public void draftersCreateAndSubmitAndOnlyAdministratorsDecide() {
        RequestStateMachine.mayAct(LOCAL, RequestAction.CREATE);
        RequestStateMachine.mayAct(LOCAL, RequestAction.SUBMIT);
        RequestStateMachine.mayAct(SECRETARY, RequestAction.CREATE);
        RequestStateMachine.mayAct(SECRETARY, RequestAction.EDIT);
        RequestStateMachine.mayAct(SECRETARY, RequestAction.SUBMIT);
        RequestStateMachine.mayAct(NATIONAL, RequestAction.APPROVE);
        RequestStateMachine.mayAct(LOCAL, RequestAction.APPROVE);
        RequestStateMachine.mayAct(new Actor("root", Set.of("admin")), RequestAction.REJECT);
        for (RequestAction decision : List.of(RequestAction.RETURN, RequestAction.ACCEPT_WARNING, RequestAction.APPROVE, RequestAction.REJECT)) {
            forbidden(SECRETARY, decision);
            forbidden(VIEWER, decision);
        }
        forbidden(VIEWER, RequestAction.CREATE);
        forbidden(VIEWER, RequestAction.SUBMIT);
        forbidden(null, RequestAction.CREATE);
    }

    @Test
    public void aLocalAdministratorDecidesOnlyOnItsRegionsLocalSocieties() {
        RequestStateMachine.mayDecideFor(ZHEJIANG, "approve establishment request 1", true, false);

        assertOutOfScope(() -> RequestStateMachine.mayDecideFor(ZHEJIANG, "approve establishment request 2", false, false));
        ForbiddenException national = assertOutOfScope(() -> RequestStateMachine.mayDecideFor(
                new Actor("zj-admin", Set.of("local-admin"), Scope.region("33").withSocieties(List.of(1L))), "approve establishment request 3", true, true));
        assertTrue(national.getMessage(), national.getMessage().contains("national society"));
    }

    @Test
    public void aNationalSocietysRequestIsTheNationalAdministratorsToDecide() {
        RequestStateMachine.mayDecideFor(NATIONAL, "approve establishment request 3", true, true);
        RequestStateMachine.mayDecideFor(new Actor("root", Set.of("admin")), "reject establishment request 3", true, true);
    }

    private static ForbiddenException assertOutOfScope(org.junit.function.ThrowingRunnable call) {
        ForbiddenException refused = org.junit.Assert.assertThrows(ForbiddenException.class, call);
        assertEquals(ForbiddenException.OUT_OF_SCOPE, refused.code());
        return refused;
    }

    @Test
    public void returningAndRejectingNeedAComment() {
        for (RequestAction action : RequestAction.values()) {
            assertEquals(action.toString(), action == RequestAction.RETURN || action == RequestAction.REJECT,
                    RequestStateMachine.needsComment(action));
        }
    }

    @Test
    public void approvalIsRefusedNamingEachUnacceptedWarning() {
        List<RuleWarning> warnings = List.of(new RuleWarning(RuleWarning.TOO_FEW_MEMBERS, "few", "v2"),
                new RuleWarning(RuleWarning.ELECTION_OVERDUE, "late", "v2"));
        try {
            RequestStateMachine.refuseUnaccepted(warnings, Set.of(RuleWarning.TOO_FEW_MEMBERS));
            fail("approved with an unaccepted warning");
        } catch (ConflictException e) {
            assertEquals(EstablishmentRequestService.UNACCEPTED_WARNINGS, e.code());
            assertTrue(e.getMessage(), e.getMessage().contains(RuleWarning.ELECTION_OVERDUE));
            assertFalse(e.getMessage(), e.getMessage().contains(RuleWarning.TOO_FEW_MEMBERS));
        }
        RequestStateMachine.refuseUnaccepted(warnings, Set.of(RuleWarning.TOO_FEW_MEMBERS, RuleWarning.ELECTION_OVERDUE));
        RequestStateMachine.refuseUnaccepted(List.of(), Set.of());
    }

    @Test
    public void ageCountsBeijingDaysSinceSubmission() {
        LocalDate today = LocalDate.of(2026, 1, 31);
        // 15:59 UTC is 23:59 on 1 January in Beijing; 16:00 UTC is already 2 January there
        assertEquals(30, RequestStateMachine.ageDays(Instant.parse("2026-01-01T15:59:00Z"), today));
        assertEquals(29, RequestStateMachine.ageDays(Instant.parse("2026-01-01T16:00:00Z"), today));
        assertEquals(0, RequestStateMachine.ageDays(Instant.parse("2026-01-31T03:00:00Z"), today));
    }

    @Test
    public void requestIsOverdueOnlyAfterTheConfiguredDays() {
        assertFalse(RequestStateMachine.overdue(30, 30));
        assertTrue(RequestStateMachine.overdue(31, 30));
        assertTrue(RequestStateMachine.overdue(8, 7));
    }

    private static void forbidden(Actor actor, RequestAction action) {
        try {
            RequestStateMachine.mayAct(actor, action);
            fail((actor == null ? "anonymous" : actor.name()) + " may " + action);
        } catch (ForbiddenException e) {
            assertEquals(ForbiddenException.CODE, e.code());
        }
    }
}
