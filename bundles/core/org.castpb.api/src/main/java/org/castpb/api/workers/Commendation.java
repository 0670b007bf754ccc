package org.castpb.api.workers;

import java.time.LocalDate;

/**
 * A commendation (表彰) in a society's record: of the society itself, of one of its party organisations
 * ({@code organisationId}) or of one of its workers ({@code workerId}); at most one of the two is set.
 */
public record Commendation(long id, long societyId, Long workerId, Long organisationId, String title, LocalDate awardedOn,
                           String awardedBy) {
}
