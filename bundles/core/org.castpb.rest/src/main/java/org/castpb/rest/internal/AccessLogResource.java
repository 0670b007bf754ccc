package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.castpb.api.FieldError;
import org.castpb.api.account.AccessLog;
import org.castpb.api.account.AccessRefusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/access-log}: refused accesses, newest first, for administrators. */
@Component(service = AccessLogResource.class)
@Path("/access-log")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    private final AccessLog accessLog;

    @Activate
    public AccessLogResource(@Reference AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GET
    @Operation(operationId = "listAccessRefusals", summary = "The latest refused requests of the access log")
    public List<AccessRefusal> recent(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                      @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, 50);
        QueryParams.check(errors);
        return accessLog.recent(Actors.of(security), from, size);
    }
}
