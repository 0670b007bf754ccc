package org.castpb.api.federation;

import java.time.Instant;

/**
 * The parent's answer to a report.
 *
 * @param reportId   the report's id
 * @param duplicate  true when the parent already held the report (a retry after a lost answer): nothing was stored again
 * @param receivedAt when the parent first stored it
 */
public record Receipt(String reportId, boolean duplicate, Instant receivedAt) {
}
