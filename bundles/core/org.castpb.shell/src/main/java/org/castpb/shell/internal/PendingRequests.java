package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.PendingRequest;

@Service
@Command(scope = "porg", name = "pending", description = "Lists the establishment requests (报批) waiting for a decision, oldest first, with their age")
public class PendingRequests extends CastpbCommand {

    @Reference
    EstablishmentRequestService requests;

    @Override
    protected Object run() {
        ConsoleTable table = new ConsoleTable("Request", "Name", "Type", "Societies", "Submitted", "Age (days)", "Overdue").alignRight(0, 5);
        for (PendingRequest p : requests.pending(ShellActors.current())) {
            table.addRow(p.requestId(), p.name(), p.type(), p.societyIds(), Texts.time(p.submittedAt()), p.ageDays(),
                    p.overdue() ? "OVERDUE" : "");
        }
        table.print(System.out);
        return null;
    }
}
