package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
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
import org.castpb.api.life.Alert;
import org.castpb.api.life.AlertKind;
import org.castpb.api.life.AlertQuery;
import org.castpb.api.life.AlertRun;
import org.castpb.api.life.AlertService;
import org.castpb.api.life.AlertStatus;
import org.castpb.api.life.AttendanceQuery;
import org.castpb.api.life.ComplianceQuery;
import org.castpb.api.life.ComplianceService;
import org.castpb.api.life.LifeRuleSet;
import org.castpb.api.life.Meeting;
import org.castpb.api.life.MeetingDraft;
import org.castpb.api.life.MeetingQuery;
import org.castpb.api.life.MeetingService;
import org.castpb.api.life.MeetingType;
import org.castpb.api.life.MemberAttendance;
import org.castpb.api.life.OrganisationCompliance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/life}: organisational life. {@code meetings} (record, correct, read, list), {@code compliance} per
 * organisation (JSON or CSV), {@code attendance} per member, {@code alerts} and their run, {@code rule-sets}.
 */
@Component(service = LifeResource.class)
@Path("/life")
@Produces(MediaType.APPLICATION_JSON)
public class LifeResource {

    private final MeetingService meetings;
    private final ComplianceService compliance;
    private final AlertService alerts;

    @Activate
    public LifeResource(@Reference MeetingService meetings, @Reference ComplianceService compliance, @Reference AlertService alerts) {
        this.meetings = meetings;
        this.compliance = compliance;
        this.alerts = alerts;
    }

    /** {@code ?organisationId=3&societyId=&type=PARTY_LECTURE&from=2026-01-01&to=2026-12-31&offset=0&limit=50}, newest first. */
    @GET
    @Path("meetings")
    @Operation(operationId = "listMeetings", summary = "The recorded meetings, a page at a time")
    public Page<Meeting> list(@QueryParam("organisationId") String organisationId, @QueryParam("societyId") String societyId,
                              @Parameter(schema = @Schema(implementation = MeetingType.class)) @QueryParam("type") String type, @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("offset") String offset, @QueryParam("limit") String limit, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        MeetingQuery q = new MeetingQuery(QueryParams.longValue(errors, "organisationId", organisationId),
                QueryParams.longValue(errors, "societyId", societyId), QueryParams.enumValue(errors, "type", type, MeetingType.class),
                QueryParams.dateValue(errors, "from", from), QueryParams.dateValue(errors, "to", to),
                QueryParams.intValue(errors, "offset", offset, 0), QueryParams.intValue(errors, "limit", limit, MeetingQuery.DEFAULT_LIMIT));
        QueryParams.check(errors);
        return meetings.list(Actors.of(security), q);
    }

    @POST
    @Path("meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordMeeting", summary = "Record a meeting with its attendance")
    @Answers(value = 201, body = Meeting.class)
    public Response record(MeetingDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        Meeting created = meetings.record(Actors.of(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).tag(etag(created)).entity(created).build();
    }

    @GET
    @Path("meetings/{id}")
    @Operation(operationId = "getMeeting", summary = "One meeting with its attendance")
    @Answers(value = 200, body = Meeting.class)
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        Meeting meeting = meetings.get(Actors.of(security), QueryParams.id("id", id));
        return Response.ok(meeting).tag(etag(meeting)).build();
    }

    @PUT
    @Path("meetings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMeeting", summary = "Change a meeting")
    @Answers(value = 200, body = Meeting.class)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MeetingDraft draft,
                           @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        Meeting updated = meetings.update(Actors.of(security), QueryParams.id("id", id), expected, draft);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @GET
    @Path("meetings/{id}/history")
    @Operation(operationId = "listMeetingHistory", summary = "Who recorded and changed a meeting, and when")
    public List<AuditEntry> history(@PathParam("id") String id, @Context SecurityContext security) {
        return meetings.history(Actors.of(security), QueryParams.id("id", id));
    }

    /** {@code ?from=2026-01-01&to=2026-12-31&organisationId=&societyId=&missingOnly=true&offset=&limit=}. */
    @GET
    @Path("compliance")
    @Operation(operationId = "listOrganisationCompliance", summary = "Each organisation's meetings against its rule set")
    public Page<OrganisationCompliance> compliance(@QueryParam("organisationId") String organisationId, @QueryParam("societyId") String societyId,
                                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                                   @QueryParam("missingOnly") String missingOnly, @QueryParam("offset") String offset,
                                                   @QueryParam("limit") String limit, @Context SecurityContext security) {
        return compliance.report(Actors.of(security), complianceQuery(organisationId, societyId, from, to, missingOnly, offset, limit));
    }

    /** The same report as CSV with Chinese headers, one row per organisation and kind of meeting due, or a workbook with {@code format=xlsx}. */
    @GET
    @Path("compliance/export")
    @Operation(operationId = "exportCompliance", summary = "The organisations' compliance as CSV or an Excel workbook")
    @Answers(value = 200, files = {"text/csv", TransferResource.XLSX})
    public Response export(@QueryParam("organisationId") String organisationId, @QueryParam("societyId") String societyId,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("missingOnly") String missingOnly,
                           @QueryParam("format") String format, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        boolean xlsx = WorkerResource.xlsx(errors, format);
        QueryParams.check(errors);
        ComplianceQuery q = complianceQuery(organisationId, societyId, from, to, missingOnly, null, null);
        // written before the answer starts, so that a refusal is a problem document and not a broken file
        return WorkerResource.file("compliance", xlsx, out -> {
            if (xlsx) {
                compliance.exportXlsx(Actors.of(security), q, out);
            } else {
                compliance.exportCsv(Actors.of(security), q, out);
            }
        });
    }

    private static ComplianceQuery complianceQuery(String organisationId, String societyId, String from, String to, String missingOnly,
                                                   String offset, String limit) {
        List<FieldError> errors = new ArrayList<>();
        ComplianceQuery q = new ComplianceQuery(QueryParams.longValue(errors, "organisationId", organisationId),
                QueryParams.longValue(errors, "societyId", societyId), required(errors, "from", from), required(errors, "to", to),
                Boolean.TRUE.equals(QueryParams.booleanValue(errors, "missingOnly", missingOnly)),
                QueryParams.intValue(errors, "offset", offset, 0), QueryParams.intValue(errors, "limit", limit, ComplianceQuery.DEFAULT_LIMIT));
        QueryParams.check(errors);
        return q;
    }

    private static LocalDate required(List<FieldError> errors, String name, String text) {
        LocalDate date = QueryParams.dateValue(errors, name, text);
        if (date == null && (text == null || text.isBlank())) {
            errors.add(new FieldError(name, "REQUIRED", name + " is required (YYYY-MM-DD)"));
        }
        return date;
    }

    /** {@code ?from=&to=&organisationId=&candidatesOnly=true&offset=&limit=}: members' attendance rates and absences. */
    @GET
    @Path("attendance")
    @Operation(operationId = "listMemberAttendance", summary = "Each member's attendance against the rule set")
    public Page<MemberAttendance> attendance(@QueryParam("organisationId") String organisationId, @QueryParam("from") String from,
                                             @QueryParam("to") String to, @QueryParam("candidatesOnly") String candidatesOnly,
                                             @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                             @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        AttendanceQuery q = new AttendanceQuery(QueryParams.longValue(errors, "organisationId", organisationId), required(errors, "from", from),
                required(errors, "to", to), Boolean.TRUE.equals(QueryParams.booleanValue(errors, "candidatesOnly", candidatesOnly)),
                QueryParams.intValue(errors, "offset", offset, 0), QueryParams.intValue(errors, "limit", limit, ComplianceQuery.DEFAULT_LIMIT));
        QueryParams.check(errors);
        return compliance.attendance(Actors.of(security), q);
    }

    /** {@code ?organisationId=&kind=MEETING_OVERDUE&status=OPEN&offset=&limit=}, newest first. */
    @GET
    @Path("alerts")
    @Operation(operationId = "listLifeAlerts", summary = "The organisational-life alerts")
    public Page<Alert> alerts(@QueryParam("organisationId") String organisationId, @Parameter(schema = @Schema(implementation = AlertKind.class)) @QueryParam("kind") String kind,
                              @Parameter(schema = @Schema(implementation = AlertStatus.class)) @QueryParam("status") String status, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                              @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        AlertQuery q = new AlertQuery(QueryParams.longValue(errors, "organisationId", organisationId),
                QueryParams.enumValue(errors, "kind", kind, AlertKind.class), QueryParams.enumValue(errors, "status", status, AlertStatus.class),
                QueryParams.intValue(errors, "offset", offset, 0), QueryParams.intValue(errors, "limit", limit, ComplianceQuery.DEFAULT_LIMIT));
        QueryParams.check(errors);
        return alerts.list(Actors.of(security), q);
    }

    /** Runs the alerts now ({@code ?asOf=} a day, default today); national administrators; it also runs daily. */
    @POST
    @Path("alerts/run")
    @Operation(operationId = "runLifeAlerts", summary = "Raise today's organisational-life alerts now")
    public AlertRun run(@QueryParam("asOf") String asOf, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = QueryParams.dateValue(errors, "asOf", asOf);
        QueryParams.check(errors);
        return alerts.run(Actors.of(security), day);
    }

    @GET
    @Path("rule-sets")
    @Operation(operationId = "listLifeRuleSets", summary = "The organisational-life rule sets")
    public List<LifeRuleSet> ruleSets() {
        return compliance.ruleSets();
    }

    static EntityTag etag(Meeting meeting) {
        return new EntityTag(Long.toString(meeting.version()));
    }
}
