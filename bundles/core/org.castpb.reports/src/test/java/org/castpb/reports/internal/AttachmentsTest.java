package org.castpb.reports.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.castpb.api.FieldError;
import org.castpb.api.reports.AttachmentUpload;
import org.junit.Test;

public class AttachmentsTest {

    private static List<String> problems(AttachmentUpload... uploads) {
        return Attachments.check(List.of(uploads), 4096, 3).stream().map(e -> e.field() + " " + e.code()).toList();
    }

    @Test
    public void pdfDocxAndDocAreAcceptedWhenTheirContentIsWhatTheirNameSays() {
        assertEquals(List.of(), problems(new AttachmentUpload("2026年上半年党建工作报告.pdf", Files.pdf()),
                new AttachmentUpload("附件.DOCX", Files.docx()), new AttachmentUpload("旧版.doc", Files.doc())));
    }

    @Test
    public void aFileThatIsNotWhatItsNameSaysIsRefused() {
        assertEquals(List.of("attachments[0].content TYPE_MISMATCH", "attachments[1].content TYPE_MISMATCH",
                        "attachments[2].content TYPE_MISMATCH"),
                problems(new AttachmentUpload("report.pdf", Files.exe()), new AttachmentUpload("report.docx", Files.xlsx()),
                        new AttachmentUpload("report.doc", Files.pdf())));
    }

    @Test
    public void aNameWithAFolderOrDriveIsRefusedWhateverTheContent() {
        assertEquals(List.of("attachments[0].fileName PATH_IN_NAME", "attachments[1].fileName PATH_IN_NAME",
                        "attachments[2].fileName PATH_IN_NAME"),
                problems(new AttachmentUpload("../../etc/report.pdf", Files.pdf()), new AttachmentUpload("C:\\temp\\r.pdf", Files.pdf()),
                        new AttachmentUpload("reports/r.pdf", Files.pdf())));
    }

    @Test
    public void otherTypesTooLargeAndEmptyFilesAreRefused() {
        assertEquals(List.of("attachments[0].fileName UNSUPPORTED_TYPE", "attachments[1].content TOO_LARGE",
                        "attachments[2].content REQUIRED"),
                problems(new AttachmentUpload("run.exe", Files.exe()), new AttachmentUpload("big.pdf", big()),
                        new AttachmentUpload("empty.pdf", new byte[0])));
    }

    @Test
    public void tooManyAttachmentsAreRefused() {
        List<FieldError> errors = Attachments.check(List.of(new AttachmentUpload("a.pdf", Files.pdf()), new AttachmentUpload("b.pdf", Files.pdf()),
                new AttachmentUpload("c.pdf", Files.pdf()), new AttachmentUpload("d.pdf", Files.pdf())), 4096, 3);
        assertEquals("attachments TOO_MANY", errors.get(0).field() + " " + errors.get(0).code());
    }

    private static byte[] big() {
        byte[] pdf = Files.pdf();
        byte[] b = new byte[4097];
        System.arraycopy(pdf, 0, b, 0, pdf.length);
        return b;
    }
}
