package org.castpb.api.life;

import java.time.LocalDate;

/**
 * A search of the meetings in scope: of one organisation (or all), one society's organisations (or all), one type
 * (or all), held from {@code from} to {@code to} inclusive (open ends when null); a page of {@code limit} from
 * {@code offset}, newest first.
 */
public record MeetingQuery(Long organisationId, Long societyId, MeetingType type, LocalDate from, LocalDate to,
                           int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    /** Every meeting in scope, the first page. */
    public static MeetingQuery all() {
        return new MeetingQuery(null, null, null, null, null, 0, DEFAULT_LIMIT);
    }
}
