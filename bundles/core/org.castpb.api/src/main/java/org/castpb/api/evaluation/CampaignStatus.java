package org.castpb.api.evaluation;

/** Where a campaign stands. */
public enum CampaignStatus {
    /** Created, never run. */
    CREATED,
    /** Being run now. */
    RUNNING,
    /** Every society in it has a result; it may be run again, which replaces them. */
    COMPLETED,
    /** The platform stopped while it ran; results so far are kept and it may be run again. */
    INTERRUPTED
}
