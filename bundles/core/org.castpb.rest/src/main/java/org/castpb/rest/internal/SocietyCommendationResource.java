package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.castpb.api.workers.Commendation;
import org.castpb.api.workers.CommendationDraft;
import org.castpb.api.workers.WorkerService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/societies/{id}/commendations}: the commendations in a society's record, of it, its organisations and workers. */
@Component(service = SocietyCommendationResource.class)
@Path("/societies/{id}/commendations")
@Produces(MediaType.APPLICATION_JSON)
public class SocietyCommendationResource {

    private final WorkerService workers;

    @Activate
    public SocietyCommendationResource(@Reference WorkerService workers) {
        this.workers = workers;
    }

    /** Newest first. */
    @GET
    @Operation(operationId = "listCommendations", summary = "The commendations of a society's party affairs workers and organisations")
    public List<Commendation> list(@PathParam("id") String id, @Context SecurityContext security) {
        return workers.commendations(Actors.of(security), QueryParams.id("id", id));
    }

    /** {@code {"title":"先进基层党组织","awardedOn":"2026-07-01","awardedBy":"中国科协科技社团党委","workerId":3}}; administrators only. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCommendation", summary = "Record a commendation")
    @Answers(value = 201, body = Commendation.class)
    public Response commend(@PathParam("id") String id, Body body, @Context SecurityContext security, @Context UriInfo uri) {
        long society = QueryParams.id("id", id);
        Body b = body == null ? new Body(null, null, null, null, null) : body;
        Commendation c = workers.commend(Actors.of(security), new CommendationDraft(society, b.workerId(), b.organisationId(), b.title(),
                b.awardedOn(), b.awardedBy()));
        URI location = uri.getAbsolutePathBuilder().build();
        return Response.created(location).entity(c).build();
    }

    /** The body of a commendation: the society comes from the path. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "CommendationBody")
    public record Body(Long workerId, Long organisationId, String title, java.time.LocalDate awardedOn, String awardedBy) {
    }
}
