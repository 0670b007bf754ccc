package org.castpb.api.life;

import java.time.LocalDate;

/**
 * Members' attendance in scope (one organisation's members, or all), over meetings held from {@code from} to
 * {@code to} inclusive; only candidates for an unqualified-member case when {@code candidatesOnly}; a page of
 * {@code limit} from {@code offset}, by member name then id.
 */
public record AttendanceQuery(Long organisationId, LocalDate from, LocalDate to, boolean candidatesOnly, int offset,
                              int limit) {
}
