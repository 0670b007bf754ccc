package org.castpb.api.workers;

import java.time.LocalDate;

/**
 * A job change of a full-time worker, recorded when the roster changes, which the society must report by {@code dueOn}.
 *
 * @param before   the worker's position (or kind) before the change
 * @param after    after it (the end date for LEFT)
 * @param dueOn    the last day to file the report (the change's day plus the configured days)
 * @param filedOn  when the report was filed; null while pending
 * @param report   the report's text; null while pending
 * @param overdue  pending and past due today
 * @param late     filed after it was due
 */
public record JobChange(long id, long workerId, long societyId, String workerName, JobChangeKind kind, LocalDate changedOn,
                        String before, String after, LocalDate dueOn, LocalDate filedOn, String filedBy, String report,
                        boolean overdue, boolean late) {
}
