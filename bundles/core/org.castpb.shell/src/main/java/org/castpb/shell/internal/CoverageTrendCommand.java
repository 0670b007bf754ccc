package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.coverage.SnapshotService;
import org.castpb.api.coverage.TrendPoint;

@Service
@Command(scope = "coverage", name = "trend", description = "Shows coverage month by month: stored snapshots, the missing months counted for the answer")
public class CoverageTrendCommand extends CastpbCommand {

    @Reference
    SnapshotService snapshots;

    @Argument(index = 0, name = "from", description = "the first month, e.g. 2016-01", required = true)
    String from;

    @Argument(index = 1, name = "to", description = "the last month, e.g. 2017-06 (default: the current month, Beijing)")
    String to;

    @Override
    protected Object run() throws Exception {
        ConsoleTable table = new ConsoleTable("Month", "As of", "In scope", "Organisation", "Rate %", "Work", "Rate %", "Source")
                .alignRight(2, 3, 4, 5, 6);
        for (TrendPoint p : snapshots.trend(ShellActors.current(), Dates.month("from", from), Dates.month("to", to))) {
            table.addRow(Dates.monthOf(p.month()), p.asOf(), p.inScope(), p.organisationCovered(), p.organisationRate(), p.workCovered(),
                    p.workRate(), p.stored() ? "snapshot" : "counted");
        }
        table.print(System.out);
        return null;
    }
}
