package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.castpb.api.Actor;
import org.castpb.api.organisation.EstablishmentRequest;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PendingRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/establishment-requests}: requests (报批) for new party organisations and their workflow.
 * Every step names the version it acts on in {@code If-Match}; who may take which step is the service's rule.
 */
@Component(service = EstablishmentRequestResource.class)
@Path("/establishment-requests")
@Produces(MediaType.APPLICATION_JSON)
public class EstablishmentRequestResource {

    private final EstablishmentRequestService requests;

    @Activate
    public EstablishmentRequestResource(@Reference EstablishmentRequestService requests) {
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createEstablishmentRequest", summary = "File a request to establish a party organisation")
    @Answers(value = 201, body = EstablishmentRequest.class)
    public Response create(PartyOrganisationDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        EstablishmentRequest created = requests.create(Actors.of(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).tag(etag(created)).entity(created).build();
    }

    /** The submitted requests waiting for a decision, oldest first, with their age and whether they are overdue. */
    @GET
    @Path("pending")
    @Operation(operationId = "listPendingEstablishmentRequests", summary = "The establishment requests awaiting a step")
    public List<PendingRequest> pending(@Context SecurityContext security) {
        return requests.pending(Actors.of(security));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEstablishmentRequest", summary = "One establishment request")
    @Answers(value = 200, body = EstablishmentRequest.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        return ok(requests.get(Actors.of(security), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateEstablishmentRequest", summary = "Change an establishment request")
    @Answers(value = 200, body = EstablishmentRequest.class)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PartyOrganisationDraft draft, @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        return ok(requests.update(Actors.of(security), id, expected, draft));
    }

    /** A workflow step: {@code submit}, {@code return} (for changes), {@code approve} or {@code reject}. */
    @POST
    @Path("{id}/{step: submit|return|approve|reject}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stepEstablishmentRequest", summary = "Submit, return, approve or reject an establishment request")
    @Answers(value = 200, body = EstablishmentRequest.class)
    public Response step(@PathParam("id") long id, @PathParam("step") String step, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         StepBodies.Comment body, @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        Actor actor = Actors.of(security);
        String comment = StepBodies.Comment.of(body);
        return ok(switch (step) {
            case "submit" -> requests.submit(actor, id, expected, comment);
            case "return" -> requests.returnForChanges(actor, id, expected, comment);
            case "approve" -> requests.approve(actor, id, expected, comment);
            default -> requests.reject(actor, id, expected, comment);
        });
    }

    /** Accepts one rule warning of a submitted request, e.g. {@code .../warnings/TOO_FEW_MEMBERS/accept}. */
    @POST
    @Path("{id}/warnings/{code}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptEstablishmentRequestWarning", summary = "Accept a rule warning raised on an establishment request, with a justification")
    @Answers(value = 200, body = EstablishmentRequest.class)
    public Response acceptWarning(@PathParam("id") long id, @PathParam("code") String code,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StepBodies.Justification body,
                                  @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        return ok(requests.acceptWarning(Actors.of(security), id, expected, code, StepBodies.Justification.of(body)));
    }

    private static Response ok(EstablishmentRequest request) {
        return Response.ok(request).tag(etag(request)).build();
    }

    static EntityTag etag(EstablishmentRequest request) {
        return new EntityTag(Long.toString(request.version()));
    }
}
