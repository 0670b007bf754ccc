package org.castpb.api.workers;

/** What changed in a full-time worker's job, which the society must report (article 12). */
public enum JobChangeKind {
    /** Another position. */
    POSITION_CHANGED,
    /** No longer full-time (part-time from now on). */
    BECAME_PART_TIME,
    /** The worker left party work: the roster entry has an end date. */
    LEFT
}
