package org.castpb.api.workers;

import java.io.OutputStream;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The party affairs workers of the societies in the actor's scope: roster, training, job-change reports, assessment and
 * commendations. Administrators and a society's secretary keep the roster, training and reports; grades and
 * commendations come from administrators (national, or local for their region). Every change is audited.
 * Invalid input is a {@link org.castpb.api.ValidationException} naming each field and nothing is written; an unknown
 * id or one outside the scope is {@link org.castpb.api.NotFoundException}; a write outside the scope is forbidden.
 */
@ProviderType
public interface WorkerService {

    /** Largest page. */
    int MAX_LIMIT = 500;

    /** Puts a worker on a society's roster. A full-time worker entered with an end date records a job change LEFT. */
    Worker add(Actor actor, WorkerDraft draft);

    Worker get(Actor actor, long id);

    /**
     * Changes a worker at {@code expectedVersion}; the society cannot change. For a full-time worker a new position, a
     * change to part-time or an end date records a job change the society must then report.
     */
    Worker update(Actor actor, long id, long expectedVersion, WorkerDraft draft);

    /** The workers in scope by society and name; {@code current} keeps those without an end date (or ending after today). */
    Page<Worker> list(Actor actor, Long societyId, boolean current, int offset, int limit);

    /** The worker's changes, oldest first. */
    List<AuditEntry> history(Actor actor, long id);

    /** Records a training of a worker. */
    Training addTraining(Actor actor, long workerId, TrainingDraft draft);

    /** The worker's trainings, of one year or all, newest first. */
    List<Training> trainings(Actor actor, long workerId, Integer year);

    /** The training rule versions in force, oldest first. */
    List<TrainingRule> trainingRules();

    /** The workers in post during {@code year} (in scope, of one society or all) whose training hours are below the target. */
    List<TrainingShortfall> shortfalls(Actor actor, int year, Long societyId);

    /** Job changes of full-time workers in scope; only the overdue ones (pending, past due) when {@code overdueOnly}. */
    List<JobChange> jobChanges(Actor actor, Long societyId, boolean overdueOnly);

    /** Files the report of a pending job change; a second filing is a conflict (ALREADY_FILED). */
    JobChange fileJobChange(Actor actor, long jobChangeId, String report);

    /** Sets (or replaces) a worker's grade for a year in which the worker was in post, not after this year. */
    Assessment assess(Actor actor, long workerId, int year, WorkerGrade grade, String note);

    /** The year's assessments of the workers in scope, of one society or all. */
    List<Assessment> assessments(Actor actor, Long societyId, int year);

    /** Records a commendation of a society, one of its party organisations or one of its workers. */
    Commendation commend(Actor actor, CommendationDraft draft);

    /** The society's commendations, newest first. */
    List<Commendation> commendations(Actor actor, long societyId);

    /** The roster in scope (one society or all, current and former) as CSV with Chinese headers, UTF-8 with a byte-order mark. */
    void exportRoster(Actor actor, Long societyId, OutputStream out);

    /** {@link #shortfalls} as CSV with Chinese headers, UTF-8 with a byte-order mark. */
    void exportShortfalls(Actor actor, int year, Long societyId, OutputStream out);

    /** {@link #exportRoster(Actor, Long, OutputStream)}, or as an Excel workbook (.xlsx) with typed numbers and dates when {@code xlsx}. */
    void exportRoster(Actor actor, Long societyId, boolean xlsx, OutputStream out);

    /** {@link #exportShortfalls(Actor, int, Long, OutputStream)}, or as an Excel workbook (.xlsx) when {@code xlsx}. */
    void exportShortfalls(Actor actor, int year, Long societyId, boolean xlsx, OutputStream out);
}
