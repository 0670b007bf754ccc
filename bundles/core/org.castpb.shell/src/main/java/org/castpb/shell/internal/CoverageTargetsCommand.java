package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.TargetResult;

@Service
@Command(scope = "coverage", name = "targets", description = "Judges each dated coverage target as of its date: value, met or not, societies short")
public class CoverageTargetsCommand extends CastpbCommand {

    @Reference
    CoverageService coverage;

    @Override
    protected Object run() {
        ConsoleTable table = new ConsoleTable("Date", "Organisation %", "Min %", "Short", "Work %", "Min %", "Short", "Met")
                .alignRight(1, 2, 3, 4, 5, 6);
        for (TargetResult r : coverage.evaluateTargets(ShellActors.current())) {
            table.addRow(r.target().date(), r.figures().organisationRate(), r.target().organisationMin(), r.organisationShort(),
                    r.figures().workRate(), r.target().workMin(), r.workShort(), r.met() ? "yes" : "NO");
        }
        table.print(System.out);
        return null;
    }
}
