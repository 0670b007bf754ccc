package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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
import org.castpb.api.appraisal.AppraisalDraft;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.CaseResult;
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.CaseStepDraft;
import org.castpb.api.appraisal.UnqualifiedCase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/appraisals}: democratic appraisal rounds, their CSV sheet, and the unqualified-member cases they open. */
@Component(service = AppraisalResource.class)
@Path("/appraisals")
@Produces(MediaType.APPLICATION_JSON)
public class AppraisalResource {

    private final AppraisalService appraisals;

    @Activate
    public AppraisalResource(@Reference AppraisalService appraisals) {
        this.appraisals = appraisals;
    }

    /** {@code ?organisationId=3&societyId=5&year=2025}. */
    @GET
    @Operation(operationId = "listAppraisalRounds", summary = "The democratic appraisal rounds in scope")
    public List<AppraisalRound> list(@QueryParam("organisationId") String organisationId, @QueryParam("societyId") String societyId,
                                     @QueryParam("year") String year, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long organisation = QueryParams.longValue(errors, "organisationId", organisationId);
        Long society = QueryParams.longValue(errors, "societyId", societyId);
        Long y = QueryParams.longValue(errors, "year", year);
        QueryParams.check(errors);
        return appraisals.list(Actors.of(security), organisation, society, y == null ? null : y.intValue());
    }

    /** Records a round; 422 {@code EXCELLENT_ABOVE_SHARE} on {@code justification} when too many are EXCELLENT without one. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAppraisalRound", summary = "Record a democratic appraisal round with its grades")
    @Answers(value = 201, body = AppraisalRound.class)
    public Response record(AppraisalDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        AppraisalRound round = appraisals.record(Actors.of(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(round.id())).build();
        return Response.created(location).tag(new EntityTag(Long.toString(round.version()))).entity(round).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAppraisalRound", summary = "One democratic appraisal round")
    public AppraisalRound get(@PathParam("id") String id, @Context SecurityContext security) {
        return appraisals.get(Actors.of(security), QueryParams.id("id", id));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "listAppraisalRoundHistory", summary = "Who recorded and changed an appraisal round, and when")
    public List<AuditEntry> history(@PathParam("id") String id, @Context SecurityContext security) {
        return appraisals.history(Actors.of(security), QueryParams.id("id", id));
    }

    /** The grades of the rounds in scope as CSV (UTF-8 with BOM, Chinese headers), {@code ?year=2025}. */
    @GET
    @Path("export")
    @Produces(TransferResource.CSV)
    @Operation(operationId = "exportAppraisals", summary = "The appraisal rounds of a year as CSV")
    @Answers(value = 200, files = "text/csv")
    public Response export(@QueryParam("year") String year, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long y = QueryParams.longValue(errors, "year", year);
        QueryParams.check(errors);
        String csv = "\uFEFF" + appraisals.exportCsv(Actors.of(security), y == null ? null : y.intValue());
        return Response.ok(csv, TransferResource.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"appraisals.csv\"").build();
    }

    /** Unqualified-member cases, {@code ?state=OPEN} (all when not given). */
    @GET
    @Path("cases")
    @Operation(operationId = "listUnqualifiedCases", summary = "The cases opened for members graded unqualified")
    public List<UnqualifiedCase> cases(@Parameter(schema = @Schema(implementation = CaseState.class)) @QueryParam("state") String state, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        CaseState s = QueryParams.enumValue(errors, "state", state, CaseState.class);
        QueryParams.check(errors);
        return appraisals.cases(Actors.of(security), s);
    }

    /** One case with its steps. */
    @GET
    @Path("cases/{id}")
    @Operation(operationId = "getUnqualifiedCase", summary = "One unqualified-member case with its handling steps")
    @Answers(value = 200, body = UnqualifiedCase.class)
    public Response getCase(@PathParam("id") String id, @Context SecurityContext security) {
        UnqualifiedCase c = appraisals.getCase(Actors.of(security), QueryParams.id("id", id));
        return Response.ok(c).tag(new EntityTag(Long.toString(c.version()))).build();
    }

    @GET
    @Path("cases/{id}/history")
    @Operation(operationId = "listUnqualifiedCaseHistory", summary = "Who opened, stepped and closed an unqualified-member case, and when")
    public List<AuditEntry> caseHistory(@PathParam("id") String id, @Context SecurityContext security) {
        return appraisals.caseHistory(Actors.of(security), QueryParams.id("id", id));
    }

    /** {@code {"memberId":7,"on":"2026-06-01","reason":"..."}}: a case opened by hand; 422 {@code CASE_EXISTS} while one is open. */
    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openUnqualifiedCase", summary = "Open an unqualified-member case by hand, with the reason")
    @Answers(value = 201, body = UnqualifiedCase.class)
    public Response openCase(Opening body, @Context SecurityContext security, @Context UriInfo uri) {
        UnqualifiedCase c = appraisals.openCase(Actors.of(security), body == null || body.memberId() == null ? 0 : body.memberId(),
                body == null ? null : body.on(), body == null ? null : body.reason());
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(c.id())).build();
        return Response.created(location).tag(new EntityTag(Long.toString(c.version()))).entity(c).build();
    }

    /**
     * {@code {"on":"2026-07-05"}}: a case for each member the organisational-life alerts in scope list as a candidate
     * (absent without reason for the rule set's months) who has none open; the cases opened.
     */
    @POST
    @Path("cases/from-candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openUnqualifiedCasesForCandidates", summary = "Open a case for each member organisational life lists as a candidate")
    public List<UnqualifiedCase> openCasesForCandidates(Opening body, @Context SecurityContext security) {
        return appraisals.openCasesForCandidates(Actors.of(security), body == null ? null : body.on());
    }

    /**
     * {@code {"kind":"IMPROVEMENT_DEADLINE","on":"2026-02-01","deadline":"2026-07-31","note":"..."}} with {@code If-Match}:
     * the next step; 422 {@code STEP_OUT_OF_ORDER} or {@code DEADLINE_NOT_PASSED}. REMOVAL closes the case and removes the member.
     */
    @POST
    @Path("cases/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordUnqualifiedCaseStep", summary = "Record the next handling step of an unqualified-member case")
    @Answers(value = 200, body = UnqualifiedCase.class)
    public Response recordStep(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CaseStepDraft body,
                               @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        UnqualifiedCase c = appraisals.recordStep(Actors.of(security), QueryParams.id("id", id), expected, body);
        return Response.ok(c).tag(new EntityTag(Long.toString(c.version()))).build();
    }

    /**
     * {@code {"on":"2026-11-30","result":"IMPROVED","outcome":"..."}} with {@code If-Match}: the case is closed; without
     * {@code result} it is OTHER.
     */
    @POST
    @Path("cases/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeUnqualifiedCase", summary = "Close an unqualified-member case with its outcome")
    @Answers(value = 200, body = UnqualifiedCase.class)
    public Response close(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Closing body,
                          @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        UnqualifiedCase closed = appraisals.closeCase(Actors.of(security), QueryParams.id("id", id), expected,
                body == null ? null : body.on(), body == null || body.result() == null ? CaseResult.OTHER : body.result(),
                body == null ? null : body.outcome());
        return Response.ok(closed).tag(new EntityTag(Long.toString(closed.version()))).build();
    }

    /** The body of {@code close}: {@code outcome} is the note saying how the case was handled. */
    public record Closing(LocalDate on, CaseResult result, String outcome) {
    }

    /** The body of {@code openCase}. */
    public record Opening(Long memberId, LocalDate on, String reason) {
    }
}
