package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.castpb.api.FieldError;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.Transfer;
import org.castpb.api.members.TransferService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/transfers}: transfers of members' organisational relationships, seen from both sides; the overdue
 * queue is {@code ?overdue=true}. A transfer out starts at {@code POST /members/{id}/transfer-out}.
 */
@Component(service = MemberTransferResource.class)
@Path("/transfers")
@Produces(MediaType.APPLICATION_JSON)
public class MemberTransferResource {

    private final TransferService transfers;

    @Activate
    public MemberTransferResource(@Reference TransferService transfers) {
        this.transfers = transfers;
    }

    /** {@code ?organisationId=3&overdue=true}. */
    @GET
    @Operation(operationId = "listTransfers", summary = "The member transfers in scope")
    public List<Transfer> list(@QueryParam("organisationId") String organisationId, @QueryParam("overdue") String overdue,
                               @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long organisation = QueryParams.longValue(errors, "organisationId", organisationId);
        Boolean overdueOnly = QueryParams.booleanValue(errors, "overdue", overdue);
        QueryParams.check(errors);
        return transfers.list(Actors.of(security), organisation, Boolean.TRUE.equals(overdueOnly));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTransfer", summary = "One member transfer")
    public Transfer get(@PathParam("id") String id, @Context SecurityContext security) {
        return transfers.get(Actors.of(security), QueryParams.id("id", id));
    }

    /** {@code {"member":{...},"fromUnit":"...","on":"2026-11-01","note":"..."}}: a member coming in from an outside unit. */
    @POST
    @Path("incoming")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordIncomingTransfer", summary = "Record a member transferred in from outside")
    @Answers(value = 201, body = Transfer.class)
    public Response incoming(Incoming body, @Context SecurityContext security, @Context UriInfo uri) {
        Incoming in = body == null ? new Incoming(null, null, null, null) : body;
        Transfer transfer = transfers.transferIn(Actors.of(security), in.member(), in.fromUnit(), in.on(), in.note());
        URI location = uri.getBaseUriBuilder().path("transfers").path(Long.toString(transfer.id())).build();
        return Response.created(location).entity(transfer).build();
    }

    /** {@code {"on":"2026-12-01"}} (default today): the receiving side confirms. */
    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmTransfer", summary = "Confirm a member transfer's arrival")
    public Transfer confirm(@PathParam("id") String id, Confirmation body, @Context SecurityContext security) {
        return transfers.confirm(Actors.of(security), QueryParams.id("id", id), body == null ? null : body.on());
    }

    /** {@code {"reason":"..."}}: the side that asked withdraws a pending transfer. */
    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelTransfer", summary = "Cancel a member transfer")
    public Transfer cancel(@PathParam("id") String id, Withdrawal body, @Context SecurityContext security) {
        return transfers.cancel(Actors.of(security), QueryParams.id("id", id), body == null ? null : body.reason());
    }

    /** The body of {@code cancel}. */
    public record Withdrawal(String reason) {
    }

    /** The body of {@code incoming}. */
    public record Incoming(MemberDraft member, String fromUnit, LocalDate on, String note) {
    }

    /** The body of {@code confirm}. */
    public record Confirmation(LocalDate on) {
    }
}
