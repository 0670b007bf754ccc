package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.organisation.EstablishmentRequest;
import org.castpb.api.organisation.EstablishmentRequestService;

@Service
@Command(scope = "porg", name = "accept-warning", description = "Accepts one rule warning of a submitted establishment request with a justification (the Societies Party Committee decides)")
public class AcceptWarning extends CastpbCommand {

    @Reference
    EstablishmentRequestService requests;

    @Argument(index = 0, name = "requestId", description = "the request's id", required = true)
    long requestId;

    @Argument(index = 1, name = "code", description = "the warning's code, as porg:request-create or the request lists it", required = true)
    @Completion(value = StringsCompleter.class, values = {"TOO_FEW_MEMBERS", "TYPE_TOO_SMALL", "TYPE_TOO_LARGE", "JOINT_BRANCH_TOO_MANY_SOCIETIES",
        "BRANCH_COMMITTEE_REQUIRED", "COMMITTEE_SIZE", "TERM_LENGTH", "SECRETARY_NOT_PRINCIPAL_LEADER", "ELECTION_OVERDUE"})
    String code;

    @Argument(index = 2, name = "justification", description = "why the organisation may be approved anyway; quote it when it has spaces", required = true)
    String justification;

    @Override
    protected Object run() {
        // accepted on the version read just now, as porg:decide does: a console user acts on what the service holds
        long version = requests.get(ShellActors.current(), requestId).version();
        EstablishmentRequest result = requests.acceptWarning(ShellActors.current(), requestId, version, code, justification);
        System.out.println(EstablishmentRequests.headline(null, result) + ": warning " + code + " accepted");
        EstablishmentRequests.printWarnings(System.out, "Rule warnings (checked again today)", result.warnings(), result);
        return null;
    }
}
