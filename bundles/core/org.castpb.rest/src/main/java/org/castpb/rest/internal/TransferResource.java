package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyTransferService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** CSV import ({@code /api/v1/imports/societies}) and export ({@code /api/v1/exports/societies}). */
@Component(service = TransferResource.class)
@Path("/")
public class TransferResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SocietyTransferService transfers;

    @Activate
    public TransferResource(@Reference SocietyTransferService transfers) {
        this.transfers = transfers;
    }

    /**
     * Imports societies with their ledgers. {@code mode=ALL_OR_NOTHING} (default) writes nothing when a
     * row is invalid (422 with the report); {@code mode=VALID_ROWS} writes the valid rows (200);
     * {@code mode=CHECK_ONLY} writes nothing and reports every row's errors and warnings (422 when there are errors).
     */
    @POST
    @Path("imports/societies")
    @Consumes({CSV, "application/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importSocieties", summary = "Import societies with their ledgers from CSV or an Excel workbook")
    @Answers(value = 200, body = ImportReport.class, refusedWith = ImportReport.class)
    public Response importSocieties(InputStream body, @Parameter(schema = @Schema(implementation = ImportMode.class)) @QueryParam("mode") String mode, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        ImportMode importMode = QueryParams.enumValue(errors, "mode", mode, ImportMode.class);
        QueryParams.check(errors);
        ImportReport report = transfers.importCsv(Actors.of(security), body,
                importMode == null ? ImportMode.ALL_OR_NOTHING : importMode);
        return Response.status(!report.applied() && !report.errors().isEmpty() ? 422 : 200).entity(report).build();
    }

    /** The same import from the first sheet of an Excel workbook with the same columns. */
    @POST
    @Path("imports/societies")
    @Consumes(XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importSocietiesFromWorkbook", summary = "Import societies with their ledgers from an Excel workbook")
    @Answers(value = 200, body = ImportReport.class, refusedWith = ImportReport.class)
    public Response importSocietiesXlsx(InputStream body, @Parameter(schema = @Schema(implementation = ImportMode.class)) @QueryParam("mode") String mode, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        ImportMode importMode = QueryParams.enumValue(errors, "mode", mode, ImportMode.class);
        QueryParams.check(errors);
        ImportReport report = transfers.importXlsx(Actors.of(security), body,
                importMode == null ? ImportMode.ALL_OR_NOTHING : importMode);
        return Response.status(!report.applied() && !report.errors().isEmpty() ? 422 : 200).entity(report).build();
    }

    /**
     * The societies matching the filters with their current ledgers: CSV (UTF-8 with BOM, Chinese headers),
     * or with {@code format=xlsx} an Excel workbook with the same columns.
     */
    @GET
    @Path("exports/societies")
    @Operation(operationId = "exportSocieties", summary = "The societies with their ledgers as CSV or an Excel workbook")
    @Answers(value = 200, files = {"text/csv", TransferResource.XLSX})
    public Response exportSocieties(@QueryParam("format") String format, @BeanParam SocietyFilterParams params,
                                    @Context SecurityContext security) {
        SocietyQuery filter = params.toQuery();
        Actor actor = Actors.of(security);
        if (format == null || format.isBlank() || format.equalsIgnoreCase("csv")) {
            StreamingOutput csv = out -> transfers.exportCsv(actor, filter, out);
            return Response.ok(csv, CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"societies.csv\"").build();
        }
        if (format.equalsIgnoreCase("xlsx")) {
            StreamingOutput xlsx = out -> transfers.exportXlsx(actor, filter, out);
            return Response.ok(xlsx, XLSX).header("Content-Disposition", "attachment; filename=\"societies.xlsx\"").build();
        }
        throw new org.castpb.api.ValidationException(new FieldError("format", "INVALID_VALUE", "format is csv or xlsx, got '" + format + "'"));
    }
}
