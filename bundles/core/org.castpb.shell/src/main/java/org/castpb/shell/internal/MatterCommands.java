package org.castpb.shell.internal;

import java.math.BigDecimal;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.AuditEntry;
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.api.matters.MatterCategory;
import org.castpb.api.matters.MatterDraft;
import org.castpb.api.matters.Opinion;
import org.castpb.api.matters.OpinionKind;
import org.castpb.api.text.Labels;

/**
 * The console's major-matter commands (三重一大): matter:list, show, record, opinion, decide, breaches (with --csv)
 * and history.
 */
final class MatterCommands {

    private MatterCommands() {
    }

    static void print(List<MajorMatter> matters) {
        ConsoleTable table = new ConsoleTable("ID", "Society 社团", "Category 类别", "Title 事项", "Amount 金额", "Raised 提出", "Opinion 意见",
                "Decided 决策", "Breach 问题", "Version 版本").alignRight(0, 4);
        matters.forEach(m -> table.addRow(m.id(), m.societyId() + " " + m.societyName(), Labels.of(m.category()), m.title(),
                m.amount() == null ? "" : m.amount().toPlainString(), m.raisedOn(),
                m.opinion() == null ? "" : Labels.of(m.opinion().kind()) + " " + m.opinion().givenOn(), Texts.text(m.decidedOn()),
                Texts.text(m.breach()), m.version()));
        table.print(System.out);
    }

    static void printHistory(List<AuditEntry> entries) {
        ConsoleTable table = new ConsoleTable("When 时间", "Who 操作人", "Change 变更", "Before 变更前", "After 变更后");
        entries.forEach(e -> table.addRow(Texts.time(e.at()), e.actor(), e.change(), Texts.text(e.before()), Texts.text(e.after())));
        table.print(System.out);
    }

    @Service
    @Command(scope = "matter", name = "list", description = "Lists the major matters (三重一大) in your scope, raised in a period")
    public static class ListMatters extends CastpbCommand {
        @Reference
        MajorMatterService matters;

        @Option(name = "--society", description = "a society's id")
        Long societyId;

        @Option(name = "--from", description = "raised on or after, e.g. 2026-01-01")
        String from;

        @Option(name = "--to", description = "raised on or before")
        String to;

        @Override
        protected Object run() throws Exception {
            List<MajorMatter> found = matters.list(ShellActors.current(), societyId, from == null ? null : Dates.date("--from", from),
                    to == null ? null : Dates.date("--to", to));
            print(found);
            System.out.println(found.size() + " matters 项");
            return null;
        }
    }

    @Service
    @Command(scope = "matter", name = "show", description = "Shows a major matter with the party organisation's opinion")
    public static class ShowMatter extends CastpbCommand {
        @Reference
        MajorMatterService matters;

        @Argument(index = 0, name = "id", description = "the matter's id", required = true)
        long id;

        @Override
        protected Object run() {
            MajorMatter m = matters.get(ShellActors.current(), id);
            print(List.of(m));
            if (m.opinion() != null) {
                System.out.println("Opinion 党组织意见: " + m.opinion().text());
            }
            System.out.println("Rule set 规则版本: " + m.ruleSetVersion() + (m.threshold() == null ? "" : ", threshold 限额 " + m.threshold().toPlainString()));
            return null;
        }
    }

    @Service
    @Command(scope = "matter", name = "record", description = "Records a society's major matter, with the opinion and the decision if already there")
    public static class RecordMatter extends CastpbCommand {
        @Reference
        MajorMatterService matters;

        @Option(name = "--society", description = "the society's id", required = true)
        long societyId;

        @Option(name = "--category", description = "MAJOR_DECISION, IMPORTANT_PERSONNEL, LARGE_EXPENDITURE, LARGE_DONATION or FOREIGN_RELATED", required = true)
        @Completion(value = StringsCompleter.class, values = {"MAJOR_DECISION", "IMPORTANT_PERSONNEL", "LARGE_EXPENDITURE", "LARGE_DONATION", "FOREIGN_RELATED"})
        MatterCategory category;

        @Option(name = "--title", description = "what the matter is", required = true)
        String title;

        @Option(name = "--raised", description = "the day it was raised, e.g. 2026-03-01", required = true)
        String raised;

        @Option(name = "--amount", description = "yuan (expenditures and donations)")
        BigDecimal amount;

        @Option(name = "--opinion", description = "AGREE, AGREE_WITH_CONDITIONS or DISAGREE")
        @Completion(value = StringsCompleter.class, values = {"AGREE", "AGREE_WITH_CONDITIONS", "DISAGREE"})
        OpinionKind opinion;

        @Option(name = "--opinion-text", description = "the opinion's text")
        String opinionText;

        @Option(name = "--opinion-on", description = "the day the opinion was given")
        String opinionOn;

        @Option(name = "--decided", description = "the day the society decided")
        String decided;

        @Override
        protected Object run() throws Exception {
            Opinion o = opinion == null && opinionText == null && opinionOn == null ? null
                    : new Opinion(opinion, opinionText, opinionOn == null ? null : Dates.date("--opinion-on", opinionOn));
            print(List.of(matters.record(ShellActors.current(), new MatterDraft(societyId, category, title, Dates.date("--raised", raised), amount,
                    o, decided == null ? null : Dates.date("--decided", decided)))));
            return null;
        }
    }

    @Service
    @Command(scope = "matter", name = "opinion", description = "Records the party organisation's opinion on a matter")
    public static class GiveOpinion extends CastpbCommand {
        @Reference
        MajorMatterService matters;

        @Option(name = "--kind", description = "AGREE, AGREE_WITH_CONDITIONS or DISAGREE", required = true)
        @Completion(value = StringsCompleter.class, values = {"AGREE", "AGREE_WITH_CONDITIONS", "DISAGREE"})
        OpinionKind kind;

        @Option(name = "--text", description = "the opinion's text", required = true)
        String text;

        @Option(name = "--on", description = "the day it was given", required = true)
        String on;

        @Argument(index = 0, name = "id", description = "the matter's id", required = true)
        long id;

        @Argument(index = 1, name = "version", description = "the matter's version as read", required = true)
        long version;

        @Override
        protected Object run() throws Exception {
            print(List.of(matters.giveOpinion(ShellActors.current(), id, version, new Opinion(kind, text, Dates.date("--on", on)))));
            return null;
        }
    }

    @Service
    @Command(scope = "matter", name = "decide", description = "Records the society's decision on a matter")
    public static class Decide extends CastpbCommand {
        @Reference
        MajorMatterService matters;

        @Option(name = "--on", description = "the day of the decision", required = true)
        String on;

        @Argument(index = 0, name = "id", description = "the matter's id", required = true)
        long id;

        @Argument(index = 1, name = "version", description = "the matter's version as read", required = true)
        long version;

        @Override
        protected Object run() throws Exception {
            print(List.of(matters.decide(ShellActors.current(), id, version, Dates.date("--on", on))));
            return null;
        }
    }

    @Service
    @Command(scope = "matter", name = "breaches", description = "Lists the matters decided without an earlier opinion or against a disagreeing one; "
            + "--csv prints them as CSV with Chinese headers")
    public static class Breaches extends CastpbCommand {
        @Reference
        MajorMatterService matters;

        @Option(name = "--from", description = "decided on or after")
        String from;

        @Option(name = "--to", description = "decided on or before")
        String to;

        @Option(name = "--csv", description = "CSV instead of a table")
        boolean csv;

        @Override
        protected Object run() throws Exception {
            java.time.LocalDate f = from == null ? null : Dates.date("--from", from);
            java.time.LocalDate t = to == null ? null : Dates.date("--to", to);
            if (csv) {
                System.out.print(matters.exportBreachesCsv(ShellActors.current(), f, t));
                return null;
            }
            List<MajorMatter> found = matters.breaches(ShellActors.current(), f, t);
            print(found);
            System.out.println(found.size() + " breaches 项违规");
            return null;
        }
    }

    @Service
    @Command(scope = "matter", name = "history", description = "Shows who changed a matter when")
    public static class MatterHistory extends CastpbCommand {
        @Reference
        MajorMatterService matters;

        @Argument(index = 0, name = "id", description = "the matter's id", required = true)
        long id;

        @Override
        protected Object run() {
            printHistory(matters.history(ShellActors.current(), id));
            return null;
        }
    }
}
