package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import java.io.InputStream;
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
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.FieldError;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.Page;
import org.castpb.api.members.Disclosure;
import org.castpb.api.members.LedgerReconciliation;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberExchangeService;
import org.castpb.api.members.MemberLedgerService;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.RetentionRun;
import org.castpb.api.members.Transfer;
import org.castpb.api.members.TransferService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/members}: the party members' registry. Lists and reads mask the citizen ID and phone;
 * {@code GET /members/{id}?full=true} (or {@code /members/{id}/personal-data}) shows them to an account that keeps the
 * member and writes the read to the disclosure log.
 */
@Component(service = MemberResource.class)
@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    static final String DOOR = "REST";

    private final MemberService members;
    private final TransferService transfers;
    private final MemberLedgerService ledgers;
    private final MemberExchangeService files;

    @Activate
    public MemberResource(@Reference MemberService members, @Reference TransferService transfers, @Reference MemberLedgerService ledgers,
                          @Reference MemberExchangeService files) {
        this.members = members;
        this.transfers = transfers;
        this.ledgers = ledgers;
        this.files = files;
    }

    /**
     * The members in scope as CSV with Chinese headers, or an Excel workbook with the same columns with {@code format=xlsx}:
     * {@code ?organisationId=3&format=xlsx}; masked unless {@code full=true} (logged).
     */
    @GET
    @Path("export")
    @Operation(operationId = "exportMembers", summary = "The members as CSV or an Excel workbook, masked unless in full")
    @Answers(value = 200, files = {"text/csv", TransferResource.XLSX})
    public Response export(@QueryParam("organisationId") String organisationId, @QueryParam("full") String full,
                           @QueryParam("format") String format, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long organisation = QueryParams.longValue(errors, "organisationId", organisationId);
        boolean inFull = Boolean.TRUE.equals(QueryParams.booleanValue(errors, "full", full));
        boolean xlsx = WorkerResource.xlsx(errors, format);
        QueryParams.check(errors);
        Actor actor = Actors.of(security);
        return WorkerResource.file("members", xlsx, out -> {
            if (xlsx) {
                files.exportXlsx(actor, organisation, inFull, out);
            } else {
                files.exportCsv(actor, organisation, inFull, out);
            }
        });
    }

    /** Registers the members of a CSV file; {@code mode=ALL_OR_NOTHING} (default) writes nothing when a row is invalid (422). */
    @POST
    @Path("import")
    @Consumes({TransferResource.CSV, "application/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importMembers", summary = "Import members from CSV or an Excel workbook")
    @Answers(value = 200, body = ImportReport.class, refusedWith = ImportReport.class)
    public Response importMembers(InputStream body, @Parameter(schema = @Schema(implementation = ImportMode.class)) @QueryParam("mode") String mode, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        ImportMode importMode = QueryParams.enumValue(errors, "mode", mode, ImportMode.class);
        QueryParams.check(errors);
        return report(files.importCsv(Actors.of(security), body, importMode));
    }

    /** The same import from the first sheet of an Excel workbook (.xlsx) with the same headers. */
    @POST
    @Path("import")
    @Consumes(TransferResource.XLSX)
    @Operation(operationId = "importMembersFromWorkbook", summary = "Import members from an Excel workbook")
    @Answers(value = 200, body = ImportReport.class, refusedWith = ImportReport.class)
    public Response importMembersXlsx(InputStream body, @Parameter(schema = @Schema(implementation = ImportMode.class)) @QueryParam("mode") String mode, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        ImportMode importMode = QueryParams.enumValue(errors, "mode", mode, ImportMode.class);
        QueryParams.check(errors);
        return report(files.importXlsx(Actors.of(security), body, importMode));
    }

    private static Response report(ImportReport report) {
        return Response.status(!report.applied() && !report.errors().isEmpty() ? 422 : 200).entity(report).build();
    }

    /** {@code ?organisationId=3&namePrefix=张&status=ACTIVE&offset=0&limit=50}. */
    @GET
    @Operation(operationId = "listMembers", summary = "The party members in scope, a page at a time")
    public Page<Member> list(@QueryParam("organisationId") String organisationId, @QueryParam("namePrefix") String namePrefix,
                             @Parameter(schema = @Schema(implementation = MemberStatus.class)) @QueryParam("status") String status, @QueryParam("offset") String offset,
                             @QueryParam("limit") String limit, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long organisation = QueryParams.longValue(errors, "organisationId", organisationId);
        MemberStatus state = QueryParams.enumValue(errors, "status", status, MemberStatus.class);
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, MemberQuery.DEFAULT_LIMIT);
        QueryParams.check(errors);
        return members.list(Actors.of(security), new MemberQuery(organisation, namePrefix, state, from, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerMember", summary = "Register a party member")
    @Answers(value = 201, body = Member.class)
    public Response register(MemberDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        Member created = members.register(Actors.of(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).tag(etag(created)).entity(created).build();
    }

    /** The member, masked; with {@code ?full=true} the personal data in full, logged. */
    @GET
    @Path("{id}")
    @Operation(operationId = "getMember", summary = "One party member, personal data masked unless in full")
    @Answers(value = 200, body = Member.class)
    public Response get(@PathParam("id") String id, @QueryParam("full") String full, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Boolean inFull = QueryParams.booleanValue(errors, "full", full);
        long memberId = QueryParams.requiredLong(errors, "id", id);
        QueryParams.check(errors);
        Member member = Boolean.TRUE.equals(inFull) ? members.personalData(Actors.of(security), memberId, DOOR)
                : members.get(Actors.of(security), memberId);
        return Response.ok(member).tag(etag(member)).build();
    }

    /** The member's personal data in full, logged (the same as {@code ?full=true}). */
    @GET
    @Path("{id}/personal-data")
    @Operation(operationId = "getMemberPersonalData", summary = "One party member with personal data (the read is logged)")
    @Answers(value = 200, body = Member.class)
    public Response personalData(@PathParam("id") String id, @Context SecurityContext security) {
        Member member = members.personalData(Actors.of(security), QueryParams.id("id", id), DOOR);
        return Response.ok(member).tag(etag(member)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMember", summary = "Change a party member")
    @Answers(value = 200, body = Member.class)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MemberDraft draft,
                           @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        Member updated = members.update(Actors.of(security), QueryParams.id("id", id), expected, draft);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    /** {@code {"status":"DECEASED","on":"2026-11-30","reason":"..."}}: the member leaves the roll. */
    @POST
    @Path("{id}/leave")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordMemberLeaving", summary = "Record that a member left, died or was expelled")
    @Answers(value = 200, body = Member.class)
    public Response leave(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Leaving body,
                          @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        Member left = members.leave(Actors.of(security), QueryParams.id("id", id), expected, body == null ? null : body.status(),
                body == null ? null : body.on(), body == null ? null : body.reason());
        return Response.ok(left).tag(etag(left)).build();
    }

    /** {@code {"toOrganisationId":5}} or {@code {"toUnit":"...","on":"2026-11-01","note":"..."}}: asks to transfer the member out. */
    @POST
    @Path("{id}/transfer-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transferMemberOut", summary = "Transfer a member out to another organisation or unit")
    @Answers(value = 201, body = Transfer.class)
    public Response transferOut(@PathParam("id") String id, TransferOrder body, @Context SecurityContext security, @Context UriInfo uri) {
        TransferOrder order = body == null ? new TransferOrder(null, null, null, null) : body;
        Transfer transfer = transfers.transferOut(Actors.of(security), QueryParams.id("id", id), order.toOrganisationId(), order.toUnit(),
                order.on(), order.note());
        return Response.created(uri.getBaseUriBuilder().path("transfers").path(Long.toString(transfer.id())).build()).entity(transfer).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "listMemberHistory", summary = "Who registered and changed a member, and when")
    public List<AuditEntry> history(@PathParam("id") String id, @Context SecurityContext security) {
        return members.history(Actors.of(security), QueryParams.id("id", id));
    }

    /** Who read which member's personal data in full, newest first: {@code ?memberId=&offset=&limit=}. */
    @GET
    @Path("disclosures")
    @Operation(operationId = "listDisclosures", summary = "Who read members' personal data, and when")
    public Page<Disclosure> disclosures(@QueryParam("memberId") String memberId, @QueryParam("offset") String offset,
                                        @QueryParam("limit") String limit, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Long member = QueryParams.longValue(errors, "memberId", memberId);
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, MemberQuery.DEFAULT_LIMIT);
        QueryParams.check(errors);
        return members.disclosures(Actors.of(security), member, from, size);
    }

    /** Applies the retention period now (national administrators; it also runs daily). */
    @POST
    @Path("retention")
    @Operation(operationId = "runRetention", summary = "Remove the personal data of members kept past the retention period")
    public RetentionRun retention(@Context SecurityContext security) {
        return members.applyRetention(Actors.of(security));
    }

    /** The society's ledger party-member section against the registry; the differences are the reconciliation items. */
    @GET
    @Path("ledger-reconciliation/{societyId}")
    @Operation(operationId = "getLedgerReconciliation", summary = "A society's member counts against its ledger")
    @Answers(value = 200, body = LedgerReconciliation.class)
    public Response reconciliation(@PathParam("societyId") String societyId, @Context SecurityContext security) {
        LedgerReconciliation r = ledgers.reconcile(Actors.of(security), QueryParams.id("societyId", societyId));
        return Response.ok(r).tag(new EntityTag(Integer.toString(r.ledgerRevision()))).build();
    }

    /** Fills the ledger's party-member section from the registry; {@code If-Match} names the ledger revision read. */
    @POST
    @Path("ledger-reconciliation/{societyId}/fill")
    @Operation(operationId = "fillLedgerFromRegistry", summary = "Fill a society's ledger counts from the member registry")
    @Answers(value = 200, body = LedgerReconciliation.class)
    public Response fillLedger(@PathParam("societyId") String societyId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        LedgerReconciliation r = ledgers.fillLedger(Actors.of(security), QueryParams.id("societyId", societyId), (int) expected);
        return Response.ok(r).tag(new EntityTag(Integer.toString(r.ledgerRevision()))).build();
    }

    static EntityTag etag(Member member) {
        return new EntityTag(Long.toString(member.version()));
    }

    /** The body of {@code leave}. */
    public record Leaving(MemberStatus status, LocalDate on, String reason) {
    }

    /** The body of {@code transfer-out}. */
    public record TransferOrder(Long toOrganisationId, String toUnit, LocalDate on, String note) {
    }
}
