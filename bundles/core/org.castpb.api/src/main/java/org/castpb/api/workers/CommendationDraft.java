package org.castpb.api.workers;

import java.time.LocalDate;

/** A commendation as entered; {@code awardedBy} names who gave it (e.g. 中国科协科技社团党委). */
public record CommendationDraft(long societyId, Long workerId, Long organisationId, String title, LocalDate awardedOn,
                                String awardedBy) {
}
