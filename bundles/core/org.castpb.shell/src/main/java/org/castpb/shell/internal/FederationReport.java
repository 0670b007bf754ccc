package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.federation.FederationService;
import org.castpb.api.federation.OutboxEntry;

@Service
@Command(scope = "federation", name = "report", description = "Makes this instance's upward report, writes it to the outbox and tries to send it to the parent")
public class FederationReport extends CastpbCommand {

    @Reference
    FederationService federation;

    @Argument(index = 0, name = "asOf", description = "the report's date, e.g. 2026-12-01 (default: today, Beijing)")
    String asOf;

    @Override
    protected Object run() throws Exception {
        OutboxEntry e = federation.report(ShellActors.current(), asOf == null ? java.time.LocalDate.now(Texts.ZONE) : Dates.date("asOf", asOf));
        System.out.println("Report " + e.reportId() + " as of " + e.asOf() + ": " + e.state()
                + (e.lastError() == null ? "" : " (" + e.lastError() + ")"));
        return null;
    }
}
