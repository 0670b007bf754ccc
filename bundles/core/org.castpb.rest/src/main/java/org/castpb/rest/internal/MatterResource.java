package org.castpb.rest.internal;

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
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.api.matters.MatterDraft;
import org.castpb.api.matters.MatterThresholds;
import org.castpb.api.matters.Opinion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/matters}: the societies' major matters, the party organisation's opinions, the decisions and the breaches. */
@Component(service = MatterResource.class)
@Path("/matters")
@Produces(MediaType.APPLICATION_JSON)
public class MatterResource {

    private final MajorMatterService matters;

    @Activate
    public MatterResource(@Reference MajorMatterService matters) {
        this.matters = matters;
    }

    /** {@code ?societyId=5&from=2026-01-01&to=2026-12-31} (by the day raised). */
    @GET
    @Operation(operationId = "listMajorMatters", summary = "The major matters in scope")
    public List<MajorMatter> list(@QueryParam("societyId") String societyId, @QueryParam("from") String from, @QueryParam("to") String to,
                                  @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long society = QueryParams.longValue(errors, "societyId", societyId);
        LocalDate f = QueryParams.dateValue(errors, "from", from);
        LocalDate t = QueryParams.dateValue(errors, "to", to);
        QueryParams.check(errors);
        return matters.list(Actors.of(security), society, f, t);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordMajorMatter", summary = "Record a major matter")
    @Answers(value = 201, body = MajorMatter.class)
    public Response record(MatterDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        MajorMatter matter = matters.record(Actors.of(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(matter.id())).build();
        return Response.created(location).tag(etag(matter)).entity(matter).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMajorMatter", summary = "One major matter")
    @Answers(value = 200, body = MajorMatter.class)
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        MajorMatter matter = matters.get(Actors.of(security), QueryParams.id("id", id));
        return Response.ok(matter).tag(etag(matter)).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "listMajorMatterHistory", summary = "Who recorded and changed a major matter, and when")
    public List<AuditEntry> history(@PathParam("id") String id, @Context SecurityContext security) {
        return matters.history(Actors.of(security), QueryParams.id("id", id));
    }

    /** {@code {"kind":"AGREE_WITH_CONDITIONS","text":"...","givenOn":"2026-03-05"}} with {@code If-Match}. */
    @POST
    @Path("{id}/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "giveMatterOpinion", summary = "Record the party organisation's opinion on a major matter")
    @Answers(value = 200, body = MajorMatter.class)
    public Response opinion(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Opinion opinion,
                            @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        MajorMatter matter = matters.giveOpinion(Actors.of(security), QueryParams.id("id", id), expected, opinion);
        return Response.ok(matter).tag(etag(matter)).build();
    }

    /** {@code {"decidedOn":"2026-03-20"}} with {@code If-Match}. */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideMajorMatter", summary = "Record the decision of a major matter")
    @Answers(value = 200, body = MajorMatter.class)
    public Response decide(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Decision body,
                           @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        MajorMatter matter = matters.decide(Actors.of(security), QueryParams.id("id", id), expected, body == null ? null : body.decidedOn());
        return Response.ok(matter).tag(etag(matter)).build();
    }

    /** Matters decided in the period without an earlier opinion or against a disagreeing one; {@code format=csv} for a sheet. */
    @GET
    @Path("breaches")
    @Produces({MediaType.APPLICATION_JSON, TransferResource.CSV})
    @Operation(operationId = "listMatterBreaches", summary = "The major matters decided against the rules, as JSON or CSV")
    @Answers(value = 200, body = MajorMatter.class, shape = Answers.Shape.LIST, files = "text/csv")
    public Response breaches(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format,
                             @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = QueryParams.dateValue(errors, "from", from);
        LocalDate t = QueryParams.dateValue(errors, "to", to);
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            errors.add(new FieldError("format", "INVALID_VALUE", "format is csv or json, got '" + format + "'"));
        }
        QueryParams.check(errors);
        if ("csv".equals(format)) {
            return Response.ok("\uFEFF" + matters.exportBreachesCsv(Actors.of(security), f, t), TransferResource.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"major-matter-breaches.csv\"").build();
        }
        return Response.ok(matters.breaches(Actors.of(security), f, t), MediaType.APPLICATION_JSON).build();
    }

    /** The threshold versions, oldest first. */
    @GET
    @Path("rule-sets")
    @Operation(operationId = "listMatterRuleSets", summary = "The thresholds of major matters, by rule set")
    public List<MatterThresholds> ruleSets() {
        return matters.ruleSets();
    }

    static EntityTag etag(MajorMatter matter) {
        return new EntityTag(Long.toString(matter.version()));
    }

    /** The body of {@code decision}. */
    public record Decision(LocalDate decidedOn) {
    }
}
