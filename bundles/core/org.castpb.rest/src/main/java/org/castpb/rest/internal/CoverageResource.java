package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.CoverageTarget;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.TargetResult;
import org.castpb.api.coverage.UncoveredSociety;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/coverage}: the "two full coverages" as of any date, their targets and who is not covered. */
@Component(service = CoverageResource.class)
@Path("/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    private final CoverageService coverage;
    private final org.castpb.api.coverage.SnapshotService snapshots;

    @Activate
    public CoverageResource(@Reference CoverageService coverage, @Reference org.castpb.api.coverage.SnapshotService snapshots) {
        this.coverage = coverage;
        this.snapshots = snapshots;
    }

    /**
     * Organisation and work coverage as of {@code asOf} (default today, Beijing), optionally broken down by
     * {@code groupBy}; JSON, or with {@code format=csv} a CSV sheet (UTF-8 with BOM, Chinese headers).
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CoverageCsv.MEDIA_TYPE})
    @Operation(operationId = "getCoverageReport", summary = "Organisation and work coverage as of a date, as JSON or CSV")
    @Answers(value = 200, body = CoverageReport.class, files = "text/csv")
    public javax.ws.rs.core.Response report(@QueryParam("asOf") String asOf, @Parameter(schema = @Schema(implementation = GroupBy.class)) @QueryParam("groupBy") String groupBy,
                                            @QueryParam("format") String format,
                                            @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        java.time.LocalDate date = QueryParams.dateOrToday(errors, "asOf", asOf);
        GroupBy by = QueryParams.enumValue(errors, "groupBy", groupBy, GroupBy.class);
        boolean csv = CoverageCsv.wanted(errors, format);
        QueryParams.check(errors);
        CoverageReport report = coverage.report(Actors.of(security), date, by);
        return csv ? CoverageCsv.response(CoverageCsv.report(report), "coverage-" + date + ".csv")
                : javax.ws.rs.core.Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    /** The dated targets, each judged as of its own date: value, met or not, how many societies short. */
    @GET
    @Path("targets")
    @Operation(operationId = "listCoverageTargetResults", summary = "Coverage against the configured targets")
    public List<TargetResult> targets(@javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        return coverage.evaluateTargets(Actors.of(security));
    }

    /** The configured targets themselves. */
    @GET
    @Path("targets/configured")
    @Operation(operationId = "listCoverageTargets", summary = "The configured coverage targets")
    public List<CoverageTarget> configuredTargets() {
        return coverage.targets();
    }

    /** Monthly figures from {@code from} to {@code to} (months as 2016-01), stored snapshots or counted on the fly: ready for a chart. */
    @GET
    @Path("trend")
    @Operation(operationId = "listCoverageTrend", summary = "Coverage over time, from the stored snapshots")
    public List<org.castpb.api.coverage.TrendPoint> trend(@QueryParam("from") String from, @QueryParam("to") String to,
                                                        @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        java.time.LocalDate[] months = months(from, to);
        return snapshots.trend(Actors.of(security), months[0], months[1]);
    }

    /**
     * The stored monthly snapshots of the caller's scope from {@code from} to {@code to} (months as 2016-01), oldest
     * first, without counting the months that have none: a cheap trend, kept up to date by the daily run.
     */
    @GET
    @Path("snapshots")
    @Operation(operationId = "listCoverageSnapshots", summary = "The stored coverage snapshots")
    public List<org.castpb.api.coverage.CoverageSnapshot> storedSnapshots(@QueryParam("from") String from, @QueryParam("to") String to,
                                                                         @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        java.time.LocalDate[] months = months(from, to);
        return snapshots.snapshots(Actors.of(security), months[0], months[1]);
    }

    /** Stores this month's (or the given month's) figures as its snapshot, replacing an earlier one. */
    @javax.ws.rs.POST
    @Path("snapshots")
    @Operation(operationId = "takeCoverageSnapshot", summary = "Store the coverage of a month as a snapshot")
    public org.castpb.api.coverage.CoverageSnapshot takeSnapshot(@QueryParam("month") String month,
                                                                 @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        java.time.LocalDate first = month == null || month.isBlank()
                ? java.time.LocalDate.now(QueryParams.BEIJING).withDayOfMonth(1) : month(errors, "month", month);
        QueryParams.check(errors);
        return snapshots.take(Actors.of(security), first);
    }

    /** The first days of the months {@code from} and {@code to} (both required, as 2016-01). */
    private static java.time.LocalDate[] months(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        java.time.LocalDate first = month(errors, "from", from);
        java.time.LocalDate last = month(errors, "to", to);
        QueryParams.check(errors);
        return new java.time.LocalDate[] {first, last};
    }

    private static java.time.LocalDate month(List<FieldError> errors, String name, String text) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(name, "REQUIRED", name + " (a month like 2016-01) is required"));
            return null;
        }
        try {
            return java.time.YearMonth.parse(text.strip()).atDay(1);
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(name, "INVALID_VALUE", name + " must be a month like 2016-01, got '" + text + "'"));
            return null;
        }
    }

    /**
     * Societies in scope lacking {@code kind} (ORGANISATION, the default, or WORK) coverage, with their ledger's reason;
     * with {@code format=csv} all of them (paging ignored) as a CSV sheet.
     */
    @GET
    @Path("uncovered")
    @Produces({MediaType.APPLICATION_JSON, CoverageCsv.MEDIA_TYPE})
    @Operation(operationId = "listUncoveredSocieties", summary = "The societies lacking organisation or work coverage, as JSON or CSV")
    @Answers(value = 200, body = UncoveredSociety.class, shape = Answers.Shape.PAGE, files = "text/csv")
    public javax.ws.rs.core.Response uncovered(@QueryParam("asOf") String asOf, @Parameter(schema = @Schema(implementation = CoverageKind.class)) @QueryParam("kind") String kind,
                                               @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                               @QueryParam("format") String format,
                                               @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        java.time.LocalDate date = QueryParams.dateOrToday(errors, "asOf", asOf);
        CoverageKind lacking = QueryParams.enumValue(errors, "kind", kind, CoverageKind.class);
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, 50);
        boolean csv = CoverageCsv.wanted(errors, format);
        QueryParams.check(errors);
        boolean work = lacking == CoverageKind.WORK;
        org.castpb.api.Actor actor = Actors.of(security);
        if (!csv) {
            return javax.ws.rs.core.Response.ok(coverage.uncovered(actor, date, work, from, size), MediaType.APPLICATION_JSON).build();
        }
        javax.ws.rs.core.StreamingOutput sheet = out -> CoverageCsv.uncovered(page -> coverage.uncovered(actor, date, work, page, 1000), out);
        return CoverageCsv.response(sheet, "uncovered-" + date + ".csv");
    }
}
