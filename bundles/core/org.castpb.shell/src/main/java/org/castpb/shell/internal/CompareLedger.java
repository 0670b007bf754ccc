package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.FieldChange;
import org.castpb.api.LedgerComparison;
import org.castpb.api.LedgerService;

@Service
@Command(scope = "ledger", name = "compare", description = "Shows what changed in a society's ledger between two revisions")
public class CompareLedger extends CastpbCommand {

    @Reference
    LedgerService ledgers;

    @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long societyId;

    @Argument(index = 1, name = "from", description = "the earlier revision (0 for the empty ledger)", required = true)
    int from;

    @Argument(index = 2, name = "to", description = "the later revision", required = true)
    int to;

    @Override
    protected Object run() {
        LedgerComparison comparison = ledgers.compare(ShellActors.current(), societyId, from, to);
        ConsoleTable table = new ConsoleTable("Field", "Before", "After")
                .emptyText("no differences between revisions " + from + " and " + to);
        for (FieldChange change : comparison.changes()) {
            table.addRow(change.field(), change.before(), change.after());
        }
        table.print(System.out);
        return null;
    }
}
