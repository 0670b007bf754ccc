package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.castpb.api.FieldError;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.FundingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/evaluation/allocations}: one recorded funding allocation and its awards. */
@Component(service = AllocationResource.class)
@Path("/evaluation/allocations")
@Produces(MediaType.APPLICATION_JSON)
public class AllocationResource {

    private final FundingService funding;

    @Activate
    public AllocationResource(@Reference FundingService funding) {
        this.funding = funding;
    }

    /** The allocation as JSON, or with {@code format=csv} its awards as a CSV sheet. */
    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, CoverageCsv.MEDIA_TYPE})
    @Operation(operationId = "getAllocation", summary = "One funding allocation, as JSON or CSV")
    @Answers(value = 200, body = Allocation.class, files = "text/csv")
    public Response get(@PathParam("id") String id, @QueryParam("format") String format, @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        long allocationId = QueryParams.requiredLong(errors, "id", id);
        boolean csv = CoverageCsv.wanted(errors, format);
        QueryParams.check(errors);
        Allocation allocation = funding.get(Actors.of(security), allocationId);
        return csv ? CoverageCsv.response(EvaluationCsv.allocation(allocation), "allocation-" + allocationId + ".csv")
                : Response.ok(allocation, MediaType.APPLICATION_JSON).build();
    }
}
