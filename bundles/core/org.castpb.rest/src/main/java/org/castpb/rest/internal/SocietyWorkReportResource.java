package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.castpb.api.reports.WorkReport;
import org.castpb.api.reports.WorkReportService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/societies/{id}/work-reports}: the society's report history, part of its record. */
@Component(service = SocietyWorkReportResource.class)
@Path("/societies/{id}/work-reports")
@Produces(MediaType.APPLICATION_JSON)
public class SocietyWorkReportResource {

    private final WorkReportService reports;

    @Activate
    public SocietyWorkReportResource(@Reference WorkReportService reports) {
        this.reports = reports;
    }

    /** Newest period first, each with its state, late or not, the review's grade and comment, and its attachments. */
    @GET
    @Operation(operationId = "listWorkReportsOfSociety", summary = "A society's work reports, newest first, from its record")
    public List<WorkReport> list(@PathParam("id") String id, @Context SecurityContext security) {
        return reports.bySociety(Actors.of(security), QueryParams.id("id", id));
    }
}
