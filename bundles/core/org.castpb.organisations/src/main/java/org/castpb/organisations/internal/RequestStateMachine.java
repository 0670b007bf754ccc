package org.castpb.organisations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.ForbiddenException;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.RequestAction;
import org.castpb.api.organisation.RequestState;
import org.castpb.api.organisation.RuleWarning;

/** The establishment request's workflow: which step is allowed from which state, by whom. Pure. */
final class RequestStateMachine {

    /**
     * Roles that decide on requests (return, accept a warning, approve, reject): the national administrators for
     * every society, a local administrator for its region's local societies ({@link #mayDecideFor}).
     */
    static final Set<String> DECIDERS = Set.of("national-admin", "admin", "local-admin");

    /** Roles that draft, edit and submit requests: the records writers and a society's party secretary (for their own society). */
    static final Set<String> DRAFTERS = Set.of("national-admin", "admin", "local-admin", "society-secretary");

    private RequestStateMachine() {
    }

    /**
     * The state after {@code action} from {@code from} (null before creation).
     *
     * @throws ConflictException with code INVALID_TRANSITION naming the current state
     */
    static RequestState next(RequestState from, RequestAction action) {
        RequestState to = switch (action) {
            case CREATE -> from == null ? RequestState.DRAFT : null;
            case EDIT -> from == RequestState.DRAFT || from == RequestState.RETURNED ? from : null;
            case SUBMIT -> from == RequestState.DRAFT || from == RequestState.RETURNED ? RequestState.SUBMITTED : null;
            case RETURN -> from == RequestState.SUBMITTED ? RequestState.RETURNED : null;
            case ACCEPT_WARNING -> from == RequestState.SUBMITTED ? RequestState.SUBMITTED : null;
            case APPROVE -> from == RequestState.SUBMITTED ? RequestState.APPROVED : null;
            case REJECT -> from == RequestState.SUBMITTED ? RequestState.REJECTED : null;
        };
        if (to == null) {
            throw new ConflictException(EstablishmentRequestService.INVALID_TRANSITION, "cannot " + verb(action)
                    + " a request that is " + from + allowed(action), from);
        }
        return to;
    }

    /** Refuses an actor whose roles do not allow the action. */
    static void mayAct(Actor actor, RequestAction action) {
        Set<String> needed = decides(action) ? DECIDERS : DRAFTERS;
        if (actor == null || !actor.hasAnyRole(needed)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name()) + " may not " + verb(action)
                    + " an establishment request (needs one of the roles " + needed.stream().sorted().toList() + ")");
        }
    }

    /**
     * Refuses a decision the actor's scope does not reach: every society of the request must lie in its scope, and
     * a national society's request is decided by the national administrators only (the Societies Party Committee),
     * even when a local administrator's scope names that society.
     *
     * @throws ForbiddenException with code {@link ForbiddenException#OUT_OF_SCOPE}
     */
    static void mayDecideFor(Actor actor, String what, boolean allInScope, boolean anyNational) {
        if (!allInScope) {
            throw ForbiddenException.outOfScope(actor, what);
        }
        if (anyNational && !actor.hasAnyRole(Actor.NATIONAL)) {
            throw new ForbiddenException(ForbiddenException.OUT_OF_SCOPE, actor.name() + " may not " + what
                    + ": it names a national society, which only a national administrator decides on", actor.name(), what,
                    String.valueOf(actor.scope()));
        }
    }

    static boolean decides(RequestAction action) {
        return switch (action) {
            case RETURN, ACCEPT_WARNING, APPROVE, REJECT -> true;
            case CREATE, EDIT, SUBMIT -> false;
        };
    }

    /** Whether the step needs a written comment: returning and rejecting must say why. */
    static boolean needsComment(RequestAction action) {
        return action == RequestAction.RETURN || action == RequestAction.REJECT;
    }

    /** The warnings no approver accepted, in their order. */
    static List<RuleWarning> unaccepted(List<RuleWarning> warnings, Set<String> acceptedCodes) {
        return warnings.stream().filter(w -> !acceptedCodes.contains(w.code())).toList();
    }

    /**
     * Refuses approval while a warning is not accepted.
     *
     * @throws ConflictException with code UNACCEPTED_WARNINGS naming each code
     */
    static void refuseUnaccepted(List<RuleWarning> warnings, Set<String> acceptedCodes) {
        List<RuleWarning> open = unaccepted(warnings, acceptedCodes);
        if (!open.isEmpty()) {
            throw new ConflictException(EstablishmentRequestService.UNACCEPTED_WARNINGS, "accept each warning with a justification before approving: "
                    + open.stream().map(w -> w.code() + " (" + w.message() + ")").collect(Collectors.joining("; ")),
                    open.stream().map(w -> w.code()).collect(Collectors.joining(", ")));
        }
    }

    /** Whole days from the (Beijing) day of submission to {@code today}. */
    static long ageDays(Instant submittedAt, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(submittedAt.atZone(Writes.ZONE).toLocalDate(), today));
    }

    /** Overdue once it has waited more than the configured days. */
    static boolean overdue(long ageDays, int overdueAfterDays) {
        return ageDays > overdueAfterDays;
    }

    private static String verb(RequestAction action) {
        return switch (action) {
            case CREATE -> "create";
            case EDIT -> "edit";
            case SUBMIT -> "submit";
            case RETURN -> "return";
            case ACCEPT_WARNING -> "accept a warning of";
            case APPROVE -> "approve";
            case REJECT -> "reject";
        };
    }

    private static String allowed(RequestAction action) {
        return switch (action) {
            case CREATE -> "";
            case EDIT, SUBMIT -> " (only DRAFT or RETURNED requests)";
            case RETURN, ACCEPT_WARNING, APPROVE, REJECT -> " (only SUBMITTED requests)";
        };
    }
}
