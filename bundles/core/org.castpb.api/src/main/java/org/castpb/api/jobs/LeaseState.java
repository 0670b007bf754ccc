package org.castpb.api.jobs;

/** Where a job's lease stands now. */
public enum LeaseState {
    /** A node holds the job and renews its lease while its work runs. */
    HELD,
    /** The last holder gave the job up when its work ended (or failed); any node may take it. */
    RELEASED,
    /** The holder stopped renewing without giving the job up (it stopped or was killed); the next node to look takes it over. */
    EXPIRED
}
