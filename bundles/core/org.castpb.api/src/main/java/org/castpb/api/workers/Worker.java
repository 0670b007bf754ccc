package org.castpb.api.workers;

import java.time.LocalDate;

/**
 * One party affairs worker on a society's roster.
 *
 * @param endDate null while the worker is in post
 * @param version optimistic-locking version, the REST ETag
 */
public record Worker(long id, long societyId, String name, WorkerKind kind, String position, LocalDate startDate, LocalDate endDate,
                     long version) {
}
