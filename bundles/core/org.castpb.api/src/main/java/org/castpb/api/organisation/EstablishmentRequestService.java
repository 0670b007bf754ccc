package org.castpb.api.organisation;

import java.util.List;
import org.castpb.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Establishment requests (报批): DRAFT -> SUBMITTED -> APPROVED, REJECTED or RETURNED (then edited and
 * submitted again). Creating, editing and submitting need a records writer role or {@code society-secretary},
 * and every society of the request in the actor's {@link org.castpb.api.Scope}; deciding (return, accept a
 * warning, approve, reject) needs {@code national-admin} or {@code admin} for a request naming a national
 * society, and {@code local-admin} with every society in scope for one naming local societies only. A step
 * outside those bounds refuses with ForbiddenException {@code OUT_OF_SCOPE}; a request naming no society in the
 * actor's scope reads as NotFoundException and is left out of {@link #pending}. Every step is recorded
 * with its actor, time and comment. Each call taking {@code expectedVersion} refuses with
 * StaleVersionException when the request changed since, and with NotFoundException for an unknown id.
 */
@ProviderType
public interface EstablishmentRequestService {

    /** Code of the {@link org.castpb.api.ConflictException} refusing a step the request's current state does not allow. */
    String INVALID_TRANSITION = "INVALID_TRANSITION";
    /** Code of the {@link org.castpb.api.ConflictException} refusing approval while a warning is not accepted. */
    String UNACCEPTED_WARNINGS = "UNACCEPTED_WARNINGS";
    /** Code of the {@link org.castpb.api.ConflictException} refusing to accept a warning the request does not raise. */
    String WARNING_NOT_RAISED = "WARNING_NOT_RAISED";

    /** Creates a DRAFT request; refuses with ValidationException (each bad field, unknown societies or parent) and ForbiddenException. */
    EstablishmentRequest create(Actor actor, PartyOrganisationDraft draft);

    /** Reads one request with its warnings, acceptances and steps; refuses with NotFoundException. */
    EstablishmentRequest get(Actor actor, long id);

    /** Replaces the draft of a DRAFT or RETURNED request; refuses with ValidationException, ConflictException INVALID_TRANSITION, ForbiddenException. */
    EstablishmentRequest update(Actor actor, long id, long expectedVersion, PartyOrganisationDraft draft);

    /** DRAFT or RETURNED -> SUBMITTED, checking the rules afresh (acceptances of an earlier round are dropped); refuses with INVALID_TRANSITION, ForbiddenException. */
    EstablishmentRequest submit(Actor actor, long id, long expectedVersion, String comment);

    /** SUBMITTED -> RETURNED for changes; refuses with ValidationException without a comment, INVALID_TRANSITION, ForbiddenException unless a decider. */
    EstablishmentRequest returnForChanges(Actor actor, long id, long expectedVersion, String comment);

    /** Accepts one warning of a SUBMITTED request with a justification; refuses with ValidationException without one, WARNING_NOT_RAISED, INVALID_TRANSITION, ForbiddenException unless a decider. */
    EstablishmentRequest acceptWarning(Actor actor, long id, long expectedVersion, String code, String justification);

    /** SUBMITTED -> APPROVED, creating the organisation; refuses with UNACCEPTED_WARNINGS (rules checked again today), INVALID_TRANSITION, ValidationException, ForbiddenException unless a decider. */
    EstablishmentRequest approve(Actor actor, long id, long expectedVersion, String comment);

    /** SUBMITTED -> REJECTED; refuses with ValidationException without a comment, INVALID_TRANSITION, ForbiddenException unless a decider. */
    EstablishmentRequest reject(Actor actor, long id, long expectedVersion, String comment);

    /** The SUBMITTED requests in the actor's scope, oldest first, with their age in days and whether they are overdue; never refuses. */
    List<PendingRequest> pending(Actor actor);
}
