package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.coverage.RectificationTask;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/rectifications}: tasks for societies short of a coverage target (整改). */
@Component(service = RectificationResource.class)
@Path("/rectifications")
@Produces(MediaType.APPLICATION_JSON)
public class RectificationResource {

    private final RectificationService rectifications;

    @Activate
    public RectificationResource(@Reference RectificationService rectifications) {
        this.rectifications = rectifications;
    }

    /** A society's tasks, open and closed, newest first: those following coverage targets and evaluations. */
    @GET
    @Path("society/{societyId}")
    @Operation(operationId = "listSocietyRectifications", summary = "A society's rectification tasks")
    public List<RectificationTask> bySociety(@PathParam("societyId") long societyId, @Context SecurityContext security) {
        return rectifications.bySociety(Actors.of(security), societyId);
    }

    /** Open tasks ({@code status=open}, the default) or those past their due date ({@code status=overdue}). */
    @GET
    @Operation(operationId = "listRectifications", summary = "The rectification tasks, a page at a time")
    public Page<RectificationTask> list(@QueryParam("status") String status, @QueryParam("offset") String offset,
                                        @QueryParam("limit") String limit, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, 50);
        boolean overdue = "overdue".equalsIgnoreCase(status);
        if (status != null && !status.isBlank() && !overdue && !"open".equalsIgnoreCase(status)) {
            errors.add(new FieldError("status", "INVALID_VALUE", "status is open or overdue, got '" + status + "'"));
        }
        QueryParams.check(errors);
        return overdue ? rectifications.overdue(Actors.of(security), LocalDate.now(QueryParams.BEIJING), from, size)
                : rectifications.open(Actors.of(security), from, size);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRectification", summary = "One rectification task")
    public RectificationTask get(@PathParam("id") long id, @Context SecurityContext security) {
        return rectifications.get(Actors.of(security), id);
    }

    /** Opens a task for each society short of every target whose date has passed (idempotent), then closes those now covered. */
    @POST
    @Path("generate")
    @Operation(operationId = "generateRectifications", summary = "Open rectification tasks for the societies lacking coverage")
    public Map<String, Integer> generate(@Context SecurityContext security) {
        LocalDate today = LocalDate.now(QueryParams.BEIJING);
        int opened = rectifications.generate(Actors.of(security), today);
        int closed = rectifications.synchronise(today);
        return Map.of("opened", opened, "closedAsCovered", closed);
    }

    /** Closes a task by hand; {@code {"note": "..."}} says why. */
    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeRectification", summary = "Close a rectification task")
    public RectificationTask close(@PathParam("id") long id, StepBodies.Note body, @Context SecurityContext security) {
        return rectifications.close(Actors.of(security), id, body == null ? null : body.note());
    }
}
