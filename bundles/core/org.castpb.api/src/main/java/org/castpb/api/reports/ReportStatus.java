package org.castpb.api.reports;

import java.time.LocalDate;
import org.castpb.api.SocietyLevel;
import org.castpb.api.evaluation.Grade;

/**
 * Where one society stands for one period: the row of the committee's status sheet.
 *
 * @param societyId   the society
 * @param societyName its name
 * @param level       its level, which decides its schedule
 * @param regionCode  its region code
 * @param period      the period
 * @param dueOn       the day the report is due
 * @param state       missing, draft, submitted or reviewed
 * @param reportId    the report, null when missing
 * @param late        submitted after the due day, or not submitted and the day has passed
 * @param grade       the review's grade, null until reviewed
 */
public record ReportStatus(long societyId, String societyName, SocietyLevel level, String regionCode, String period,
                           LocalDate dueOn, ReportState state, Long reportId, boolean late, Grade grade) {
}
