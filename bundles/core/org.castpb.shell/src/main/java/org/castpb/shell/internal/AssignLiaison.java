package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.LiaisonDraft;
import org.castpb.api.organisation.LiaisonKind;
import org.castpb.api.organisation.LiaisonService;

@Service
@Command(scope = "porg", name = "liaison-assign", description = "Records a party-building liaison officer (联络员) or instructor (指导员) dispatched to a society")
public class AssignLiaison extends CastpbCommand {

    @Reference
    LiaisonService liaisons;

    @Option(name = "--from", description = "the first day of the assignment, e.g. 2016-09-01 (required)")
    String from;

    @Option(name = "--to", description = "the last day of the assignment; leave out while it lasts")
    String to;

    @Option(name = "--dispatched-by", description = "the dispatching organisation, e.g. 中国科协科技社团党委")
    String dispatchedBy;

    @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long societyId;

    @Argument(index = 1, name = "kind", description = "LIAISON_OFFICER or INSTRUCTOR", required = true)
    @Completion(value = StringsCompleter.class, values = {"LIAISON_OFFICER", "INSTRUCTOR"})
    LiaisonKind kind;

    @Argument(index = 2, name = "name", description = "the person's name", required = true)
    String name;

    @Override
    protected Object run() throws Exception {
        LiaisonAssignment a = liaisons.assign(ShellActors.current(), draft());
        System.out.println("Recorded liaison assignment " + a.id() + ": " + a.kind() + " " + a.name() + " to society " + a.societyId()
                + " from " + a.fromDate() + (a.toDate() == null ? "" : " to " + a.toDate()));
        return null;
    }

    /** The assignment the command line describes; a missing date stays missing, for the service to name. */
    LiaisonDraft draft() throws CommandException {
        return new LiaisonDraft(kind, name, societyId, Dates.date("--from", from), Dates.date("--to", to), dispatchedBy);
    }
}
