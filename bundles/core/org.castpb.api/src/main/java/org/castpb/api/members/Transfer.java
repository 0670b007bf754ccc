package org.castpb.api.members;

import java.time.LocalDate;

/**
 * A transfer of a member's organisational relationship (组织关系接转). Out of castpb's organisation
 * {@code fromOrganisationId} to another ({@code toOrganisationId}) or to an outside unit ({@code toUnit}); or in
 * from an outside unit ({@code fromUnit}) to {@code toOrganisationId}. PENDING until the receiving side confirms
 * (for an outside unit: the origin records its receipt) or the asking side withdraws it (CANCELLED; {@code confirmedOn} and
 * {@code confirmedBy} then say when and by whom it ended); {@code overdue} once pending longer than the configured days.
 */
public record Transfer(long id, long memberId, String memberName, Long fromOrganisationId, String fromUnit,
                       Long toOrganisationId, String toUnit, LocalDate requestedOn, TransferStatus status,
                       LocalDate confirmedOn, long daysPending, boolean overdue, String requestedBy, String confirmedBy) {
}
