package org.castpb.shell.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.appraisal.AppraisalDraft;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.CaseResult;
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.CaseStepDraft;
import org.castpb.api.appraisal.GradeEntry;
import org.castpb.api.appraisal.HandlingStep;
import org.castpb.api.appraisal.UnqualifiedCase;
import org.castpb.api.text.Labels;

/**
 * The console's democratic appraisal commands (民主评议党员): appraisal:list, show, record, cases, case, open-case,
 * open-cases-for-candidates, case-step, close-case, case-history, export and history.
 */
final class AppraisalCommands {

    private AppraisalCommands() {
    }

    static void print(List<AppraisalRound> rounds) {
        ConsoleTable table = new ConsoleTable("ID", "Org 组织", "Year 年度", "Held 评议日期", "Appraised 人数", "Excellent 优秀",
                "Unqualified 不合格", "Warnings 预警", "Justification 说明").alignRight(0, 1, 4, 5, 6);
        rounds.forEach(r -> table.addRow(r.id(), r.organisationId() + " " + Texts.text(r.organisationName()), r.year(), r.heldOn(),
                r.grades().size(), r.count(AppraisalGrade.EXCELLENT), r.count(AppraisalGrade.UNQUALIFIED), String.join(" ", r.warnings()),
                Texts.text(r.justification())));
        table.print(System.out);
    }

    static void printCases(List<UnqualifiedCase> cases) {
        ConsoleTable table = new ConsoleTable("ID", "Member 党员", "Org 组织", "Round 评议", "Year 年度", "Opened 开始", "Last step 最近步骤",
                "State 状态", "Outcome 处置", "Version 版本").alignRight(0, 2, 3);
        cases.forEach(c -> table.addRow(c.id(), c.memberId() + " " + c.memberName(), c.organisationId(), c.roundId() == 0 ? "-" : c.roundId(),
                c.year(), c.openedOn(), c.lastStep() == null ? "" : Labels.of(c.lastStep().kind()) + " " + c.lastStep().on(),
                Labels.of(c.state()) + (c.closedOn() == null ? "" : " " + c.closedOn()) + (c.result() == null ? "" : " " + Labels.of(c.result())),
                Texts.text(c.outcome()), c.version()));
        table.print(System.out);
    }

    @Service
    @Command(scope = "appraisal", name = "list", description = "Lists the democratic appraisal rounds (民主评议) in your scope")
    public static class ListAppraisals extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Option(name = "--organisation", description = "a party organisation's id")
        Long organisationId;

        @Option(name = "--society", description = "a society's id")
        Long societyId;

        @Option(name = "--year", description = "the year appraised")
        Integer year;

        @Override
        protected Object run() {
            List<AppraisalRound> rounds = appraisals.list(ShellActors.current(), organisationId, societyId, year);
            print(rounds);
            System.out.println(rounds.size() + " rounds 次评议");
            return null;
        }
    }

    @Service
    @Command(scope = "appraisal", name = "show", description = "Shows a round with every member's grade")
    public static class ShowAppraisal extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Argument(index = 0, name = "id", description = "the round's id", required = true)
        long id;

        @Override
        protected Object run() {
            AppraisalRound r = appraisals.get(ShellActors.current(), id);
            print(List.of(r));
            ConsoleTable table = new ConsoleTable("Member 党员", "Name 姓名", "Grade 等次").alignRight(0);
            r.grades().forEach(g -> table.addRow(g.memberId(), g.name(), Labels.of(g.grade()) + " " + g.grade()));
            table.print(System.out);
            return null;
        }
    }

    @Service
    @Command(scope = "appraisal", name = "record", description = "Records a round: --grade MEMBER_ID=GRADE for each member appraised; "
            + "more EXCELLENT than the rule allows needs --justification; UNQUALIFIED opens a case")
    public static class RecordAppraisal extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Option(name = "--organisation", description = "the party organisation's id", required = true)
        long organisationId;

        @Option(name = "--year", description = "the year appraised", required = true)
        int year;

        @Option(name = "--held", description = "the day of the appraisal meeting, e.g. 2026-01-15", required = true)
        String held;

        @Option(name = "--grade", description = "MEMBER_ID=EXCELLENT, QUALIFIED, BASICALLY_QUALIFIED or UNQUALIFIED; once per member",
                required = true, multiValued = true)
        List<String> grades;

        @Option(name = "--justification", description = "why more members than the rule allows are EXCELLENT")
        String justification;

        @Override
        protected Object run() throws Exception {
            List<GradeEntry> entries = new ArrayList<>();
            for (String g : grades) {
                String[] pair = g.split("=", 2);
                try {
                    entries.add(new GradeEntry(Long.parseLong(pair[0].strip()), AppraisalGrade.valueOf(pair[1].strip())));
                } catch (RuntimeException e) {
                    throw badInput("--grade " + g + ": expected MEMBER_ID=GRADE, GRADE one of EXCELLENT, QUALIFIED, BASICALLY_QUALIFIED, UNQUALIFIED");
                }
            }
            AppraisalRound r = appraisals.record(ShellActors.current(), new AppraisalDraft(organisationId, year, Dates.date("--held", held),
                    entries, justification));
            print(List.of(r));
            System.out.println("Recorded round " + r.id() + (r.count(AppraisalGrade.UNQUALIFIED) > 0
                    ? "; " + r.count(AppraisalGrade.UNQUALIFIED) + " unqualified-member case(s) opened (appraisal:cases)" : ""));
            return null;
        }
    }

    @Service
    @Command(scope = "appraisal", name = "cases", description = "Lists the unqualified-member cases (不合格党员处置) in your scope")
    public static class ListCases extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Option(name = "--state", description = "OPEN or CLOSED (all when not given)")
        @Completion(value = StringsCompleter.class, values = {"OPEN", "CLOSED"})
        CaseState state;

        @Override
        protected Object run() {
            List<UnqualifiedCase> cases = appraisals.cases(ShellActors.current(), state);
            printCases(cases);
            System.out.println(cases.size() + " cases 件");
            return null;
        }
    }

    @Service
    @Command(scope = "appraisal", name = "close-case", description = "Closes an unqualified-member case with how it was handled")
    public static class CloseCase extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Option(name = "--on", description = "the day it was closed, e.g. 2026-11-30", required = true)
        String on;

        @Option(name = "--outcome", description = "how the case was handled", required = true)
        String outcome;

        @Option(name = "--result", description = "IMPROVED, PERSUADED_TO_LEAVE (the member leaves the roll) or OTHER (the default);"
                + " a removal is the step REMOVAL (appraisal:case-step)")
        @Completion(value = StringsCompleter.class, values = {"IMPROVED", "PERSUADED_TO_LEAVE", "OTHER"})
        CaseResult result;

        @Argument(index = 0, name = "id", description = "the case's id", required = true)
        long id;

        @Argument(index = 1, name = "version", description = "the case's version as read (appraisal:cases)", required = true)
        long version;

        @Override
        protected Object run() throws Exception {
            printCase(appraisals.closeCase(ShellActors.current(), id, version, Dates.date("--on", on), result == null ? CaseResult.OTHER : result,
                    outcome));
            return null;
        }
    }

    static void printCase(UnqualifiedCase c) {
        printCases(List.of(c));
        if (c.openReason() != null) {
            System.out.println("Opened by hand 手动立案: " + Texts.text(c.openReason()));
        }
        ConsoleTable table = new ConsoleTable("No 序号", "Step 步骤", "On 日期", "Deadline 期限", "Note 说明", "By 记录人").alignRight(0);
        c.steps().forEach(s -> table.addRow(s.number(), Labels.of(s.kind()) + " " + s.kind(), s.on(), s.deadline() == null ? "" : s.deadline(),
                Texts.text(s.note()), s.recordedBy()));
        table.print(System.out);
        if (c.result() != null) {
            System.out.println("Result 结果: " + Labels.of(c.result()) + " " + c.result());
        }
    }

    @Service
    @Command(scope = "appraisal", name = "case", description = "Shows an unqualified-member case with its handling steps (处置步骤)")
    public static class ShowCase extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Argument(index = 0, name = "id", description = "the case's id", required = true)
        long id;

        @Override
        protected Object run() {
            printCase(appraisals.getCase(ShellActors.current(), id));
            return null;
        }
    }

    @Service
    @Command(scope = "appraisal", name = "open-case", description = "Opens an unqualified-member case by hand (e.g. a member absent from"
            + " organisational life for six months: life:alerts lists them)")
    public static class OpenCase extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Option(name = "--on", description = "the day it is opened, e.g. 2026-06-01", required = true)
        String on;

        @Option(name = "--reason", description = "why, e.g. 连续六个月无正当理由不参加组织生活", required = true)
        String reason;

        @Argument(index = 0, name = "memberId", description = "the member's id", required = true)
        long memberId;

        @Override
        protected Object run() throws Exception {
            printCase(appraisals.openCase(ShellActors.current(), memberId, Dates.date("--on", on), reason));
            return null;
        }
    }

    @Service
    @Command(scope = "appraisal", name = "open-cases-for-candidates", description = "Opens a case for each member the organisational-life"
            + " alerts list as a candidate (absent without reason; life:alerts) who has none open")
    public static class OpenCasesForCandidates extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Option(name = "--on", description = "the day they are opened (default: today, Beijing)")
        String on;

        @Override
        protected Object run() throws Exception {
            List<UnqualifiedCase> opened = appraisals.openCasesForCandidates(ShellActors.current(), on == null ? LocalDate.now(Texts.ZONE) : Dates.date("--on", on));
            printCases(opened);
            System.out.println(opened.size() + " cases opened 件立案");
            return null;
        }
    }

    @Service
    @Command(scope = "appraisal", name = "case-step", description = "Records the next handling step of a case: EDUCATION, IMPROVEMENT_DEADLINE"
            + " (with --deadline), PERSUASION_TO_LEAVE, REMOVAL (closes the case and removes the member from the roll)")
    public static class RecordCaseStep extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Option(name = "--on", description = "the day the step was taken", required = true)
        String on;

        @Option(name = "--deadline", description = "for IMPROVEMENT_DEADLINE: the day the member must have improved by")
        String deadline;

        @Option(name = "--note", description = "what was done", required = true)
        String note;

        @Argument(index = 0, name = "id", description = "the case's id", required = true)
        long id;

        @Argument(index = 1, name = "version", description = "the case's version as read (appraisal:case)", required = true)
        long version;

        @Argument(index = 2, name = "kind", description = "EDUCATION, IMPROVEMENT_DEADLINE, PERSUASION_TO_LEAVE or REMOVAL", required = true)
        @Completion(value = StringsCompleter.class, values = {"EDUCATION", "IMPROVEMENT_DEADLINE", "PERSUASION_TO_LEAVE", "REMOVAL"})
        HandlingStep kind;

        @Override
        protected Object run() throws Exception {
            printCase(appraisals.recordStep(ShellActors.current(), id, version, new CaseStepDraft(kind, Dates.date("--on", on),
                    deadline == null ? null : Dates.date("--deadline", deadline), note)));
            return null;
        }
    }

    @Service
    @Command(scope = "appraisal", name = "case-history", description = "Shows who opened a case, recorded its steps and closed it, and when")
    public static class CaseHistory extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Argument(index = 0, name = "id", description = "the case's id", required = true)
        long id;

        @Override
        protected Object run() {
            MatterCommands.printHistory(appraisals.caseHistory(ShellActors.current(), id));
            return null;
        }
    }

    @Service
    @Command(scope = "appraisal", name = "export", description = "Prints the grades of the rounds in your scope as CSV with Chinese headers")
    public static class ExportAppraisals extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Option(name = "--year", description = "the year appraised (all when not given)")
        Integer year;

        @Override
        protected Object run() {
            System.out.print(appraisals.exportCsv(ShellActors.current(), year));
            return null;
        }
    }

    @Service
    @Command(scope = "appraisal", name = "history", description = "Shows who recorded a round and its cases' changes, and when")
    public static class AppraisalHistory extends CastpbCommand {
        @Reference
        AppraisalService appraisals;

        @Argument(index = 0, name = "id", description = "the round's id", required = true)
        long id;

        @Override
        protected Object run() {
            MatterCommands.printHistory(appraisals.history(ShellActors.current(), id));
            return null;
        }
    }
}
