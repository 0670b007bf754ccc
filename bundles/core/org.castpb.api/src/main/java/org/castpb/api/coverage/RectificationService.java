package org.castpb.api.coverage;

import java.time.LocalDate;
import org.castpb.api.Actor;
import org.castpb.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Rectification tasks (整改) for the societies in scope that missed a configured coverage target (one task per
 * society, target and coverage kind, due a configured number of days after the target's date) or failed a completed
 * evaluation campaign (one task per society and campaign, opened by the evaluation engine). Writes by a person
 * need a records writer role ({@link Actor#RECORD_WRITERS}) and refuse with ForbiddenException otherwise; every
 * write is one transaction. Listings refuse a negative offset or a limit outside 1-1000 with ValidationException.
 * Every read and write is confined to the actor's {@link org.castpb.api.Scope}: a task of a society outside it is
 * not listed, reads as NotFoundException and is refused to writers with ForbiddenException {@code OUT_OF_SCOPE}.
 */
@ProviderType
public interface RectificationService {

    /** Code of the {@link org.castpb.api.ConflictException} refusing to close a task that is closed already. */
    String ALREADY_CLOSED = "ALREADY_CLOSED";

    /**
     * Code of the {@link org.castpb.api.ConflictException} refusing to close a task that follows a veto while no
     * campaign completed since has passed the society.
     */
    String REEVALUATION_REQUIRED = "REEVALUATION_REQUIRED";

    /** The {@code closedBy} of a task closed because its society got covered. */
    String SYSTEM = "system";

    /**
     * Opens a task for every target dated before {@code today}, every coverage kind it sets a minimum for and every
     * society in scope (and in the actor's scope) lacking that coverage as of the target's date. A task that exists already (open or closed)
     * is never made again, so running it twice changes nothing.
     *
     * @return how many tasks were opened
     * @throws org.castpb.api.ForbiddenException  when the actor may not write records
     * @throws org.castpb.api.ValidationException when {@code today} is null
     */
    int generate(Actor actor, LocalDate today);

    /**
     * Closes every open task whose society has the coverage it lacked as of {@code today}, by {@link #SYSTEM},
     * with the note {@code covered on <today>}.
     *
     * @return how many tasks were closed
     * @throws org.castpb.api.ValidationException when {@code today} is null
     */
    int synchronise(LocalDate today);

    /**
     * Opens the task following a society's failure in a completed campaign, naming the failed criteria; the platform
     * calls it, so it needs no caller. A campaign run again does not open a second task for the same society: the
     * open task is kept (its criteria brought up to date).
     *
     * @return the society's task for the campaign
     * @throws org.castpb.api.NotFoundException when there is no such society
     */
    RectificationTask followUp(EvaluationFailure failure);

    /**
     * Records that the society passed campaign {@code campaignId}, which counts as the re-evaluation of each of its
     * open evaluation tasks; the platform calls it when a campaign completes.
     *
     * @return how many open tasks it counts for
     */
    int reevaluated(long societyId, long campaignId);

    /** The society's tasks, open and closed, newest first (empty for a society outside the actor's scope). */
    java.util.List<RectificationTask> bySociety(Actor actor, long societyId);

    /**
     * Closes one open task by hand; a task following a veto only once a later campaign has passed the society.
     *
     * @throws org.castpb.api.ValidationException naming {@code note} when it is blank or longer than 500 characters
     * @throws org.castpb.api.ConflictException   with code {@link #ALREADY_CLOSED}, or {@link #REEVALUATION_REQUIRED}
     * @throws org.castpb.api.NotFoundException   when there is no such task
     * @throws org.castpb.api.ForbiddenException  when the actor may not write records, or the task's society is outside its scope
     */
    RectificationTask close(Actor actor, long id, String note);

    /** Reads one task, its overdue flag as of today; refuses with NotFoundException. */
    RectificationTask get(Actor actor, long id);

    /** The actor's open tasks, earliest due first (then by id), their overdue flags as of today. */
    Page<RectificationTask> open(Actor actor, int offset, int limit);

    /** The actor's open tasks due before {@code today}, earliest due first (then by id). */
    Page<RectificationTask> overdue(Actor actor, LocalDate today, int offset, int limit);
}
