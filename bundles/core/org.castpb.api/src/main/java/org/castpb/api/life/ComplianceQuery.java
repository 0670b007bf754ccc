package org.castpb.api.life;

import java.time.LocalDate;

/**
 * A compliance report over the active organisations in scope (one organisation, one society's organisations, or all),
 * for the calendar periods ending from {@code from} to {@code to} inclusive; only organisations missing something when
 * {@code missingOnly}; a page of {@code limit} from {@code offset}, by organisation id.
 */
public record ComplianceQuery(Long organisationId, Long societyId, LocalDate from, LocalDate to, boolean missingOnly,
                              int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;
}
