package org.castpb.api;

import java.time.Instant;

/**
 * One recorded change: who made it, when, what kind of change, and the record's state before and after, as text.
 *
 * @param at     when
 * @param actor  the user who made it
 * @param change what kind of change, e.g. CREATE, UPDATE, IMPORT_CREATE, IMPORT_UPDATE
 * @param before the state before (null for a creation)
 * @param after  the state after; an accepted USCC check override is noted here with its reason
 */
public record AuditEntry(Instant at, String actor, String change, String before, String after) {
}
