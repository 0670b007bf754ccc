package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.reports.AttachmentContent;
import org.castpb.api.reports.ReportDraft;
import org.castpb.api.reports.ReportState;
import org.castpb.api.reports.ReportStatus;
import org.castpb.api.reports.WorkReport;
import org.castpb.api.reports.WorkReportService;
import org.castpb.api.sheets.SheetFiles;
import org.castpb.api.text.Labels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Regular work reports over REST: a society writes a report (attachments as base64 in the JSON), submits it, the
 * committee above reviews it; the status sheet of a period lists missing and late reports, as JSON, CSV or an Excel
 * workbook.
 */
@Component(service = WorkReportResource.class)
@Path("/work-reports")
@Produces(MediaType.APPLICATION_JSON)
public class WorkReportResource {

    private static final int PAGE = 500;

    private final WorkReportService reports;

    @Activate
    public WorkReportResource(@Reference WorkReportService reports) {
        this.reports = reports;
    }

    /** {@code {"grade":"GOOD","comment":"..."}} for a review. */
    public record Review(Grade grade, String comment) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWorkReport", summary = "Draft a work report")
    @Answers(value = 201, body = WorkReport.class)
    public Response create(ReportDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        WorkReport created = reports.create(Actors.of(security), StepBodies.required(draft,
                "{\"societyId\":1,\"period\":\"2026-H1\",\"text\":\"...\",\"attachments\":[{\"fileName\":\"报告.pdf\",\"content\":\"<base64>\"}]}"));
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWorkReport", summary = "One work report")
    public WorkReport get(@PathParam("id") long id, @Context SecurityContext security) {
        return reports.get(Actors.of(security), id);
    }

    @POST
    @Path("{id}/submit")
    @Operation(operationId = "submitWorkReport", summary = "Submit a work report")
    public WorkReport submit(@PathParam("id") long id, @Context SecurityContext security) {
        return reports.submit(Actors.of(security), id);
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewWorkReport", summary = "Review a submitted work report with a comment and a grade")
    public WorkReport review(@PathParam("id") long id, Review body, @Context SecurityContext security) {
        return reports.review(Actors.of(security), id, body == null ? null : body.grade(), body == null ? null : body.comment());
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "listWorkReportHistory", summary = "Who drafted, submitted and reviewed a work report, and when")
    public List<AuditEntry> history(@PathParam("id") long id, @Context SecurityContext security) {
        return reports.history(Actors.of(security), id);
    }

    /** The file as it was given, never shown inline: the browser saves it. */
    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getWorkReportAttachment", summary = "Download an attachment of a work report")
    @Answers(value = 200, files = {"application/pdf", "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId, @Context SecurityContext security) {
        AttachmentContent file = reports.attachment(Actors.of(security), id, attachmentId);
        String encoded = java.net.URLEncoder.encode(file.attachment().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.attachment().mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded).build();
    }

    /** The society's reports, newest first: the report history of its record. */
    @GET
    @Path("society/{societyId}")
    @Operation(operationId = "listSocietyWorkReports", summary = "A society's work reports")
    public List<WorkReport> bySociety(@PathParam("societyId") long societyId, @Context SecurityContext security) {
        return reports.bySociety(Actors.of(security), societyId);
    }

    /**
     * Where each society owing a report for {@code period} (2026, 2026-H1) stands; {@code state} and {@code late=true}
     * filter; with {@code format=csv} every row (paging ignored) as a CSV sheet in Chinese, with {@code format=xlsx} as an
     * Excel workbook (the due day a date cell).
     */
    @GET
    @Path("status")
    @Produces({MediaType.APPLICATION_JSON, CoverageCsv.MEDIA_TYPE, SheetFiles.XLSX_MEDIA_TYPE})
    @Operation(operationId = "listWorkReportStatus", summary = "Each society's report of a period: missing, late, submitted or reviewed, as JSON, CSV or a workbook")
    @Answers(value = 200, body = ReportStatus.class, shape = Answers.Shape.PAGE, files = {"text/csv", TransferResource.XLSX})
    public Response status(@QueryParam("period") String period, @Parameter(schema = @Schema(implementation = ReportState.class)) @QueryParam("state") String state, @QueryParam("late") String late,
                           @QueryParam("offset") String offset, @QueryParam("limit") String limit, @QueryParam("format") String format,
                           @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        ReportState wanted = QueryParams.enumValue(errors, "state", state, ReportState.class);
        Boolean lateOnly = QueryParams.booleanValue(errors, "late", late);
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, 50);
        SheetFormat sheet = SheetFormat.of(errors, format);
        QueryParams.check(errors);
        Actor actor = Actors.of(security);
        boolean onlyLate = Boolean.TRUE.equals(lateOnly);
        if (sheet == SheetFormat.JSON) {
            return Response.ok(reports.status(actor, period, wanted, onlyLate, from, size), MediaType.APPLICATION_JSON).build();
        }
        // the first page is read before the answer starts, so that a bad period is a problem document and not a broken file
        Page<ReportStatus> first = reports.status(actor, period, wanted, onlyLate, 0, PAGE);
        Consumer<Consumer<List<?>>> rows = each -> {
            Page<ReportStatus> page = first;
            int done = 0;
            while (true) {
                page.items().forEach(r -> each.accept(Arrays.asList(r.societyId(), r.societyName(), Labels.of(r.level()), r.regionCode(),
                        r.period(), r.dueOn(), Labels.of(r.state()), r.late() ? "是" : "否", r.grade() == null ? "" : Labels.of(r.grade()))));
                done += page.items().size();
                if (page.items().isEmpty() || done >= page.total()) {
                    return;
                }
                page = reports.status(actor, period, wanted, onlyLate, done, PAGE);
            }
        };
        if (sheet == SheetFormat.XLSX) {
            StreamingOutput workbook = out -> SheetFiles.xlsx("工作报告" + period, STATUS_HEADER, rows, out);
            return Response.ok(workbook, SheetFiles.XLSX_MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"work-reports-" + period + ".xlsx\"").build();
        }
        StreamingOutput csv = out -> {
            StringBuilder header = new StringBuilder("\uFEFF");
            CsvCells.record(header, STATUS_HEADER);
            out.write(header.toString().getBytes(StandardCharsets.UTF_8));
            rows.accept(row -> {
                StringBuilder text = new StringBuilder();
                CsvCells.record(text, row);
                try {
                    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
        return CoverageCsv.response(csv, "work-reports-" + period + ".csv");
    }

    private static final List<String> STATUS_HEADER = List.of("ID", "学会名称", "级别", "行政区划代码", "报告期", "截止日期", "状态", "逾期", "审阅等次");
}
