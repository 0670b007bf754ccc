package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.organisation.EstablishmentRequest;
import org.castpb.api.organisation.EstablishmentRequestService;

@Service
@Command(scope = "porg", name = "decide", description = "Submits, returns, approves or rejects an establishment request (the Societies Party Committee decides)")
public class DecideRequest extends CastpbCommand {

    @Reference
    EstablishmentRequestService requests;

    @Option(name = "--comment", description = "why; required to return or reject")
    String comment;

    @Argument(index = 0, name = "action", description = "submit, return, approve or reject", required = true)
    @Completion(value = StringsCompleter.class, values = {"submit", "return", "approve", "reject"})
    String action;

    @Argument(index = 1, name = "requestId", description = "the request's id", required = true)
    long requestId;

    @Override
    protected Object run() throws Exception {
        // decided on the version read just now: a console user acts on what the service holds
        long version = requests.get(ShellActors.current(), requestId).version();
        EstablishmentRequest result = switch (action) {
            case "submit" -> requests.submit(ShellActors.current(), requestId, version, comment);
            case "return" -> requests.returnForChanges(ShellActors.current(), requestId, version, comment);
            case "approve" -> requests.approve(ShellActors.current(), requestId, version, comment);
            case "reject" -> requests.reject(ShellActors.current(), requestId, version, comment);
            default -> throw badInput("action is submit, return, approve or reject, got '" + action + "'");
        };
        System.out.println("Request " + result.id() + " is " + result.state()
                + (result.organisationId() == null ? "" : "; party organisation " + result.organisationId() + " established"));
        return null;
    }
}
