package org.castpb.api.organisation;

import java.time.LocalDate;

/**
 * The writable fields of a liaison assignment; validated by {@link LiaisonService}.
 *
 * @param kind         liaison officer or instructor
 * @param name         the person's name
 * @param societyId    the society he or she is dispatched to
 * @param fromDate     the first day of the assignment
 * @param toDate       the last day, or null while it lasts
 * @param dispatchedBy the dispatching organisation, e.g. 中国科协科技社团党委, or null
 */
public record LiaisonDraft(LiaisonKind kind, String name, Long societyId, LocalDate fromDate, LocalDate toDate, String dispatchedBy) {
}
