package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.Page;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.UncoveredSociety;

@Service
@Command(scope = "coverage", name = "uncovered", description = "Lists the societies in scope without organisation (or with --work, work) coverage, with the ledger's reason")
public class CoverageUncoveredCommand extends CastpbCommand {

    @Reference
    CoverageService coverage;

    @Option(name = "--as-of", description = "the date, e.g. 2017-06-30 (default: today, Beijing)")
    String asOf;

    @Option(name = "--work", description = "list societies without work coverage instead of organisation coverage")
    boolean work;

    @Option(name = "--offset", description = "societies to skip")
    int offset;

    @Option(name = "--limit", description = "page size (1-1000)")
    int limit = 50;

    @Override
    protected Object run() throws Exception {
        Page<UncoveredSociety> page = coverage.uncovered(ShellActors.current(), CoverageCommands.date(asOf), work, offset, limit);
        ConsoleTable table = new ConsoleTable("ID", "Name", "USCC", "Region", "Reason (ledger)").alignRight(0);
        for (UncoveredSociety u : page.items()) {
            table.addRow(u.societyId(), u.name(), u.uscc(), u.regionCode(),
                    u.reason() == null ? "(no reason recorded)" : u.reason() + (u.reasonText() == null ? "" : ": " + u.reasonText()));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " societies without " + (work ? "work" : "organisation")
                + " coverage (offset " + page.offset() + ")");
        return null;
    }
}
