package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.DemoDataService;
import org.castpb.api.DemoRemoval;

/** Takes back what castpb:demo loaded, with everything recorded about the demo societies since. */
@Service
@Command(scope = "castpb", name = "demo-remove", description = "Removes every demo society (castpb:demo) with its ledger revisions, party organisations, "
        + "requests, liaisons, rectification tasks, evaluation results and awards, in one transaction; national administrators only")
public class RemoveDemoData extends CastpbCommand {

    @Reference
    DemoDataService demo;

    @Override
    protected Object run() {
        DemoRemoval removal = demo.remove(ShellActors.current());
        System.out.println("Removed " + removal.societies() + " demo societies");
        removal.rows().forEach((table, rows) -> {
            if (rows > 0) {
                System.out.println("  " + table + ": " + rows + " rows");
            }
        });
        return null;
    }
}
