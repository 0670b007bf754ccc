package org.castpb.api.life;

/** Alerts in scope, of one organisation (or all), kind and status (or all); a page, newest first. */
public record AlertQuery(Long organisationId, AlertKind kind, AlertStatus status, int offset, int limit) {

    /** The open alerts in scope, the first page. */
    public static AlertQuery open() {
        return new AlertQuery(null, null, AlertStatus.OPEN, 0, 50);
    }
}
