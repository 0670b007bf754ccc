package org.castpb.api.organisation;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the liaison officers and instructors dispatched to societies; changes are audited. An assignment is in an
 * actor's {@link org.castpb.api.Scope} when its society is: outside it, reads refuse with NotFoundException, lists
 * are empty and writes refuse with ForbiddenException {@code OUT_OF_SCOPE}.
 */
@ProviderType
public interface LiaisonService {

    /** Records an assignment; refuses with ValidationException (each bad field, unknown society) and ForbiddenException unless a records writer. */
    LiaisonAssignment assign(Actor actor, LiaisonDraft draft);

    /** Reads one assignment; refuses with NotFoundException. */
    LiaisonAssignment get(Actor actor, long id);

    /** Replaces an assignment (e.g. to end it); refuses with StaleVersionException, NotFoundException, ValidationException, ForbiddenException. */
    LiaisonAssignment update(Actor actor, long id, long expectedVersion, LiaisonDraft draft);

    /** Every assignment to a society, the newest first; never refuses. */
    List<LiaisonAssignment> bySociety(Actor actor, long societyId);

    /** The assignments to a society running on {@code date}, the newest first; never refuses. */
    List<LiaisonAssignment> bySociety(Actor actor, long societyId, LocalDate date);
}
