package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerComparison;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerRevision;
import org.castpb.api.LedgerService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/societies/{id}/ledger}: a society's ledger (台账), its revisions and their comparison. */
@Component(service = LedgerResource.class)
@Path("/societies/{id}/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    private final LedgerService ledgers;

    @Activate
    public LedgerResource(@Reference LedgerService ledgers) {
        this.ledgers = ledgers;
    }

    /** The current ledger, or with {@code asOf=2016-12-31} the ledger as it stood at the end of that day. */
    @GET
    @Operation(operationId = "getLedger", summary = "A society's party-building ledger, current or as of a date")
    @Answers(value = 200, body = Ledger.class)
    public Response get(@PathParam("id") long id, @QueryParam("asOf") String asOf, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        java.time.LocalDate date = QueryParams.dateValue(errors, "asOf", asOf);
        QueryParams.check(errors);
        Actor actor = Actors.of(security);
        Ledger ledger = date == null ? ledgers.current(actor, id) : ledgers.asOf(actor, id, date);
        return Response.ok(ledger).tag(etag(ledger)).build();
    }

    /** Records a new revision; {@code If-Match} names the revision read (0 for a society without ledger). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateLedger", summary = "Change a society's party-building ledger")
    @Answers(value = 200, body = Ledger.class)
    public Response put(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LedgerDraft draft,
                        @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        Ledger ledger = ledgers.update(Actors.of(security), id, (int) expected, draft);
        return Response.ok(ledger).tag(etag(ledger)).build();
    }

    @GET
    @Path("revisions")
    @Operation(operationId = "listLedgerRevisions", summary = "The revisions of a society's ledger")
    public List<LedgerRevision> revisions(@PathParam("id") long id, @Context SecurityContext security) {
        return ledgers.revisions(Actors.of(security), id);
    }

    @GET
    @Path("revisions/{revision}")
    @Operation(operationId = "getLedgerRevision", summary = "One revision of a society's ledger")
    @Answers(value = 200, body = Ledger.class)
    public Response revision(@PathParam("id") long id, @PathParam("revision") int revision, @Context SecurityContext security) {
        Ledger ledger = ledgers.revision(Actors.of(security), id, revision);
        return Response.ok(ledger).tag(etag(ledger)).build();
    }

    /** What changed between two revisions, e.g. {@code ?from=1&to=3}. */
    @GET
    @Path("compare")
    @Operation(operationId = "compareLedgerRevisions", summary = "What changed between two revisions of a society's ledger")
    public LedgerComparison compare(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                                    @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        int fromRevision = QueryParams.intValue(errors, "from", from, -1);
        int toRevision = QueryParams.intValue(errors, "to", to, -1);
        if (from == null || from.isBlank()) {
            errors.add(new FieldError("from", "REQUIRED", "from (a revision number) is required"));
        }
        if (to == null || to.isBlank()) {
            errors.add(new FieldError("to", "REQUIRED", "to (a revision number) is required"));
        }
        QueryParams.check(errors);
        return ledgers.compare(Actors.of(security), id, fromRevision, toRevision);
    }

    static EntityTag etag(Ledger ledger) {
        return new EntityTag(Integer.toString(ledger.revision()));
    }
}
