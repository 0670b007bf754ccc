package org.castpb.api.coverage;

import java.time.LocalDate;

/**
 * A rectification task (整改): a society in scope missed a coverage a passed target asked for.
 *
 * @param id          the task's id
 * @param societyId   the society to rectify
 * @param societyName its name
 * @param targetDate  the date of the target it missed
 * @param kind        the coverage it lacked on that date
 * @param dueOn       the day by which it should be covered
 * @param status      open or closed
 * @param overdue     open and due before the day of the listing
 * @param closedOn    the day it was closed, null while open
 * @param closedBy    who closed it ({@code system} when closed because the society got covered), null while open
 * @param closingNote why it was closed, null while open
 */
public record RectificationTask(long id, long societyId, String societyName, LocalDate targetDate, CoverageKind kind,
                                LocalDate dueOn, RectificationStatus status, boolean overdue, LocalDate closedOn,
                                String closedBy, String closingNote) {
}
