package org.castpb.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.Page;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.reports.ReportDraft;
import org.castpb.api.reports.ReportState;
import org.castpb.api.reports.ReportStatus;
import org.castpb.api.reports.WorkReport;
import org.castpb.api.reports.WorkReportService;
import org.castpb.api.text.Labels;

/**
 * The console's work-report commands (工作报告): report:write, submit, review, status and list. Attachments are given
 * over REST or SOAP: the console does not read files of the server's disk.
 */
final class ReportCommands {

    private ReportCommands() {
    }

    static void print(List<WorkReport> reports) {
        ConsoleTable table = new ConsoleTable("ID", "Society 学会", "Period 报告期", "Due 截止", "State 状态", "Late 逾期", "Files 附件",
                "Grade 等次", "Review 审阅意见").alignRight(0);
        reports.forEach(r -> table.addRow(r.id(), r.societyId() + " " + r.societyName(), r.period(), r.dueOn(),
                r.state() + " " + Labels.of(r.state()), r.late() ? "yes 是" : "", r.attachments().size(),
                r.grade() == null ? "" : r.grade() + " " + Labels.of(r.grade()), Texts.text(r.reviewComment())));
        table.print(System.out);
    }

    @Service
    @Command(scope = "report", name = "write", description = "Writes a society's work report (工作报告) for a period (2026, 2026-H1) as a draft")
    public static class Write extends CastpbCommand {
        @Reference
        WorkReportService reports;

        @Option(name = "--society", description = "the reporting society's id", required = true)
        @Completion(SocietyIdCompleter.class)
        long societyId;

        @Argument(index = 0, name = "period", description = "2026 for the year, 2026-H1 or 2026-H2 for a half", required = true)
        String period;

        @Argument(index = 1, name = "text", description = "the report; quote it", required = true)
        String text;

        @Override
        protected Object run() {
            print(List.of(reports.create(ShellActors.current(), new ReportDraft(societyId, period, text, List.of()))));
            return null;
        }
    }

    @Service
    @Command(scope = "report", name = "submit", description = "Submits a draft work report to the party committee")
    public static class Submit extends CastpbCommand {
        @Reference
        WorkReportService reports;

        @Argument(index = 0, name = "reportId", required = true)
        long reportId;

        @Override
        protected Object run() {
            print(List.of(reports.submit(ShellActors.current(), reportId)));
            return null;
        }
    }

    @Service
    @Command(scope = "report", name = "review", description = "Reviews a submitted work report with a grade and a comment")
    public static class Review extends CastpbCommand {
        @Reference
        WorkReportService reports;

        @Argument(index = 0, name = "reportId", required = true)
        long reportId;

        @Argument(index = 1, name = "grade", description = "EXCELLENT, GOOD, QUALIFIED or UNQUALIFIED", required = true)
        @Completion(value = StringsCompleter.class, values = {"EXCELLENT", "GOOD", "QUALIFIED", "UNQUALIFIED"})
        Grade grade;

        @Argument(index = 2, name = "comment", description = "the review; quote it", required = true)
        String comment;

        @Override
        protected Object run() {
            print(List.of(reports.review(ShellActors.current(), reportId, grade, comment)));
            return null;
        }
    }

    @Service
    @Command(scope = "report", name = "list", description = "Lists a society's work reports, newest first")
    public static class ListReports extends CastpbCommand {
        @Reference
        WorkReportService reports;

        @Argument(index = 0, name = "societyId", required = true)
        @Completion(SocietyIdCompleter.class)
        long societyId;

        @Override
        protected Object run() {
            print(reports.bySociety(ShellActors.current(), societyId));
            return null;
        }
    }

    @Service
    @Command(scope = "report", name = "status", description = "Where each society owing a report for the period stands: missing, draft, submitted, reviewed, late")
    public static class Status extends CastpbCommand {
        @Reference
        WorkReportService reports;

        @Option(name = "--state", description = "MISSING, DRAFT, SUBMITTED or REVIEWED")
        @Completion(value = StringsCompleter.class, values = {"MISSING", "DRAFT", "SUBMITTED", "REVIEWED"})
        ReportState state;

        @Option(name = "--late", description = "only late ones: submitted late, or not submitted after the due day")
        boolean late;

        @Option(name = "--offset", description = "rows to skip")
        int offset;

        @Option(name = "--limit", description = "page size (1-500)")
        int limit = 50;

        @Argument(index = 0, name = "period", description = "2026, 2026-H1 or 2026-H2", required = true)
        String period;

        @Override
        protected Object run() {
            Page<ReportStatus> page = reports.status(ShellActors.current(), period, state, late, offset, limit);
            ConsoleTable table = new ConsoleTable("Society 学会", "Name 名称", "Level 级别", "Due 截止", "State 状态", "Late 逾期", "Report 报告",
                    "Grade 等次").alignRight(0);
            page.items().forEach(r -> table.addRow(r.societyId(), r.societyName(), Labels.of(r.level()), r.dueOn(),
                    r.state() + " " + Labels.of(r.state()), r.late() ? "LATE 逾期" : "", r.reportId() == null ? "" : r.reportId(),
                    r.grade() == null ? "" : Labels.of(r.grade())));
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " societies (offset " + page.offset() + ")");
            return null;
        }
    }
}
