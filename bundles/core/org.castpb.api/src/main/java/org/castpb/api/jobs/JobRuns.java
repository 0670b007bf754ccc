package org.castpb.api.jobs;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs scheduled work once across the nodes that share this instance's database. A job is held by one node at a time
 * through a lease in the database, claimed with one atomic statement and renewed while the work runs; a node that
 * stops (or is killed) stops renewing it, and once it has expired another node may take the job. A job's run for a
 * due time (a day, a month) is recorded when its work has ended, and is not run again for that due time by any node.
 * <p>
 * The work is the job's own: it should commit its changes in one transaction, or be safe to run again, so that a
 * run cut off halfway and taken over leaves nothing half-done.
 */
@ProviderType
public interface JobRuns {

    /**
     * Runs {@code work} for the job's due time on this node, unless some node already ran it for that due time or
     * another node holds the job now. An exception from the work is thrown on, and records no run: the next try
     * (on any node) runs it again.
     *
     * @param job the job's name, e.g. {@code coverage-daily}; at most 100 characters
     * @param due the due time the run is for, e.g. the day {@code 2026-12-05}; at most 40 characters
     * @param work the job's work
     * @return what happened here
     */
    Outcome runOnce(String job, String due, Runnable work);

    /**
     * Runs {@code work} on this node unless another node holds the job now, recording no run: for work that is
     * done again and again (sending an outbox) but never on two nodes at once.
     *
     * @param job the job's name; at most 100 characters
     * @param work the work
     * @return {@link Outcome#RAN} or {@link Outcome#BUSY}
     */
    Outcome runExclusively(String job, Runnable work);

    /** What a call did on this node. */
    enum Outcome {
        /** The work ran here (and, for {@link #runOnce}, its run is recorded). */
        RAN,
        /** The job had already run for this due time, here or on another node; the work did not run. */
        ALREADY_DONE,
        /** Another node holds the job now; the work did not run. */
        BUSY
    }
}
