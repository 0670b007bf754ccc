package org.castpb.api.reports;

import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.Page;
import org.castpb.api.evaluation.Grade;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Regular work reports: a society's party organisation writes its report for a period (a draft, with PDF or Word
 * attachments checked by content), submits it to the party committee above it, which reviews it with a comment and a
 * grade: the Societies Party Committee (a national administrator) for national societies, the local administrator for
 * local ones. Which periods each level reports on, when they are due and how large an attachment may be is
 * configuration.
 *
 * <p>Writing and submitting needs a records writer's role or the society's secretary; every read and write is confined
 * to the actor's {@link org.castpb.api.Scope} (outside it: NotFoundException for reads, ForbiddenException
 * {@code OUT_OF_SCOPE} for writes). Every change is one transaction and is kept in the report's history.
 */
@ProviderType
public interface WorkReportService {

    /** Field code: the period is not one the society's level reports on. */
    String NOT_SCHEDULED = "NOT_SCHEDULED";
    /** Field code: the attachment's content is not the type its name says (or not PDF or Word at all). */
    String TYPE_MISMATCH = "TYPE_MISMATCH";
    /** Field code: the attachment is larger than the configured limit. */
    String TOO_LARGE = "TOO_LARGE";
    /** Field code: the attachment's name holds a folder ({@code /}, {@code \}, {@code ..}) or a drive. */
    String PATH_IN_NAME = "PATH_IN_NAME";
    /** Field code: the attachment's name does not end in .pdf, .docx or .doc. */
    String UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE";
    /** Field code: reviewing a report that is not submitted (a draft, or reviewed already). */
    String NOT_SUBMITTED = "NOT_SUBMITTED";
    /** Error code of the ConflictException refusing a second report of a society for one period. */
    String REPORT_EXISTS = "REPORT_EXISTS";

    /**
     * Writes a society's report for a period as a draft.
     *
     * @throws org.castpb.api.ValidationException naming each bad field (nothing is stored): the period, the text,
     *                                            each attachment's name, type or size
     * @throws org.castpb.api.ConflictException   {@link #REPORT_EXISTS} when the society has a report for the period
     */
    WorkReport create(Actor actor, ReportDraft draft);

    /** Submits a draft to the committee; it is late when submitted after its due day. */
    WorkReport submit(Actor actor, long reportId);

    /**
     * Reviews a submitted report with a grade and a comment.
     *
     * @throws org.castpb.api.ValidationException {@link #NOT_SUBMITTED} naming {@code state} for a draft or a
     *                                            reviewed report; naming {@code grade} or {@code comment} when missing
     * @throws org.castpb.api.ForbiddenException  when the actor is not the society's reviewing committee
     */
    WorkReport review(Actor actor, long reportId, Grade grade, String comment);

    /** One report in scope. */
    WorkReport get(Actor actor, long reportId);

    /** One attachment with its content. */
    AttachmentContent attachment(Actor actor, long reportId, long attachmentId);

    /** A society's reports, newest period first: the report history of its record. */
    List<WorkReport> bySociety(Actor actor, long societyId);

    /** The history of one report: created, submitted, reviewed. */
    List<AuditEntry> history(Actor actor, long reportId);

    /**
     * Where every active society in scope whose level reports on the period stands, by society id; {@code state}
     * null for all, else only those in that state; {@code lateOnly} keeps the late ones (submitted late, or still
     * not submitted after the due day).
     */
    Page<ReportStatus> status(Actor actor, String period, ReportState state, boolean lateOnly, int offset, int limit);
}
