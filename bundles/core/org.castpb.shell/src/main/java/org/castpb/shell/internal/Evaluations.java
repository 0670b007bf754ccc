package org.castpb.shell.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.api.evaluation.SocietyEvaluation;

/** How the evaluation and funding commands write plugins, campaigns, results and allocations. */
final class Evaluations {

    private Evaluations() {
    }

    /** A plugin's region prefix, or {@code national} for one serving the whole country. */
    static String region(String prefix) {
        return prefix == null || prefix.isEmpty() ? "national" : prefix;
    }

    /** A campaign's region prefix, or {@code all} for one over every society. */
    static String scope(String prefix) {
        return prefix == null || prefix.isEmpty() ? "all" : prefix;
    }

    static String kinds(List<EvaluationKind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** How far the campaign's last run got: {@code evaluated/societies}. */
    static String progress(Campaign c) {
        return c.evaluated() + "/" + c.societies();
    }

    /** One line: the campaign, its status and its counts. */
    static String summary(Campaign c) {
        return "Campaign " + c.id() + " (" + c.title() + ") " + c.status() + ": " + progress(c) + " societies evaluated, "
                + c.passed() + " passed, " + c.failed() + " failed, " + c.incomplete() + " incomplete, " + c.moduleErrors()
                + " module errors";
    }

    static void printPlugins(PrintStream out, List<ModuleInfo> plugins, boolean withKinds, String none) {
        ConsoleTable table = withKinds
                ? new ConsoleTable("ID", "Name", "Version", "Region", "Kinds", "State", "Since")
                : new ConsoleTable("ID", "Name", "Version", "Region", "State", "Since");
        for (ModuleInfo m : plugins) {
            if (withKinds) {
                table.addRow(m.id(), m.name(), m.version(), region(m.region()), kinds(m.kinds()), m.state(), Texts.time(m.since()));
            } else {
                table.addRow(m.id(), m.name(), m.version(), region(m.region()), m.state(), Texts.time(m.since()));
            }
        }
        table.emptyText(none).print(out);
    }

    /** A society's result explained: the outcome and why, then each module's part with its findings. */
    static void printResult(PrintStream out, SocietyEvaluation e) {
        out.println("Society " + e.societyId() + " " + e.societyName() + " (region " + e.regionCode() + ") in campaign " + e.campaignId());
        out.printf("%-10s %s%n", "Outcome", e.outcome());
        out.printf("%-10s %s%n", "Score", Texts.text(e.score()));
        out.printf("%-10s %s%n", "Grade", Texts.text(e.grade()));
        out.printf("%-10s %s%n", "Vetoed", e.vetoed() ? "yes (one-vote veto)" : "no");
        out.printf("%-10s %s%n", "Evaluated", Texts.time(e.evaluatedAt()));
        if (e.reasons().isEmpty()) {
            out.println("Reasons: none");
        } else {
            out.println("Reasons:");
            e.reasons().forEach(r -> out.println("  - " + r));
        }
        if (e.modules().isEmpty()) {
            out.println("No module applied.");
        }
        for (ModuleResult m : e.modules()) {
            out.println();
            out.println(moduleLine(m));
            if (m.status() == ResultStatus.ERROR) {
                out.println("  error: " + m.error());
            }
            if (m.veto()) {
                out.println("  veto: " + m.vetoReason());
            }
            ConsoleTable findings = new ConsoleTable("Code", "Criterion", "Points", "Evidence").alignRight(2);
            for (Finding f : m.findings()) {
                findings.addRow(f.code(), f.title(), f.points() + "/" + f.maxPoints(), f.evidence());
            }
            if (!m.findings().isEmpty() || m.status() == ResultStatus.OK) {
                findings.emptyText("no findings").print(out);
            }
        }
    }

    /** e.g. {@code Module national-party-building 1.0.0 (national): OK, score 85.0 (17/20 points), grade GOOD, no veto, 12 ms}. */
    static String moduleLine(ModuleResult m) {
        String head = "Module " + m.moduleId() + " " + m.moduleVersion() + " (" + region(m.region()) + "): " + m.status();
        if (m.status() == ResultStatus.ERROR) {
            return head + ", no score, " + m.durationMillis() + " ms";
        }
        return head + ", score " + (m.score() == null ? "none" : m.score()) + " (" + m.points() + "/" + m.maxPoints() + " points), grade "
                + Texts.text(m.grade()) + ", " + (m.veto() ? "VETO" : "no veto") + ", " + m.durationMillis() + " ms";
    }

    /** The allocation's heading, its awards and the total. */
    static void printAllocation(PrintStream out, Allocation a) {
        out.println("Allocation " + a.id() + " of campaign " + a.campaignId() + " by scheme " + a.schemeId() + " " + a.schemeVersion()
                + ", made by " + a.createdBy() + " at " + Texts.time(a.createdAt()) + (a.note() == null ? "" : ": " + a.note()));
        ConsoleTable table = new ConsoleTable("Society", "Channel", "Amount", "Explanation").alignRight(0, 2);
        for (Award w : a.awards()) {
            table.addRow(w.societyId(), w.channel(), w.amount().toPlainString(), w.explanation());
        }
        table.emptyText("no awards").print(out);
        out.println("Total " + a.total().toPlainString() + " of a budget of " + a.budget().toPlainString() + " yuan to "
                + a.awards().size() + " awards");
    }
}
