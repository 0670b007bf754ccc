package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.LedgerService;
import org.castpb.api.Page;
import org.castpb.api.SocietyQuery;
import org.castpb.api.UnclearLedger;

@Service
@Command(scope = "ledger", name = "unclear", description = "Lists the societies whose ledger is not five clears, with what each misses")
public class ListUnclearLedgers extends SocietyFilterCommand {

    @Reference
    LedgerService ledgers;

    @Option(name = "--offset", description = "societies to skip")
    int offset;

    @Option(name = "--limit", description = "page size (1-500)")
    int limit = SocietyQuery.DEFAULT_LIMIT;

    @Override
    protected Object run() {
        Page<UnclearLedger> page = ledgers.unclear(ShellActors.current(), query(offset, limit));
        ConsoleTable table = new ConsoleTable("ID", "Name", "Revision", "Not clear: missing").alignRight(0, 2);
        for (UnclearLedger u : page.items()) {
            table.addRow(u.society().id(), u.society().name(), u.revision(), Texts.missing(u.unclearSections()));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " societies whose ledger is not clear (offset " + page.offset() + ")");
        return null;
    }
}
