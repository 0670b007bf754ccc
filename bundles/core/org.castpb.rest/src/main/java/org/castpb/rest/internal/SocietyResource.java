package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.BeanParam;
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
import org.castpb.api.Society;
import org.castpb.api.SocietyCreated;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
import org.castpb.api.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/societies}: the society records. */
@Component(service = SocietyResource.class)
@Path("/societies")
@Produces(MediaType.APPLICATION_JSON)
public class SocietyResource {

    private final SocietyService societies;

    @Activate
    public SocietyResource(@Reference SocietyService societies) {
        this.societies = societies;
    }

    /**
     * A page of the societies in scope matching the filters, in id order. {@code total} counts every match on a page by
     * offset; a page after an id ({@code after}) leaves it out unless {@code includeTotal=true}, because counting reads
     * every match however short the page; {@code includeTotal=false} leaves it out of a page by offset too.
     */
    @GET
    @Operation(operationId = "listSocieties", summary = "The societies matching the filters, a page at a time",
            description = "Pages by `offset`, or after the id of the previous page's last society (`after`, as fast deep in the"
                    + " list as at its start). `total` counts every match on a page by offset; a page after an id answers"
                    + " without `total` unless `includeTotal=true`, and `includeTotal=false` leaves it out of a page by offset too.")
    public Page<Society> list(@BeanParam SocietyFilterParams filter,
                              @Parameter(description = "whether the page counts every match in `total`: by default on a page by offset"
                                      + " and not on a page after an id", schema = @Schema(type = "boolean"))
                              @QueryParam("includeTotal") String includeTotal,
                              @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Boolean count = QueryParams.booleanValue(errors, "includeTotal", includeTotal);
        SocietyQuery query;
        try {
            query = filter.toQuery();
        } catch (ValidationException e) {
            errors.addAll(0, e.errors());
            throw new ValidationException(errors);
        }
        QueryParams.check(errors);
        return societies.list(Actors.of(security), count == null ? query : query.withTotal(count));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSociety", summary = "One society's record")
    @Answers(value = 200, body = Society.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        Society society = societies.get(Actors.of(security), id);
        return Response.ok(society).tag(etag(society)).build();
    }

    /** Who created and changed the society, when, and what it was before and after. */
    @GET
    @Path("{id}/history")
    @Operation(operationId = "listSocietyHistory", summary = "Who created and changed a society, and when")
    public List<AuditEntry> history(@PathParam("id") long id, @Context SecurityContext security) {
        return societies.history(Actors.of(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSociety", summary = "Record a society")
    @Answers(value = 201, body = Society.class)
    public Response create(SocietyDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        SocietyCreated recorded = societies.createWithWarnings(Actors.of(security), draft);
        Society created = recorded.society();
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        Response.ResponseBuilder response = Response.created(location).tag(etag(created)).entity(created);
        // the body stays the society; what deserves a look travels as warnings (RFC 7234 code 299, "miscellaneous persistent")
        recorded.warnings().forEach(w -> response.header("Warning", "299 castpb \"" + w.replace("\"", "'") + "\""));
        return response.build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSociety", summary = "Change a society's record")
    @Answers(value = 200, body = Society.class)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           SocietyDraft draft, @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        Society updated = societies.update(Actors.of(security), id, expected, draft);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    /**
     * Admits an APPLICANT as a group MEMBER: the admission check must pass now (422 naming each failed check), unless
     * a national administrator gives {@code overrideReason}. Needs {@code If-Match} like a PUT.
     */
    @POST
    @Path("{id}/admit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "admitSociety", summary = "Admit an applicant society as a group member")
    @Answers(value = 200, body = Society.class)
    public Response admit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          StepBodies.Admission body, @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        Society admitted = societies.admit(Actors.of(security), id, expected, body == null ? null : body.admittedOn(),
                body == null ? null : body.overrideReason());
        return Response.ok(admitted).tag(etag(admitted)).build();
    }

    static EntityTag etag(Society society) {
        return new EntityTag(Long.toString(society.version()));
    }
}
