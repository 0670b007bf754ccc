package org.castpb.api.organisation;

/** Where an establishment request stands. */
public enum RequestState {
    DRAFT,
    SUBMITTED,
    /** Sent back to the society for changes; it may be edited and submitted again. */
    RETURNED,
    APPROVED,
    REJECTED
}
