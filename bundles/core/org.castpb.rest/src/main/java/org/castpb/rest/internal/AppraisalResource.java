package org.castpb.rest.internal;

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
import org.castpb.api.appraisal.CaseState;
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
    public Response record(AppraisalDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        AppraisalRound round = appraisals.record(Actors.of(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(round.id())).build();
        return Response.created(location).tag(new EntityTag(Long.toString(round.version()))).entity(round).build();
    }

    @GET
    @Path("{id}")
    public AppraisalRound get(@PathParam("id") String id, @Context SecurityContext security) {
        return appraisals.get(Actors.of(security), QueryParams.id("id", id));
    }

    @GET
    @Path("{id}/history")
    public List<AuditEntry> history(@PathParam("id") String id, @Context SecurityContext security) {
        return appraisals.history(Actors.of(security), QueryParams.id("id", id));
    }

    /** The grades of the rounds in scope as CSV (UTF-8 with BOM, Chinese headers), {@code ?year=2025}. */
    @GET
    @Path("export")
    @Produces(TransferResource.CSV)
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
    public List<UnqualifiedCase> cases(@QueryParam("state") String state, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        CaseState s = QueryParams.enumValue(errors, "state", state, CaseState.class);
        QueryParams.check(errors);
        return appraisals.cases(Actors.of(security), s);
    }

    /** {@code {"on":"2026-11-30","outcome":"..."}} with {@code If-Match}: the case is closed. */
    @POST
    @Path("cases/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response close(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Closing body,
                          @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        UnqualifiedCase closed = appraisals.closeCase(Actors.of(security), QueryParams.id("id", id), expected,
                body == null ? null : body.on(), body == null ? null : body.outcome());
        return Response.ok(closed).tag(new EntityTag(Long.toString(closed.version()))).build();
    }

    /** The body of {@code close}. */
    public record Closing(LocalDate on, String outcome) {
    }
}
