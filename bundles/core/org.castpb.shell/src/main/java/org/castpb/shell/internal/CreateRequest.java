package org.castpb.shell.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.organisation.EstablishmentRequest;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;

/**
 * Creates a DRAFT establishment request from options, one per field of the organisation asked for, and the
 * societies it covers as arguments (last, since Karaf reads options only before arguments). Nothing is checked
 * here: the service names every missing or bad field at once. A draft records no warnings yet, so the command
 * shows those its submission would raise today, for the applicant to fix or the approver to expect.
 */
@Service
@Command(scope = "porg", name = "request-create", description = "Creates an establishment request (报批) for a new party organisation, as a DRAFT")
public class CreateRequest extends CastpbCommand {

    @Reference
    EstablishmentRequestService requests;

    @Reference
    PartyOrganisationService organisations;

    @Option(name = "--name", description = "the organisation's name, e.g. 中国数学会党支部")
    String name;

    @Option(name = "--type", description = "COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH or WORK_GROUP")
    @Completion(value = StringsCompleter.class, values = {"COMMITTEE", "GENERAL_BRANCH", "BRANCH", "JOINT_BRANCH", "WORK_GROUP"})
    OrganisationType type;

    @Option(name = "--parent", description = "id of the party organisation it sits under, if any")
    Long parentId;

    @Option(name = "--secretary", description = "the secretary's name")
    String secretary;

    @Option(name = "--secretary-source", description = "where the secretary comes from: PRINCIPAL_LEADER (the society's principal leader), DISPATCHED or OTHER")
    @Completion(value = StringsCompleter.class, values = {"PRINCIPAL_LEADER", "DISPATCHED", "OTHER"})
    SecretarySource secretarySource;

    @Option(name = "--formal-members", description = "formal (full) party members")
    Integer formalMembers;

    @Option(name = "--probationary-members", description = "probationary party members")
    Integer probationaryMembers;

    @Option(name = "--committee-size", description = "members of its elected committee; leave out for a secretary only")
    Integer committeeSize;

    @Option(name = "--established-on", description = "the day it is set up, e.g. 2016-12-01")
    String establishedOn;

    @Option(name = "--term-starts-on", description = "the day the current term begins (default: the day it is set up)")
    String termStartsOn;

    @Option(name = "--term-ends-on", description = "the day the current term ends, when the next election is due (not for a WORK_GROUP)")
    String termEndsOn;

    @Option(name = "--note", description = "free text, at most 500 characters")
    String note;

    @Argument(index = 0, name = "societyIds", description = "the societies it covers: one, or two or more for a JOINT_BRANCH", multiValued = true)
    @Completion(SocietyIdCompleter.class)
    List<Long> societyIds;

    @Override
    protected Object run() throws Exception {
        EstablishmentRequest created = requests.create(ShellActors.current(), draft());
        System.out.println(EstablishmentRequests.headline("Created", created));
        EstablishmentRequests.printWarnings(System.out, "Rule warnings its submission would raise today",
                organisations.check(created.draft(), LocalDate.now(Texts.ZONE)), created);
        System.out.println("Submit it with: porg:decide submit " + created.id());
        return null;
    }

    /** The draft the options describe; what is left out stays unknown, for the service to name. */
    PartyOrganisationDraft draft() throws CommandException {
        Secretary person = secretary == null && secretarySource == null ? null : new Secretary(secretary, secretarySource);
        return new PartyOrganisationDraft(name, type, parentId, societyIds, person, formalMembers, probationaryMembers, committeeSize,
                Dates.date("--established-on", establishedOn), Dates.date("--term-starts-on", termStartsOn),
                Dates.date("--term-ends-on", termEndsOn), note);
    }
}
