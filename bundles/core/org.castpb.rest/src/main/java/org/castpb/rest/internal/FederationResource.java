package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.ValidationException;
import org.castpb.api.federation.ChildInstance;
import org.castpb.api.federation.ChildRegistration;
import org.castpb.api.federation.FederationOverview;
import org.castpb.api.federation.FederationService;
import org.castpb.api.federation.InstanceLevel;
import org.castpb.api.federation.OutboxEntry;
import org.castpb.api.federation.Receipt;
import org.castpb.api.federation.ReportedFigures;
import org.castpb.api.federation.ReportedSociety;
import org.castpb.api.federation.UpwardReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Multi-level deployment at {@code /api/v1/federation/...}: at a child its outbox of upward reports, at a parent the
 * reports its children send and the children's latest state. {@link InstanceResource} tells who this instance is.
 */
@Component(service = FederationResource.class)
@Path("/federation")
@Produces(MediaType.APPLICATION_JSON)
public class FederationResource {

    private final FederationService federation;

    @Activate
    public FederationResource(@Reference FederationService federation) {
        this.federation = federation;
    }

    /** At a child: makes the report as of {@code asOf} (today by default), writes it to the outbox and tries to send it. */
    @POST
    @Path("outbox")
    @Operation(operationId = "reportUpward", summary = "Queue this instance's figures for its parent")
    @Answers(value = 201, body = OutboxEntry.class)
    public Response report(@QueryParam("asOf") String asOf, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        java.time.LocalDate date = QueryParams.dateOrToday(errors, "asOf", asOf);
        QueryParams.check(errors);
        OutboxEntry entry = federation.report(Actors.of(security), date);
        return Response.status(201).entity(entry).build();
    }

    @GET
    @Path("outbox")
    @Operation(operationId = "listOutbox", summary = "The reports queued for the parent, a page at a time")
    public Page<OutboxEntry> outbox(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                    @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, 50);
        QueryParams.check(errors);
        return federation.outbox(Actors.of(security), from, size);
    }

    /** At a parent: a child's report; 201 when stored, 200 when it was already held (a retry), the same receipt both times. */
    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveUpwardReport", summary = "Receive a child instance's report")
    @Answers(value = {201, 200}, body = Receipt.class)
    public Response receive(UpwardReport report, @Context SecurityContext security) {
        Receipt receipt = federation.receive(Actors.of(security), report);
        return Response.status(receipt.duplicate() ? 200 : 201).entity(receipt).build();
    }

    /** At a parent: the child instances registered here (only their reports are accepted). */
    @GET
    @Path("registrations")
    @Operation(operationId = "listChildRegistrations", summary = "The child instances this instance accepts reports from")
    public List<ChildRegistration> registrations(@Context SecurityContext security) {
        return federation.registeredChildren(Actors.of(security));
    }

    /** At a parent: registers a child instance, or changes its registration; 200 with the registration. */
    @PUT
    @Path("registrations/{instanceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerChild", summary = "Register a child instance")
    public ChildRegistration register(@PathParam("instanceId") String instanceId, RegistrationBody body,
                                      @Context SecurityContext security) {
        if (body == null) {
            throw new ValidationException(new FieldError("body", "REQUIRED", "the request body names level, regionCode and displayName"));
        }
        return federation.registerChild(Actors.of(security), instanceId, body.level(), body.regionCode(), body.displayName());
    }

    /** What a registration says about the child. */
    public record RegistrationBody(InstanceLevel level, String regionCode, String displayName) {
    }

    /** At a parent: removes a child's registration; its reports stay, further ones are refused. */
    @DELETE
    @Path("registrations/{instanceId}")
    @Operation(operationId = "removeChildRegistration", summary = "Remove a child instance's registration")
    @Answers(value = 204)
    public Response remove(@PathParam("instanceId") String instanceId, @Context SecurityContext security) {
        federation.removeChild(Actors.of(security), instanceId);
        return Response.noContent().build();
    }

    @GET
    @Path("children")
    @Operation(operationId = "listChildren", summary = "The child instances with their latest report")
    public List<ChildInstance> children(@Context SecurityContext security) {
        return federation.children(Actors.of(security));
    }

    @GET
    @Path("children/{instanceId}/reports")
    @Operation(operationId = "listChildReports", summary = "A child instance's reports, a page at a time")
    public Page<UpwardReport> reports(@PathParam("instanceId") String instanceId, @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, 20);
        QueryParams.check(errors);
        return federation.reports(Actors.of(security), instanceId, from, size);
    }

    /** At a parent: its own coverage as of {@code asOf} (today by default) plus every child's latest reported figures. */
    @GET
    @Path("overview")
    @Operation(operationId = "getFederationOverview", summary = "The figures of this instance and its children")
    public FederationOverview overview(@QueryParam("asOf") String asOf, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        java.time.LocalDate date = QueryParams.dateOrToday(errors, "asOf", asOf);
        QueryParams.check(errors);
        return federation.overview(Actors.of(security), date);
    }

    /** At a parent: a child's reported totals, oldest first (its trend). */
    @GET
    @Path("children/{instanceId}/history")
    @Operation(operationId = "listChildFigures", summary = "A child instance's reported figures over time")
    public List<ReportedFigures> history(@PathParam("instanceId") String instanceId, @Context SecurityContext security) {
        return federation.history(Actors.of(security), instanceId);
    }

    /** At a parent: the societies of a child's latest report, as reported. */
    @GET
    @Path("children/{instanceId}/societies")
    @Operation(operationId = "listChildSocieties", summary = "The societies a child instance reported")
    public List<ReportedSociety> societies(@PathParam("instanceId") String instanceId, @Context SecurityContext security) {
        return federation.reportedSocieties(Actors.of(security), instanceId);
    }
}
