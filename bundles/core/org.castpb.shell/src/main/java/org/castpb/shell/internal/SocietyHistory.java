package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.AuditEntry;
import org.castpb.api.SocietyService;

@Service
@Command(scope = "society", name = "history", description = "Shows who created and changed a society's record, and when")
public class SocietyHistory extends CastpbCommand {

    @Reference
    SocietyService societies;

    @Argument(index = 0, name = "id", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long id;

    @Override
    protected Object run() {
        for (AuditEntry entry : societies.history(ShellActors.current(), id)) {
            System.out.println(Texts.time(entry.at()) + "  " + entry.change() + " by " + entry.actor());
            if (entry.before() != null) {
                System.out.println("  before: " + entry.before());
            }
            System.out.println("  after:  " + entry.after());
        }
        return null;
    }
}
