package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.net.URI;
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
import org.castpb.api.AuditEntry;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.pipeline.Applicant;
import org.castpb.api.pipeline.Candidate;
import org.castpb.api.pipeline.CandidateQuery;
import org.castpb.api.pipeline.DevelopmentPlan;
import org.castpb.api.pipeline.DevelopmentPlanDraft;
import org.castpb.api.pipeline.PipelineRuleSet;
import org.castpb.api.pipeline.PipelineService;
import org.castpb.api.pipeline.PipelineStage;
import org.castpb.api.pipeline.PlanProgress;
import org.castpb.api.pipeline.StepDraft;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/pipeline}: the development of new members. Candidates ({@code /candidates}, masked) with their steps
 * ({@code POST /candidates/{id}/steps}, If-Match) and an approver's acceptances ({@code POST /candidates/{id}/acceptances});
 * yearly plans ({@code PUT /plans}) and their report ({@code /report?year=2026}, as CSV at {@code /report/export}).
 */
@Component(service = PipelineResource.class)
@Path("/pipeline")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineResource {

    private final PipelineService pipeline;

    @Activate
    public PipelineResource(@Reference PipelineService pipeline) {
        this.pipeline = pipeline;
    }

    /** {@code ?organisationId=3&stage=ACTIVIST&awaitingApproval=true&offset=0&limit=50}. */
    @GET
    @Path("candidates")
    @Operation(operationId = "listCandidates", summary = "The candidates in the development pipeline, a page at a time")
    public Page<Candidate> list(@QueryParam("organisationId") String organisationId, @Parameter(schema = @Schema(implementation = PipelineStage.class)) @QueryParam("stage") String stage,
                                @QueryParam("awaitingApproval") String awaiting, @QueryParam("offset") String offset,
                                @QueryParam("limit") String limit, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long organisation = QueryParams.longValue(errors, "organisationId", organisationId);
        PipelineStage at = QueryParams.enumValue(errors, "stage", stage, PipelineStage.class);
        Boolean waiting = QueryParams.booleanValue(errors, "awaitingApproval", awaiting);
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, CandidateQuery.DEFAULT_LIMIT);
        QueryParams.check(errors);
        return pipeline.list(Actors.of(security), new CandidateQuery(organisation, at, Boolean.TRUE.equals(waiting), from, size));
    }

    @POST
    @Path("candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordApplication", summary = "Record an application to join the party")
    @Answers(value = 201, body = Candidate.class)
    public Response apply(Applicant applicant, @Context SecurityContext security, @Context UriInfo uri) {
        Candidate created = pipeline.apply(Actors.of(security), applicant);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).tag(etag(created)).entity(created).build();
    }

    @GET
    @Path("candidates/{id}")
    @Operation(operationId = "getCandidate", summary = "One candidate with the pipeline steps taken")
    @Answers(value = 200, body = Candidate.class)
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        Candidate c = pipeline.get(Actors.of(security), QueryParams.id("id", id));
        return Response.ok(c).tag(etag(c)).build();
    }

    /** The next step with its evidence; one raising warnings nobody accepted waits for an approver ({@code awaitingApproval}). */
    @POST
    @Path("candidates/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPipelineStep", summary = "Record the next step of a candidate")
    @Answers(value = 200, body = Candidate.class)
    public Response step(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StepDraft step,
                         @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        Candidate c = pipeline.step(Actors.of(security), QueryParams.id("id", id), expected, step);
        return Response.ok(c).tag(etag(c)).build();
    }

    /** {@code {"code":"TRAINING_HOURS_SHORT","justification":"..."}}: an approver accepts a warning of the waiting step. */
    @POST
    @Path("candidates/{id}/acceptances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptPipelineWarning", summary = "Accept a rule warning on a candidate, with a justification")
    @Answers(value = 200, body = Candidate.class)
    public Response accept(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WarningAcceptanceBody body,
                           @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        Candidate c = pipeline.acceptWarning(Actors.of(security), QueryParams.id("id", id), expected, body == null ? null : body.code(),
                body == null ? null : body.justification());
        return Response.ok(c).tag(etag(c)).build();
    }

    @GET
    @Path("candidates/{id}/history")
    @Operation(operationId = "listCandidateHistory", summary = "Who recorded and changed a candidate, and when")
    public List<AuditEntry> history(@PathParam("id") String id, @Context SecurityContext security) {
        return pipeline.history(Actors.of(security), QueryParams.id("id", id));
    }

    @GET
    @Path("rule-sets")
    @Operation(operationId = "listPipelineRuleSets", summary = "The development pipeline rule sets")
    public List<PipelineRuleSet> ruleSets(@Context SecurityContext security) {
        Actors.of(security);
        return pipeline.ruleSets();
    }

    /** Creates or replaces an organisation's plan for a year. */
    @PUT
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveDevelopmentPlan", summary = "Record or change an organisation's development plan of a year")
    public DevelopmentPlan savePlan(DevelopmentPlanDraft plan, @Context SecurityContext security) {
        return pipeline.savePlan(Actors.of(security), plan);
    }

    /** {@code ?organisationId=3&year=2026}. */
    @GET
    @Path("plans")
    @Operation(operationId = "listDevelopmentPlans", summary = "The development plans of a year")
    public List<DevelopmentPlan> plans(@QueryParam("organisationId") String organisationId, @QueryParam("year") String year,
                                       @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long organisation = QueryParams.longValue(errors, "organisationId", organisationId);
        Long planYear = QueryParams.longValue(errors, "year", year);
        QueryParams.check(errors);
        return pipeline.plans(Actors.of(security), organisation, planYear == null ? null : clamp(planYear));
    }

    /** {@code ?year=2026&organisationId=3}: the plans against the pipeline. */
    @GET
    @Path("report")
    @Operation(operationId = "getPlanProgress", summary = "The development plans' progress of a year")
    public List<PlanProgress> report(@QueryParam("year") String year, @QueryParam("organisationId") String organisationId,
                                     @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        long planYear = QueryParams.requiredLong(errors, "year", year);
        Long organisation = QueryParams.longValue(errors, "organisationId", organisationId);
        QueryParams.check(errors);
        return pipeline.report(Actors.of(security), clamp(planYear), organisation);
    }

    /** The report as CSV with Chinese headers. */
    @GET
    @Path("report/export")
    @Operation(operationId = "exportPlanProgress", summary = "The development plans' progress as CSV")
    @Answers(value = 200, files = "text/csv")
    public Response export(@QueryParam("year") String year, @QueryParam("organisationId") String organisationId,
                           @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        long planYear = QueryParams.requiredLong(errors, "year", year);
        Long organisation = QueryParams.longValue(errors, "organisationId", organisationId);
        QueryParams.check(errors);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pipeline.reportCsv(Actors.of(security), clamp(planYear), organisation, out);
        return Response.ok(out.toByteArray(), TransferResource.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"development-plans-" + planYear + ".csv\"").build();
    }

    /** A year out of int's range stays out of the service's range. */
    private static int clamp(long year) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, year));
    }

    static EntityTag etag(Candidate c) {
        return new EntityTag(Long.toString(c.version()));
    }

    /** The body of an acceptance. */
    public record WarningAcceptanceBody(String code, String justification) {
    }
}
