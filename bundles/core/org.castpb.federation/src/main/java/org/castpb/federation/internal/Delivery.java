package org.castpb.federation.internal;

/**
 * How one attempt to send a report ended.
 *
 * @param outcome what the child does next
 * @param reached whether the request reached the parent (then the report is SENT while it waits for another try)
 * @param detail  the parent's code and message or the network error, for the outbox; never credentials
 */
record Delivery(Outcome outcome, boolean reached, String detail) {

    enum Outcome {
        /** the parent stored it (or already had it) */
        ACKNOWLEDGED,
        /** the parent will never take it (it is malformed or outside the reporting account's scope) */
        REFUSED,
        /** try again later: the parent is down, busy or the credentials are not (yet) right */
        RETRY
    }

    /** What an HTTP status from the parent means for the report. */
    static Outcome of(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.ACKNOWLEDGED;
        }
        // 400, 413 and 422: the report itself is wrong; 403: the reporting account may not report for this region.
        // Sending it again changes nothing: it is refused with the parent's reason, and later reports still go.
        if (status == 400 || status == 403 || status == 413 || status == 422) {
            return Outcome.REFUSED;
        }
        // 401 (an account not yet set up there, a password being changed), 404 (a parent without federation yet),
        // 429 and 5xx: the parent side can change, so the report waits for it
        return Outcome.RETRY;
    }
}
