package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.jobs.JobRun;
import org.castpb.api.jobs.JobService;
import org.castpb.api.jobs.JobState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/jobs}: the scheduled jobs the nodes of this instance share, for its administrators. */
@Component(service = JobResource.class)
@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final JobService jobs;

    @Activate
    public JobResource(@Reference JobService jobs) {
        this.jobs = jobs;
    }

    @GET
    @Operation(operationId = "listJobs", summary = "The scheduled jobs with the node holding each now and the last run")
    public Page<JobState> jobs(@Parameter(description = "only jobs whose name contains this, ignoring case") @QueryParam("name") String name,
                               @Parameter(description = "only jobs held, or last held, by a node whose name contains this, ignoring case")
                               @QueryParam("node") String node,
                               @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                               @Context SecurityContext security) {
        int[] page = page(offset, limit);
        return jobs.jobs(Actors.of(security), name, node, page[0], page[1]);
    }

    @GET
    @Path("{job}/runs")
    @Operation(operationId = "listJobRuns", summary = "A scheduled job's recorded runs, the latest first")
    public Page<JobRun> runs(@PathParam("job") String job, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                             @Context SecurityContext security) {
        int[] page = page(offset, limit);
        return jobs.runs(Actors.of(security), job, page[0], page[1]);
    }

    /** The offset (0 by default) and limit (50) asked for, or 422 naming the one that is not a number. */
    private static int[] page(String offset, String limit) {
        List<FieldError> errors = new ArrayList<>();
        int[] page = {QueryParams.intValue(errors, "offset", offset, 0), QueryParams.intValue(errors, "limit", limit, 50)};
        QueryParams.check(errors);
        return page;
    }
}
