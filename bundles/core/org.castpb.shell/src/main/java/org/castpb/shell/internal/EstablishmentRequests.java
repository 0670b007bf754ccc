package org.castpb.shell.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.castpb.api.organisation.EstablishmentRequest;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.RuleWarning;
import org.castpb.api.organisation.WarningAcceptance;

/** How the porg commands show an establishment request: one line for the request, then a table of its rule warnings. */
final class EstablishmentRequests {

    private EstablishmentRequests() {
    }

    /** e.g. {@code Request 12 (DRAFT, version 0): 中国数学会党支部, BRANCH, societies [11]}, after {@code verb} when given. */
    static String headline(String verb, EstablishmentRequest r) {
        PartyOrganisationDraft d = r.draft();
        return (verb == null ? "Request " : verb + " request ") + r.id() + " (" + r.state() + ", version " + r.version() + "): "
                + d.name() + ", " + d.type() + ", societies " + d.societyIds();
    }

    /** The warnings under {@code heading}, each with the acceptance of the request that names its code, if any. */
    static void printWarnings(PrintStream out, String heading, List<RuleWarning> warnings, EstablishmentRequest r) {
        if (warnings.isEmpty()) {
            out.println(heading + ": none");
            return;
        }
        out.println(heading + ":");
        Map<String, WarningAcceptance> accepted = r.acceptances().stream()
                .collect(Collectors.toMap(WarningAcceptance::code, Function.identity(), (first, later) -> later));
        ConsoleTable table = new ConsoleTable("Code", "Accepted", "Message", "Rule set");
        for (RuleWarning w : warnings) {
            WarningAcceptance a = accepted.get(w.code());
            table.addRow(w.code(), a == null ? "no" : "by " + a.acceptedBy() + ": " + a.justification(), w.message(), w.ruleSetVersion());
        }
        table.print(out);
    }
}
