package org.castpb.api.federation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An upward report in the child's outbox.
 *
 * @param reportId      the report's id, the same at the parent
 * @param asOf          the report's date
 * @param state         queued, acknowledged or refused
 * @param attempts      how many times it was sent
 * @param createdAt     when it was written to the outbox
 * @param lastAttemptAt the last attempt, null before the first
 * @param nextAttemptAt when it is sent next, null once acknowledged or refused
 * @param settledAt     when the parent acknowledged or refused it, null before
 * @param lastError     why the last attempt failed (the parent's problem code and text, or the network error), or null
 */
public record OutboxEntry(String reportId, LocalDate asOf, OutboxState state, int attempts, Instant createdAt,
                          Instant lastAttemptAt, Instant nextAttemptAt, Instant settledAt, String lastError) {
}
