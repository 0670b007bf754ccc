package org.castpb.api.reports;

/** Where a society's report for a period stands. */
public enum ReportState {
    /** no report recorded for the period */
    MISSING,
    /** written, attachments added, not yet submitted: the committee does not see it as reported */
    DRAFT,
    /** submitted to the party committee, awaiting review */
    SUBMITTED,
    /** reviewed with a comment and a grade */
    REVIEWED
}
