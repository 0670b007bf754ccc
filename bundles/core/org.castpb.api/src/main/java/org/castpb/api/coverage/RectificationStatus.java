package org.castpb.api.coverage;

/** Where a rectification task stands. */
public enum RectificationStatus {
    /** the society is still to be covered */
    OPEN,
    /** covered (closed by the system) or closed by hand with a note */
    CLOSED
}
