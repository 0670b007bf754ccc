package org.castpb.api.coverage;

import java.time.LocalDate;
import org.castpb.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The group-member admission check: a society passes when it has a party organisation covering it (or a submitted
 * establishment request for one) and its current ledger is "five clears". The check also lists the applicant's
 * registered members against its ledger.
 */
@ProviderType
public interface AdmissionService {

    /** Met: an organisation (committee, general branch, branch or joint branch) covers the society on the day. */
    String ORGANISATION = "ORGANISATION";
    /** Met: no organisation yet, but a submitted establishment request would cover the society. */
    String PENDING_REQUEST = "PENDING_REQUEST";
    /** Not met: neither an organisation covering the society nor a submitted request for one. */
    String NO_ORGANISATION_OR_REQUEST = "NO_ORGANISATION_OR_REQUEST";
    /** Met: the current ledger is five clears. */
    String LEDGER_CLEAR = "LEDGER_CLEAR";
    /** Not met: the current ledger is not five clears; the message names the sections and what they miss. */
    String LEDGER_NOT_CLEAR = "LEDGER_NOT_CLEAR";

    /**
     * Checks one society: organisation coverage as of {@code asOf}, requests submitted and undecided now,
     * the current ledger.
     *
     * @throws org.castpb.api.NotFoundException   when there is no such society in the actor's scope
     * @throws org.castpb.api.ValidationException when {@code asOf} is null
     */
    AdmissionCheck check(Actor actor, long societyId, LocalDate asOf);
}
