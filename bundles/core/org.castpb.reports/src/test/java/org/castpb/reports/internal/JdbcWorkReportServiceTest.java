package org.castpb.reports.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.reports.AttachmentUpload;
import org.castpb.api.reports.ReportDraft;
import org.castpb.api.reports.ReportState;
import org.castpb.api.reports.ReportStatus;
import org.castpb.api.reports.WorkReport;
import org.castpb.api.reports.WorkReportService;
import org.junit.Before;
import org.junit.Test;

public class JdbcWorkReportServiceTest {

    private static final Actor NATIONAL = new Actor("wang", Set.of("national-admin"));
    private static final Actor ZHEJIANG = new Actor("zj", Set.of("local-admin"), Scope.region("33"));
    private static final Actor SECRETARY = new Actor("li", Set.of("society-secretary"), Scope.societies(List.of(1L)));

    private ReportDatabase db;

    @Before
    public void societies() {
        // 1 national, 2 Zhejiang provincial, 3 Zhejiang provincial dissolved, 4 Beijing provincial
        db = new ReportDatabase().society(1, "NATIONAL", "100000", "ACTIVE").society(2, "PROVINCIAL", "330000", "ACTIVE")
                .society(3, "PROVINCIAL", "330000", "DISSOLVED").society(4, "PROVINCIAL", "110000", "ACTIVE");
    }

    /** The service on a day of 2026; provincial societies report yearly only, due 31 days after the period. */
    private JdbcWorkReportService on(String day) {
        Clock clock = Clock.fixed(ZonedDateTime.of(LocalDate.parse(day).atTime(10, 0), JdbcWorkReportService.BEIJING).toInstant(),
                JdbcWorkReportService.BEIJING);
        return new JdbcWorkReportService(db.dataSource, ReportDatabase.config(new String[] {"HALF_YEARLY, YEARLY"},
                new String[] {"YEARLY"}, 31, 4), clock);
    }

    private static ReportDraft draft(long society, String period, AttachmentUpload... files) {
        return new ReportDraft(society, period, "上半年召开支部党员大会 3 次，党课 2 次。", List.of(files));
    }

    @Test
    public void aSocietyWritesItsReportWithAttachmentsAsADraftAndSubmitsItInTime() {
        JdbcWorkReportService service = on("2026-07-20");
        WorkReport draft = service.create(SECRETARY, draft(1, "2026-H1", new AttachmentUpload("报告.pdf", Files.pdf())));

        assertEquals(ReportState.DRAFT, draft.state());
        assertEquals(LocalDate.parse("2026-07-31"), draft.dueOn());
        assertEquals("application/pdf", draft.attachments().get(0).mediaType());
        assertArrayEquals(Files.pdf(), service.attachment(SECRETARY, draft.id(), draft.attachments().get(0).id()).content());
        WorkReport submitted = service.submit(SECRETARY, draft.id());
        assertEquals(ReportState.SUBMITTED, submitted.state());
        assertEquals("li", submitted.submittedBy());
        assertFalse(submitted.late());
        assertEquals(List.of("CREATE", "SUBMIT"), service.history(NATIONAL, draft.id()).stream().map(e -> e.change()).toList());
    }

    @Test
    public void aBadAttachmentRefusesTheWholeReportAndStoresNothing() {
        try {
            on("2026-07-20").create(SECRETARY, draft(1, "2026-H1", new AttachmentUpload("报告.pdf", Files.pdf()),
                    new AttachmentUpload("附件.docx", Files.exe())));
            fail("a report with an executable named .docx was stored");
        } catch (ValidationException e) {
            assertEquals(List.of("attachments[1].content TYPE_MISMATCH"), e.errors().stream().map(f -> f.field() + " " + f.code()).toList());
        }
        assertEquals(0, db.count("RPT_REPORT"));
        assertEquals(0, db.count("RPT_ATTACHMENT"));
    }

    @Test
    public void reviewingAReportNotYetSubmittedIsRefusedAndAReviewedOneCannotBeReviewedAgain() {
        JdbcWorkReportService service = on("2026-07-20");
        WorkReport draft = service.create(NATIONAL, draft(1, "2026-H1"));
        assertEquals(List.of("state NOT_SUBMITTED"), codes(() -> service.review(NATIONAL, draft.id(), Grade.GOOD, "内容翔实")));
        assertEquals(ReportState.DRAFT, service.get(NATIONAL, draft.id()).state());

        service.submit(NATIONAL, draft.id());
        WorkReport reviewed = service.review(NATIONAL, draft.id(), Grade.GOOD, "内容翔实，请加强党课记录");
        assertEquals(ReportState.REVIEWED, reviewed.state());
        assertEquals(Grade.GOOD, reviewed.grade());
        assertEquals("wang", reviewed.reviewedBy());
        assertEquals(List.of("state NOT_SUBMITTED"), codes(() -> service.review(NATIONAL, draft.id(), Grade.EXCELLENT, "again")));
    }

    @Test
    public void aReviewNeedsAGradeAndAComment() {
        JdbcWorkReportService service = on("2026-07-20");
        WorkReport report = service.submit(NATIONAL, service.create(NATIONAL, draft(1, "2026-H1")).id());
        assertEquals(List.of("grade REQUIRED", "comment REQUIRED"), codes(() -> service.review(NATIONAL, report.id(), null, " ")));
    }

    @Test
    public void aNationalSocietysReportIsReviewedByTheSocietiesPartyCommitteeALocalOneByItsLocalAdministrator() {
        JdbcWorkReportService service = on("2027-01-10");
        WorkReport national = service.submit(NATIONAL, service.create(NATIONAL, draft(1, "2026")).id());
        WorkReport local = service.submit(ZHEJIANG, service.create(ZHEJIANG, draft(2, "2026")).id());

        try {
            service.review(SECRETARY, national.id(), Grade.GOOD, "自评");
            fail("a secretary reviewed their own report");
        } catch (ForbiddenException expected) {
            // the committee above reviews
        }
        // the national society is outside a local administrator's scope, so it does not exist for it
        try {
            service.review(ZHEJIANG, national.id(), Grade.GOOD, "好");
            fail("a local administrator reviewed a national society's report");
        } catch (ForbiddenException expected) {
            assertEquals(ForbiddenException.OUT_OF_SCOPE, expected.code());
        }
        assertEquals(ReportState.REVIEWED, service.review(ZHEJIANG, local.id(), Grade.QUALIFIED, "基本完成").state());
    }

    @Test
    public void aReportIsWrittenOnlyForAScheduledPeriodOnceAndInScope() {
        JdbcWorkReportService service = on("2026-07-20");
        assertEquals(List.of("period NOT_SCHEDULED"), codes(() -> service.create(ZHEJIANG, draft(2, "2026-H1"))));
        assertEquals(List.of("period INVALID"), codes(() -> service.create(ZHEJIANG, draft(2, "2026-Q1"))));
        service.create(NATIONAL, draft(1, "2026-H1"));
        try {
            service.create(NATIONAL, draft(1, "2026-H1"));
            fail("a second report for one period");
        } catch (ConflictException e) {
            assertEquals(WorkReportService.REPORT_EXISTS, e.code());
        }
        try {
            service.create(ZHEJIANG, draft(4, "2026"));
            fail("a Zhejiang administrator wrote a Beijing society's report");
        } catch (ForbiddenException e) {
            assertEquals(ForbiddenException.OUT_OF_SCOPE, e.code());
        }
        try {
            service.bySociety(ZHEJIANG, 1);
            fail("a national society's reports read by a local administrator");
        } catch (NotFoundException expected) {
            // outside the scope it does not exist
        }
    }

    @Test
    public void theStatusSheetListsMissingLateAndReviewedReportsOfTheActiveSocietiesThatOweThem() {
        JdbcWorkReportService early = on("2027-01-20");
        long inTime = early.submit(NATIONAL, early.create(NATIONAL, draft(1, "2026")).id()).id();
        early.review(NATIONAL, inTime, Grade.EXCELLENT, "按时报送，内容完整");
        JdbcWorkReportService late = on("2027-02-10");
        WorkReport zhejiang = late.submit(ZHEJIANG, late.create(ZHEJIANG, draft(2, "2026")).id());
        assertTrue(zhejiang.late());

        // society 3 is dissolved and owes nothing; 4 never reported
        assertEquals(List.of("1 REVIEWED false EXCELLENT", "2 SUBMITTED true null", "4 MISSING true null"),
                rows(late.status(NATIONAL, "2026", null, false, 0, 50).items()));
        assertEquals(List.of("4 MISSING true null"), rows(late.status(NATIONAL, "2026", ReportState.MISSING, false, 0, 50).items()));
        assertEquals(List.of("2 SUBMITTED true null", "4 MISSING true null"), rows(late.status(NATIONAL, "2026", null, true, 0, 50).items()));
        assertEquals(List.of("2 SUBMITTED true null"), rows(late.status(ZHEJIANG, "2026", null, false, 0, 50).items()));
        // before the due day a missing report is not late yet; half-years are owed by national societies only
        assertEquals(List.of("1 MISSING false null"), rows(on("2026-07-01").status(NATIONAL, "2026-H1", null, false, 0, 50).items()));
        // the report history of a society's record
        assertEquals(List.of("2026 SUBMITTED"), late.bySociety(ZHEJIANG, 2).stream().map(r -> r.period() + " " + r.state()).toList());
    }

    private static List<String> rows(List<ReportStatus> rows) {
        return rows.stream().map(r -> r.societyId() + " " + r.state() + " " + r.late() + " " + r.grade()).toList();
    }

    private static List<String> codes(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(f -> f.field() + " " + f.code()).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    public void removingSocietiesRemovesTheirReportsFilesAndHistory() throws Exception {
        JdbcWorkReportService service = on("2026-07-20");
        service.submit(NATIONAL, service.create(NATIONAL, draft(1, "2026-H1", new AttachmentUpload("报告.pdf", Files.pdf()))).id());
        service.create(ZHEJIANG, draft(2, "2026"));
        try (java.sql.Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            assertEquals(java.util.Map.of("RPT_ATTACHMENT", 1, "RPT_HISTORY", 2, "RPT_REPORT", 1, "RPT_BUDGET_HISTORY", 0, "RPT_BUDGET", 0),
                    new ReportRowsRemover(null).removeSocieties(c, List.of(1L)));
            c.commit();
        }
        assertEquals(1, db.count("RPT_REPORT"));
        assertEquals(0, db.count("RPT_ATTACHMENT"));
    }
}
