package org.castpb.api.life;

import java.time.LocalDate;

/**
 * An alert opened by the daily run.
 *
 * @param meetingType the meeting overdue (MEETING_OVERDUE), else null
 * @param period      the period it was due in (MEETING_OVERDUE), else null
 * @param memberId    the member (UNQUALIFIED_CANDIDATE), else null
 * @param message     a sentence for people, in Chinese and English
 */
public record Alert(long id, AlertKind kind, long organisationId, String organisationName, MeetingType meetingType,
                    Period period, Long memberId, String memberName, String ruleSetVersion, String message,
                    LocalDate openedOn, AlertStatus status, LocalDate closedOn) {
}
