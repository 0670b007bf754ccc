package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.federation.ChildInstance;
import org.castpb.api.federation.FederationOverview;
import org.castpb.api.federation.FederationService;
import org.castpb.api.federation.OutboxEntry;

@Service
@Command(scope = "federation", name = "status", description = "Lists this instance's outbox of upward reports, newest first; with --children, the child instances that report here")
public class FederationOutbox extends CastpbCommand {

    @Reference
    FederationService federation;

    @Option(name = "--children", description = "list the child instances and their latest report instead")
    boolean children;

    @Override
    protected Object run() {
        if (children) {
            FederationOverview overview = federation.overview(ShellActors.current(), java.time.LocalDate.now(Texts.ZONE));
            System.out.println("Own societies:      " + figures(overview.own()));
            System.out.println("Reported by children: " + figures(overview.reported()));
            System.out.println("Together:           " + figures(overview.combined()));
            ConsoleTable table = new ConsoleTable("Instance", "Name", "Level", "Region", "Reports", "Latest as of", "Received",
                    "Organisation %", "Work %", "Overdue").alignRight(4, 7, 8).emptyText("no child instance is registered or has reported here");
            for (ChildInstance c : federation.children(ShellActors.current())) {
                table.addRow(c.instanceId(), c.displayName(), c.level(), c.regionCode(), c.reports(), c.lastAsOf(),
                        Texts.time(c.lastReceivedAt()), c.lastTotals() == null ? "" : c.lastTotals().organisationRate(),
                        c.lastTotals() == null ? "" : c.lastTotals().workRate(), Texts.yesNo(c.overdue()));
            }
            table.print(System.out);
            return null;
        }
        ConsoleTable table = new ConsoleTable("Report", "As of", "State", "Attempts", "Created", "Next attempt", "Parent's answer")
                .alignRight(3).emptyText("the outbox is empty: federation:report makes a report");
        for (OutboxEntry e : federation.outbox(ShellActors.current(), 0, 50).items()) {
            table.addRow(e.reportId(), e.asOf(), e.state(), e.attempts(), Texts.time(e.createdAt()), Texts.time(e.nextAttemptAt()),
                    Texts.text(e.lastError()));
        }
        table.print(System.out);
        return null;
    }

    private static String figures(CoverageFigures f) {
        return f.inScope() + " in scope, organisation " + f.organisationCovered() + " (" + f.organisationRate() + " %), work "
                + f.workCovered() + " (" + f.workRate() + " %)";
    }
}
