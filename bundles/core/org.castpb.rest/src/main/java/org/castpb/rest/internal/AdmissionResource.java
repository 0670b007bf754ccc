package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.castpb.api.FieldError;
import org.castpb.api.coverage.AdmissionCheck;
import org.castpb.api.coverage.AdmissionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/societies/{id}/admission-check}: may this society join CAST as a group member, and why (not). */
@Component(service = AdmissionResource.class)
@Path("/societies/{id}/admission-check")
@Produces(MediaType.APPLICATION_JSON)
public class AdmissionResource {

    private final AdmissionService admissions;

    @Activate
    public AdmissionResource(@Reference AdmissionService admissions) {
        this.admissions = admissions;
    }

    /** Pass or fail with reasons: an approved organisation or a pending request, and a clear ledger. */
    @GET
    @Operation(operationId = "checkAdmission", summary = "Check whether an applicant society may be admitted as a group member")
    public AdmissionCheck check(@PathParam("id") long id, @QueryParam("asOf") String asOf,
                                @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        java.time.LocalDate date = QueryParams.dateOrToday(errors, "asOf", asOf);
        QueryParams.check(errors);
        return admissions.check(Actors.of(security), id, date);
    }
}
