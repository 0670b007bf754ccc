package org.castpb.shell.internal;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageSnapshot;
import org.castpb.api.coverage.SnapshotService;

@Service
@Command(scope = "coverage", name = "snapshots", description = "Lists the stored monthly coverage snapshots of a range of months, oldest first")
public class CoverageSnapshotsCommand extends CastpbCommand {

    @Reference
    SnapshotService snapshots;

    @Argument(index = 0, name = "from", description = "the first month, e.g. 2016-01", required = true)
    String from;

    @Argument(index = 1, name = "to", description = "the last month, e.g. 2017-06 (default: the current month, Beijing)")
    String to;

    @Override
    protected Object run() throws Exception {
        LocalDate first = Dates.month("from", from);
        LocalDate last = Dates.month("to", to);
        ConsoleTable table = new ConsoleTable("Month", "As of", "In scope", "Organisation", "Rate %", "Work", "Rate %", "Taken at")
                .alignRight(2, 3, 4, 5, 6)
                .emptyText("no snapshot stored for " + Dates.monthOf(first) + " to " + Dates.monthOf(last)
                        + "; coverage:trend counts the months without one");
        for (CoverageSnapshot s : snapshots.snapshots(ShellActors.current(), first, last)) {
            CoverageFigures f = s.figures();
            table.addRow(Dates.monthOf(s.month()), s.asOf(), f.inScope(), f.organisationCovered(), f.organisationRate(), f.workCovered(),
                    f.workRate(), Texts.time(s.takenAt()));
        }
        table.print(System.out);
        return null;
    }
}
