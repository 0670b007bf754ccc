package org.castpb.api.jobs;

import java.time.Instant;

/**
 * A run of a job whose work ended, recorded once for its due time.
 *
 * @param job           the job's name, e.g. {@code coverage-daily}
 * @param due           the due time it ran for, e.g. {@code 2026-12-05}
 * @param node          the node that ran it
 * @param startedAt     when that node claimed it
 * @param finishedAt    when its work ended
 * @param takenOverFrom the node whose lease had expired without being released (it stopped mid-job), or null
 */
public record JobRun(String job, String due, String node, Instant startedAt, Instant finishedAt, String takenOverFrom) {
}
