package org.castpb.api.jobs;

import org.castpb.api.Actor;
import org.castpb.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the nodes of this instance did with its scheduled jobs ({@link JobRuns}): for the instance's administrators
 * (roles {@code admin}, {@code national-admin}); anyone else is refused {@code 403 FORBIDDEN}.
 */
@ProviderType
public interface JobService {

    /** The largest page. */
    int MAX_LIMIT = 500;

    /**
     * The jobs by name, each with its lease and last run.
     *
     * @param actor  the caller, an instance administrator
     * @param name   only jobs whose name contains this (ignoring case); null or empty: all
     * @param node   only jobs held, or last held, by a node whose name contains this (ignoring case); null or empty: all
     * @param offset the first job, from 0
     * @param limit  1 to {@link #MAX_LIMIT}
     * @return a page of jobs
     */
    Page<JobState> jobs(Actor actor, String name, String node, int offset, int limit);

    /**
     * A job's recorded runs, the one that ended last first.
     *
     * @param actor  the caller, an instance administrator
     * @param job    the job's name; {@code NOT_FOUND} when no node ever took it
     * @param offset the first run, from 0
     * @param limit  1 to {@link #MAX_LIMIT}
     * @return a page of runs
     */
    Page<JobRun> runs(Actor actor, String job, int offset, int limit);
}
