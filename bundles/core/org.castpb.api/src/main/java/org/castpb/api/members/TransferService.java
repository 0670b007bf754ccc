package org.castpb.api.members;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Transfers of members' organisational relationships, scoped like {@link MemberService}: the origin asks, the
 * receiving side confirms. A transfer is visible to both sides.
 */
@ProviderType
public interface TransferService {

    /** Code of a transfer of a member already in transfer. */
    String ALREADY_IN_TRANSFER = "ALREADY_IN_TRANSFER";
    /** Code of a transfer naming both or neither of a receiving organisation and an outside unit, or its own organisation. */
    String INVALID_DESTINATION = "INVALID_DESTINATION";
    /** Code of a confirmation of a transfer that is not pending. */
    String NOT_PENDING = "NOT_PENDING";
    /** Code of a transfer dated before the member joined or in the future. */
    String INVALID_TRANSFER_DATE = "INVALID_TRANSFER_DATE";

    /**
     * Asks to transfer a member out, to {@code toOrganisationId} in castpb or to the outside unit {@code toUnit}
     * (exactly one), as of {@code on} (default today). The member is IN_TRANSFER until confirmed.
     */
    Transfer transferOut(Actor actor, long memberId, Long toOrganisationId, String toUnit, LocalDate on, String note);

    /**
     * Records a member coming in from the outside unit {@code fromUnit}: registered IN_TRANSFER on the draft's
     * organisation until the receiving side confirms the arrival.
     */
    Transfer transferIn(Actor actor, MemberDraft member, String fromUnit, LocalDate on, String note);

    /**
     * Confirms a pending transfer, by the receiving side (the origin for an outside unit): the member moves to the
     * receiving organisation, or leaves the roll as TRANSFERRED_OUT, or (coming in) becomes ACTIVE.
     */
    Transfer confirm(Actor actor, long transferId, LocalDate on);

    /**
     * Withdraws a pending transfer, by the side that asked it, with the reason: a member transferred out is ACTIVE on
     * the origin's roll again; a member announced from an outside unit who never arrived leaves the roll as
     * TRANSFERRED_OUT (the relationship stays outside).
     */
    Transfer cancel(Actor actor, long transferId, String reason);

    /** One transfer, if either side is in scope. */
    Transfer get(Actor actor, long transferId);

    /**
     * Transfers touching organisations in scope (or the one given), newest first; only the pending ones older than
     * the configured days when {@code overdueOnly}, the longest waiting first.
     */
    List<Transfer> list(Actor actor, Long organisationId, boolean overdueOnly);

    /** The configured number of days after which a pending transfer is overdue (default 30). */
    int overdueDays();
}
