package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
import org.castpb.api.workers.AllowanceRun;
import org.castpb.api.workers.AllowanceSchemeInfo;
import org.castpb.api.workers.AllowanceService;
import org.castpb.api.workers.Assessment;
import org.castpb.api.workers.JobChange;
import org.castpb.api.workers.Training;
import org.castpb.api.workers.TrainingDraft;
import org.castpb.api.workers.TrainingRule;
import org.castpb.api.workers.TrainingShortfall;
import org.castpb.api.workers.Worker;
import org.castpb.api.workers.WorkerDraft;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.api.workers.WorkerService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/workers}: the party affairs workers (党务工作者) of the societies in scope: roster, training and its
 * shortfalls, job-change reports, assessment grades and allowances, with CSV exports of the roster and the shortfalls.
 */
@Component(service = WorkerResource.class)
@Path("/workers")
@Produces(MediaType.APPLICATION_JSON)
public class WorkerResource {

    private final WorkerService workers;
    private final AllowanceService allowances;

    @Activate
    public WorkerResource(@Reference WorkerService workers, @Reference AllowanceService allowances) {
        this.workers = workers;
        this.allowances = allowances;
    }

    /** {@code ?societyId=3&current=true&offset=0&limit=50}. */
    @GET
    @Operation(operationId = "listWorkers", summary = "The party affairs workers, a page at a time")
    public Page<Worker> list(@QueryParam("societyId") String societyId, @QueryParam("current") String current,
                             @QueryParam("offset") String offset, @QueryParam("limit") String limit, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long society = QueryParams.longValue(errors, "societyId", societyId);
        boolean inPost = Boolean.TRUE.equals(QueryParams.booleanValue(errors, "current", current));
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, 50);
        QueryParams.check(errors);
        return workers.list(Actors.of(security), society, inPost, from, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addWorker", summary = "Add a party affairs worker to a society's roster")
    @Answers(value = 201, body = Worker.class)
    public Response add(WorkerDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        Worker created = workers.add(Actors.of(security), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).tag(etag(created))
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWorker", summary = "One party affairs worker")
    @Answers(value = 200, body = Worker.class)
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        Worker worker = workers.get(Actors.of(security), QueryParams.id("id", id));
        return Response.ok(worker).tag(etag(worker)).build();
    }

    /** Changes the worker at the version of {@code If-Match}; a full-time worker's new position, kind or end is a job change. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWorker", summary = "Change a party affairs worker")
    @Answers(value = 200, body = Worker.class)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WorkerDraft draft,
                           @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        Worker updated = workers.update(Actors.of(security), QueryParams.id("id", id), expected, draft);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "listWorkerHistory", summary = "Who added and changed a worker, and when")
    public List<AuditEntry> history(@PathParam("id") String id, @Context SecurityContext security) {
        return workers.history(Actors.of(security), QueryParams.id("id", id));
    }

    /** {@code ?year=2026}: the worker's trainings, newest first. */
    @GET
    @Path("{id}/trainings")
    @Operation(operationId = "listWorkerTrainings", summary = "A worker's trainings")
    public List<Training> trainings(@PathParam("id") String id, @QueryParam("year") String year, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        long worker = QueryParams.requiredLong(errors, "id", id);
        Long y = QueryParams.longValue(errors, "year", year);
        QueryParams.check(errors);
        return workers.trainings(Actors.of(security), worker, y == null ? null : y.intValue());
    }

    /** {@code {"course":"党务干部培训班","hours":8,"trainedOn":"2026-05-20"}}. */
    @POST
    @Path("{id}/trainings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordTraining", summary = "Record a worker's training")
    @Answers(value = 201, body = Training.class)
    public Response addTraining(@PathParam("id") String id, TrainingDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        Training t = workers.addTraining(Actors.of(security), QueryParams.id("id", id), draft);
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(t).build();
    }

    /** {@code {"grade":"EXCELLENT","note":"..."}}: the worker's grade for the year; administrators only. */
    @PUT
    @Path("{id}/assessments/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessWorker", summary = "Record a worker's grade of a year")
    public Assessment assess(@PathParam("id") String id, @PathParam("year") String year, Grading body, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        long worker = QueryParams.requiredLong(errors, "id", id);
        long y = QueryParams.requiredLong(errors, "year", year);
        QueryParams.check(errors);
        return workers.assess(Actors.of(security), worker, (int) y, body == null ? null : body.grade(), body == null ? null : body.note());
    }

    /** {@code ?year=2026&societyId=3}: the year's grades in scope. */
    @GET
    @Path("assessments")
    @Operation(operationId = "listAssessments", summary = "The workers' grades of a year")
    public List<Assessment> assessments(@QueryParam("year") String year, @QueryParam("societyId") String societyId,
                                        @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        int y = year(errors, year);
        Long society = QueryParams.longValue(errors, "societyId", societyId);
        QueryParams.check(errors);
        return workers.assessments(Actors.of(security), society, y);
    }

    @GET
    @Path("training-rules")
    @Operation(operationId = "listTrainingRules", summary = "The yearly training targets")
    public List<TrainingRule> trainingRules() {
        return workers.trainingRules();
    }

    /** {@code ?year=2026&societyId=3}: the workers whose training hours in the year are below their target (default: this year). */
    @GET
    @Path("training-shortfalls")
    @Operation(operationId = "listTrainingShortfalls", summary = "The workers short of their yearly training target")
    public List<TrainingShortfall> shortfalls(@QueryParam("year") String year, @QueryParam("societyId") String societyId,
                                              @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        int y = year(errors, year);
        Long society = QueryParams.longValue(errors, "societyId", societyId);
        QueryParams.check(errors);
        return workers.shortfalls(Actors.of(security), y, society);
    }

    /** The shortfalls as CSV with Chinese headers, or an Excel workbook with {@code format=xlsx}. */
    @GET
    @Path("training-shortfalls/export")
    @Operation(operationId = "exportTrainingShortfalls", summary = "The training shortfalls as CSV or an Excel workbook")
    @Answers(value = 200, files = {"text/csv", TransferResource.XLSX})
    public Response exportShortfalls(@QueryParam("year") String year, @QueryParam("societyId") String societyId,
                                     @QueryParam("format") String format, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        int y = year(errors, year);
        Long society = QueryParams.longValue(errors, "societyId", societyId);
        boolean xlsx = xlsx(errors, format);
        QueryParams.check(errors);
        return file("training-shortfalls-" + y, xlsx, out -> workers.exportShortfalls(Actors.of(security), y, society, xlsx, out));
    }

    /** The roster in scope (current and former) as CSV with Chinese headers, or a workbook: {@code ?societyId=3&format=xlsx}. */
    @GET
    @Path("export")
    @Operation(operationId = "exportWorkers", summary = "The roster of workers as CSV or an Excel workbook")
    @Answers(value = 200, files = {"text/csv", TransferResource.XLSX})
    public Response exportRoster(@QueryParam("societyId") String societyId, @QueryParam("format") String format,
                                 @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long society = QueryParams.longValue(errors, "societyId", societyId);
        boolean xlsx = xlsx(errors, format);
        QueryParams.check(errors);
        return file("workers", xlsx, out -> workers.exportRoster(Actors.of(security), society, xlsx, out));
    }

    /** Whether {@code format} asks for a workbook: csv (default) or xlsx. */
    static boolean xlsx(List<FieldError> errors, String format) {
        if (format == null || format.isBlank() || "csv".equalsIgnoreCase(format.strip())) {
            return false;
        }
        if ("xlsx".equalsIgnoreCase(format.strip())) {
            return true;
        }
        errors.add(new FieldError("format", "INVALID_VALUE", "format is csv or xlsx, got '" + format + "'"));
        return false;
    }

    /** {@code ?societyId=3&overdue=true}: job changes of full-time workers, with their due day; only unreported ones past it when overdue. */
    @GET
    @Path("job-changes")
    @Operation(operationId = "listJobChanges", summary = "The job changes awaiting their report, overdue first")
    public List<JobChange> jobChanges(@QueryParam("societyId") String societyId, @QueryParam("overdue") String overdue,
                                      @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long society = QueryParams.longValue(errors, "societyId", societyId);
        boolean late = Boolean.TRUE.equals(QueryParams.booleanValue(errors, "overdue", overdue));
        QueryParams.check(errors);
        return workers.jobChanges(Actors.of(security), society, late);
    }

    /** {@code {"report":"..."}}: files the report of a job change. */
    @POST
    @Path("job-changes/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileJobChangeReport", summary = "File the report of a worker's job change")
    public JobChange fileJobChange(@PathParam("id") String id, Report body, @Context SecurityContext security) {
        return workers.fileJobChange(Actors.of(security), QueryParams.id("id", id), body == null ? null : body.report());
    }

    @GET
    @Path("allowance-schemes")
    @Operation(operationId = "listAllowanceSchemes", summary = "The installed allowance schemes")
    public List<AllowanceSchemeInfo> schemes() {
        return allowances.schemes();
    }

    /** {@code ?year=2026}: allowance runs, newest first, with their lines in scope. */
    @GET
    @Path("allowance-runs")
    @Operation(operationId = "listAllowanceRuns", summary = "The allowance runs")
    public List<AllowanceRun> runs(@QueryParam("year") String year, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long y = QueryParams.longValue(errors, "year", year);
        QueryParams.check(errors);
        return allowances.runs(Actors.of(security), y == null ? null : y.intValue());
    }

    @GET
    @Path("allowance-runs/{id}")
    @Operation(operationId = "getAllowanceRun", summary = "One allowance run with its lines")
    public AllowanceRun run(@PathParam("id") String id, @Context SecurityContext security) {
        return allowances.run(Actors.of(security), QueryParams.id("id", id));
    }

    /** {@code {"year":2026,"budget":50000,"schemeId":"cast.grade"}}: allocates the year's allowances; administrators only. */
    @POST
    @Path("allowance-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "allocateAllowances", summary = "Allocate a year's allowance budget to the workers by a scheme")
    @Answers(value = 201, body = AllowanceRun.class)
    public Response allocate(Allocation body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null || body.year() == null) {
            QueryParams.check(List.of(new FieldError("year", "REQUIRED", "year is required")));
        }
        AllowanceRun run = allowances.allocate(Actors.of(security), body.year(), body.budget(), body.schemeId());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(run.id())).build()).entity(run).build();
    }

    private static int year(List<FieldError> errors, String year) {
        Long y = QueryParams.longValue(errors, "year", year);
        return y == null ? java.time.LocalDate.now(QueryParams.BEIJING).getYear() : y.intValue();
    }

    /** Written before the answer starts, so that a refusal is a problem document and not a broken file. */
    static Response file(String name, boolean xlsx, Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return Response.ok(out.toByteArray(), xlsx ? XLSX : TransferResource.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + (xlsx ? ".xlsx" : ".csv") + "\"").build();
    }

    static final String XLSX = org.castpb.api.sheets.SheetFiles.XLSX_MEDIA_TYPE;

    static EntityTag etag(Worker worker) {
        return new EntityTag(Long.toString(worker.version()));
    }

    /** The body of an assessment. */
    public record Grading(WorkerGrade grade, String note) {
    }

    /** The body of a job-change report. */
    public record Report(String report) {
    }

    /** The body of an allowance allocation. */
    public record Allocation(Integer year, BigDecimal budget, String schemeId) {
    }
}
