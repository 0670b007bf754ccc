package org.castpb.shell.internal;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageRow;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.GroupBy;

@Service
@Command(scope = "coverage", name = "report", description = "Shows organisation and work coverage (两个全覆盖) as of a date, optionally broken down")
public class CoverageReportCommand extends CastpbCommand {

    @Reference
    CoverageService coverage;

    @Option(name = "--as-of", description = "the date, e.g. 2016-12-31 (default: today, Beijing)")
    String asOf;

    @Option(name = "--group-by", description = "LEVEL, REGION (province), CITY, DISCIPLINE or GROUP_MEMBER_STATUS")
    @Completion(value = StringsCompleter.class, values = {"LEVEL", "REGION", "CITY", "DISCIPLINE", "GROUP_MEMBER_STATUS"})
    GroupBy groupBy;

    @Override
    protected Object run() throws Exception {
        LocalDate date = CoverageCommands.date(asOf);
        CoverageReport report = coverage.report(ShellActors.current(), date, groupBy);
        System.out.println("Coverage as of " + report.asOf() + " (scope: " + report.scope() + ")");
        ConsoleTable table = new ConsoleTable(groupBy == null ? "" : groupBy.name(), "In scope", "Organisation", "Rate %",
                "Work", "Rate %").alignRight(1, 2, 3, 4, 5);
        for (CoverageRow row : report.rows()) {
            add(table, row.key(), row.figures());
        }
        add(table, "TOTAL", report.totals());
        table.print(System.out);
        return null;
    }

    private static void add(ConsoleTable table, String key, CoverageFigures f) {
        table.addRow(key, f.inScope(), f.organisationCovered(), f.organisationRate(), f.workCovered(), f.workRate());
    }
}
