package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.castpb.api.AuditEntry;
import org.castpb.api.FieldError;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.organisation.RuleSet;
import org.castpb.api.organisation.RuleWarning;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/party-organisations}: the societies' party organisations, their history and rule checks. */
@Component(service = PartyOrganisationResource.class)
@Path("/party-organisations")
@Produces(MediaType.APPLICATION_JSON)
public class PartyOrganisationResource {

    private final PartyOrganisationService organisations;

    @Activate
    public PartyOrganisationResource(@Reference PartyOrganisationService organisations) {
        this.organisations = organisations;
    }

    /** The organisations covering a society, {@code ?societyId=12}. */
    @GET
    @Operation(operationId = "listPartyOrganisations", summary = "The party organisations of a society")
    public List<PartyOrganisation> bySociety(@QueryParam("societyId") String societyId, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        long society = QueryParams.requiredLong(errors, "societyId", societyId);
        QueryParams.check(errors);
        return organisations.bySociety(Actors.of(security), society);
    }

    /** The organisation now, or with {@code asOf=2016-12-31} as it stood at the end of that (Beijing) day. */
    @GET
    @Path("{id}")
    @Operation(operationId = "getPartyOrganisation", summary = "One party organisation, current or as of a date")
    @Answers(value = 200, body = PartyOrganisation.class)
    public Response get(@PathParam("id") long id, @QueryParam("asOf") String asOf, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = QueryParams.dateValue(errors, "asOf", asOf);
        QueryParams.check(errors);
        PartyOrganisation organisation = date == null ? organisations.get(Actors.of(security), id)
                : organisations.asOf(Actors.of(security), id, date);
        return Response.ok(organisation).tag(etag(organisation)).build();
    }

    /** Records an organisation that exists already; new ones normally come from an approved establishment request. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartyOrganisation", summary = "Create a party organisation")
    @Answers(value = 201, body = PartyOrganisation.class)
    public Response create(PartyOrganisationDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        PartyOrganisation created = organisations.create(Actors.of(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).tag(etag(created)).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePartyOrganisation", summary = "Change a party organisation")
    @Answers(value = 200, body = PartyOrganisation.class)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PartyOrganisationDraft draft, @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        PartyOrganisation updated = organisations.update(Actors.of(security), id, expected, draft);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @POST
    @Path("{id}/dissolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dissolvePartyOrganisation", summary = "Dissolve a party organisation")
    @Answers(value = 200, body = PartyOrganisation.class)
    public Response dissolve(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             StepBodies.Dissolution body, @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        PartyOrganisation dissolved = organisations.dissolve(Actors.of(security), id, expected,
                body == null ? null : body.dissolvedOn(), body == null ? null : body.reason());
        return Response.ok(dissolved).tag(etag(dissolved)).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "listPartyOrganisationHistory", summary = "Who created and changed a party organisation, and when")
    public List<AuditEntry> history(@PathParam("id") long id, @Context SecurityContext security) {
        return organisations.history(Actors.of(security), id);
    }

    @GET
    @Path("{id}/children")
    @Operation(operationId = "listChildOrganisations", summary = "The organisations under a party organisation")
    public List<PartyOrganisation> children(@PathParam("id") long id, @Context SecurityContext security) {
        return organisations.children(Actors.of(security), id);
    }

    /** The rule warnings for the organisation as it stood at the end of {@code asOf} (default today). */
    @GET
    @Path("{id}/warnings")
    @Operation(operationId = "listPartyOrganisationWarnings", summary = "The rule warnings a party organisation raises")
    public List<RuleWarning> warnings(@PathParam("id") long id, @QueryParam("asOf") String asOf, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = QueryParams.dateOrToday(errors, "asOf", asOf);
        QueryParams.check(errors);
        return organisations.check(Actors.of(security), id, date);
    }

    /** The rule warnings a draft would raise on {@code asOf} (default today); nothing is saved. */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkPartyOrganisationDraft", summary = "The rule warnings a party organisation draft would raise")
    public List<RuleWarning> check(@QueryParam("asOf") String asOf, PartyOrganisationDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = QueryParams.dateOrToday(errors, "asOf", asOf);
        QueryParams.check(errors);
        return organisations.check(draft, date);
    }

    @GET
    @Path("rule-sets")
    @Operation(operationId = "listOrganisationRuleSets", summary = "The party organisation rule sets")
    public List<RuleSet> ruleSets() {
        return organisations.ruleSets();
    }

    static EntityTag etag(PartyOrganisation organisation) {
        return new EntityTag(Long.toString(organisation.version()));
    }
}
