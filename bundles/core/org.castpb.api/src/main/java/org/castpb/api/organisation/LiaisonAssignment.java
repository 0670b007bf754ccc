package org.castpb.api.organisation;

import java.time.LocalDate;

/**
 * A liaison officer or instructor dispatched to a society; fields as in {@link LiaisonDraft}.
 *
 * @param id      its identifier
 * @param version the optimistic-locking version
 */
public record LiaisonAssignment(long id, LiaisonKind kind, String name, long societyId, LocalDate fromDate, LocalDate toDate,
                                String dispatchedBy, long version) {

    /** Whether the assignment runs on {@code date} (both ends included). */
    public boolean servesOn(LocalDate date) {
        return !date.isBefore(fromDate) && (toDate == null || !date.isAfter(toDate));
    }
}
