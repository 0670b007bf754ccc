package org.castpb.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.LedgerRevision;
import org.castpb.api.LedgerService;

@Service
@Command(scope = "ledger", name = "revisions", description = "Lists the revisions of a society's ledger, newest first")
public class ListLedgerRevisions extends CastpbCommand {

    @Reference
    LedgerService ledgers;

    @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long societyId;

    @Override
    protected Object run() {
        List<LedgerRevision> revisions = ledgers.revisions(ShellActors.current(), societyId);
        ConsoleTable table = new ConsoleTable("Revision", "Recorded at", "By", "Clear", "Note").alignRight(0)
                .emptyText("no ledger recorded for society " + societyId + " yet");
        for (LedgerRevision r : revisions) {
            table.addRow(r.revision(), Texts.time(r.recordedAt()), r.recordedBy(), Texts.yesNo(r.clear()), r.note());
        }
        table.print(System.out);
        return null;
    }
}
