package org.castpb.api.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * A rectification task (整改): a society in scope missed a coverage a passed target asked for, or failed an evaluation
 * campaign.
 *
 * @param id          the task's id
 * @param societyId   the society to rectify
 * @param societyName its name
 * @param targetDate  the date of the target it missed; null for a task following an evaluation
 * @param kind        the coverage it lacked on that date; null for a task following an evaluation
 * @param dueOn       the day by which it should be covered
 * @param status      open or closed
 * @param overdue     open and due before the day of the listing
 * @param closedOn    the day it was closed, null while open
 * @param closedBy    who closed it ({@code system} when closed because the society got covered), null while open
 * @param closingNote why it was closed, null while open
 * @param origin      what the task follows up: a coverage target or an evaluation
 * @param campaignId  the evaluation campaign the society failed, null for a coverage task
 * @param vetoed      whether that failure was a veto, so closing needs a passing re-evaluation
 * @param criteria    the failed criteria of the evaluation, empty for a coverage task
 * @param reevaluatedInCampaignId a campaign completed after the task was opened in which the society passed, null
 *                    while there is none
 */
public record RectificationTask(long id, long societyId, String societyName, LocalDate targetDate, CoverageKind kind,
                                LocalDate dueOn, RectificationStatus status, boolean overdue, LocalDate closedOn,
                                String closedBy, String closingNote, RectificationOrigin origin, Long campaignId,
                                boolean vetoed, List<String> criteria, Long reevaluatedInCampaignId) {

    public RectificationTask {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        origin = origin == null ? RectificationOrigin.COVERAGE : origin;
    }

    /** A coverage task: the shape of 3.0, kept so that code built against it still links. */
    public RectificationTask(long id, long societyId, String societyName, LocalDate targetDate, CoverageKind kind,
                             LocalDate dueOn, RectificationStatus status, boolean overdue, LocalDate closedOn,
                             String closedBy, String closingNote) {
        this(id, societyId, societyName, targetDate, kind, dueOn, status, overdue, closedOn, closedBy, closingNote,
                RectificationOrigin.COVERAGE, null, false, List.of(), null);
    }
}
