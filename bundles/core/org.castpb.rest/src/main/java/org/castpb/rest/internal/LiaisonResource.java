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
import org.castpb.api.FieldError;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.LiaisonDraft;
import org.castpb.api.organisation.LiaisonService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/liaison-assignments}: liaison officers and instructors dispatched to societies. */
@Component(service = LiaisonResource.class)
@Path("/liaison-assignments")
@Produces(MediaType.APPLICATION_JSON)
public class LiaisonResource {

    private final LiaisonService liaisons;

    @Activate
    public LiaisonResource(@Reference LiaisonService liaisons) {
        this.liaisons = liaisons;
    }

    /** A society's assignments, newest first: all of them, or with {@code asOf=2016-12-31} those running that day. */
    @GET
    @Operation(operationId = "listLiaisonAssignments", summary = "The liaison assignments of a society")
    public List<LiaisonAssignment> bySociety(@QueryParam("societyId") String societyId, @QueryParam("asOf") String asOf,
                                              @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        long society = QueryParams.requiredLong(errors, "societyId", societyId);
        LocalDate date = QueryParams.dateValue(errors, "asOf", asOf);
        QueryParams.check(errors);
        return date == null ? liaisons.bySociety(Actors.of(security), society)
                : liaisons.bySociety(Actors.of(security), society, date);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getLiaisonAssignment", summary = "One liaison assignment")
    @Answers(value = 200, body = LiaisonAssignment.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        LiaisonAssignment assignment = liaisons.get(Actors.of(security), id);
        return Response.ok(assignment).tag(etag(assignment)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignLiaison", summary = "Assign a liaison to a society")
    @Answers(value = 201, body = LiaisonAssignment.class)
    public Response assign(LiaisonDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        LiaisonAssignment created = liaisons.assign(Actors.of(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).tag(etag(created)).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateLiaisonAssignment", summary = "Change a liaison assignment")
    @Answers(value = 200, body = LiaisonAssignment.class)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           LiaisonDraft draft, @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        LiaisonAssignment updated = liaisons.update(Actors.of(security), id, expected, draft);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    static EntityTag etag(LiaisonAssignment assignment) {
        return new EntityTag(Long.toString(assignment.version()));
    }
}
