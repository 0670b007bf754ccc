package org.castpb.api.federation;

/** Where an upward report stands at the child. */
public enum OutboxState {
    /** written to the outbox, not yet accepted by the parent (it is retried with growing pauses) */
    QUEUED,
    /** sent at least once without the parent's acknowledgement (it was down or did not answer); retried */
    SENT,
    /** the parent acknowledged it: stored there once */
    ACKNOWLEDGED,
    /** the parent refused it for good (its reason is kept); later reports still go */
    REFUSED
}
