package org.castpb.shell.internal;

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
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.GradeEntry;
import org.castpb.api.appraisal.UnqualifiedCase;
import org.castpb.api.text.Labels;

/**
 * The console's democratic appraisal commands (民主评议党员): appraisal:list, show, record, cases, close-case, export
 * and history.
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
        ConsoleTable table = new ConsoleTable("ID", "Member 党员", "Org 组织", "Round 评议", "Year 年度", "Opened 开始", "State 状态", "Outcome 处置",
                "Version 版本").alignRight(0, 2, 3);
        cases.forEach(c -> table.addRow(c.id(), c.memberId() + " " + c.memberName(), c.organisationId(), c.roundId(), c.year(), c.openedOn(),
                Labels.of(c.state()) + (c.closedOn() == null ? "" : " " + c.closedOn()), Texts.text(c.outcome()), c.version()));
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

        @Argument(index = 0, name = "id", description = "the case's id", required = true)
        long id;

        @Argument(index = 1, name = "version", description = "the case's version as read (appraisal:cases)", required = true)
        long version;

        @Override
        protected Object run() throws Exception {
            printCases(List.of(appraisals.closeCase(ShellActors.current(), id, version, Dates.date("--on", on), outcome)));
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
