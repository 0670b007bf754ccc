package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationService;

@Service
@Command(scope = "porg", name = "list", description = "Lists the party organisations (党组织) covering a society")
public class ListPartyOrganisations extends CastpbCommand {

    @Reference
    PartyOrganisationService organisations;

    @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long societyId;

    @Override
    protected Object run() {
        ConsoleTable table = new ConsoleTable("ID", "Name", "Type", "Status", "Members", "Established", "Term ends", "Secretary")
                .alignRight(0, 4);
        for (PartyOrganisation o : organisations.bySociety(ShellActors.current(), societyId)) {
            table.addRow(o.id(), o.name(), o.type(), o.status(), o.formalMembers() + "+" + o.probationaryMembers(), o.establishedOn(),
                    o.termEndsOn(), o.secretary() == null ? "" : o.secretary().name() + " (" + o.secretary().source() + ")");
        }
        table.print(System.out);
        return null;
    }
}
