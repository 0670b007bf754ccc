package org.castpb.api.jobs;

import java.time.Instant;

/**
 * A scheduled job as the nodes of this instance share it: its lease now and its last recorded run.
 *
 * @param job            the job's name
 * @param leaseState     whether a node holds it now, gave it up, or stopped holding it without giving it up
 * @param leaseNode      the node holding it, or (released, expired) the last one that held it
 * @param leaseDue       the due time that node took it for; null for work done again and again (an outbox's sending)
 * @param leaseClaimedAt when that node took it
 * @param leaseExpiresAt when its hold ends unless renewed
 * @param runs           how many runs are recorded (none for work done again and again)
 * @param lastRun        the run that ended last, or null before the first
 */
public record JobState(String job, LeaseState leaseState, String leaseNode, String leaseDue, Instant leaseClaimedAt,
                       Instant leaseExpiresAt, long runs, JobRun lastRun) {
}
