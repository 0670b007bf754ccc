package org.castpb.api.reports;

import java.util.List;

/**
 * A work report as a society writes it.
 *
 * @param societyId   the reporting society
 * @param period      the period reported on, e.g. {@code 2026-H1} or {@code 2026}
 * @param text        the report itself
 * @param attachments files given with it (PDF or Word), none when null
 */
public record ReportDraft(long societyId, String period, String text, List<AttachmentUpload> attachments) {

    public ReportDraft {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
