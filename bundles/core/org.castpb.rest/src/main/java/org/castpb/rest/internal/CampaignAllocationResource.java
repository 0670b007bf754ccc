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
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.FundingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/evaluation/campaigns/{id}/allocations}: funding allocated from a completed campaign's results. */
@Component(service = CampaignAllocationResource.class)
@Path("/evaluation/campaigns/{id}/allocations")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignAllocationResource {

    private final FundingService funding;

    @Activate
    public CampaignAllocationResource(@Reference FundingService funding) {
        this.funding = funding;
    }

    /** Runs a scheme over the campaign within a budget, from {@code {"schemeId":..,"budget":100000.00,"note":..}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "allocateFunding", summary = "Allocate a budget to a campaign's societies by a funding scheme")
    @Answers(value = 201, body = Allocation.class)
    public Response allocate(@PathParam("id") String id, StepBodies.AllocationOrder body, @Context SecurityContext security,
                             @Context UriInfo uri) {
        long campaignId = QueryParams.id("id", id);
        StepBodies.AllocationOrder order = StepBodies.required(body, "{\"schemeId\":\"award\",\"budget\":100000.00}");
        Allocation created = funding.allocate(Actors.of(security), campaignId, order.schemeId(), order.budget(), order.note());
        URI location = uri.getBaseUriBuilder().path(AllocationResource.class).path(Long.toString(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    /** The campaign's allocations, newest first. */
    @GET
    @Operation(operationId = "listCampaignAllocations", summary = "The funding allocations of a campaign")
    public List<Allocation> list(@PathParam("id") String id, @Context SecurityContext security) {
        return funding.byCampaign(Actors.of(security), QueryParams.id("id", id));
    }
}
