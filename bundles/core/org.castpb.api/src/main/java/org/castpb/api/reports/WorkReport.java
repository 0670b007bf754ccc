package org.castpb.api.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.evaluation.Grade;

/**
 * A society party organisation's work report for one period, and its review.
 *
 * @param id            its id
 * @param societyId     the reporting society
 * @param societyName   its name
 * @param period        the period reported on ({@code 2026-H1}, {@code 2026})
 * @param kind          half-yearly or yearly
 * @param dueOn         the day it was due
 * @param state         draft, submitted or reviewed
 * @param text          the report
 * @param attachments   its files
 * @param createdBy     who wrote it
 * @param submittedAt   when it was submitted, null for a draft
 * @param submittedBy   who submitted it
 * @param late          submitted after the day it was due (a draft past that day counts as late too)
 * @param grade         the review's grade, null until reviewed
 * @param reviewComment the review's comment, null until reviewed
 * @param reviewedBy    who reviewed it
 * @param reviewedAt    when
 * @param version       optimistic-locking version
 */
public record WorkReport(long id, long societyId, String societyName, String period, ReportKind kind, LocalDate dueOn,
                         ReportState state, String text, List<Attachment> attachments, String createdBy,
                         Instant submittedAt, String submittedBy, boolean late, Grade grade, String reviewComment,
                         String reviewedBy, Instant reviewedAt, long version) {

    public WorkReport {
        attachments = List.copyOf(attachments);
    }
}
