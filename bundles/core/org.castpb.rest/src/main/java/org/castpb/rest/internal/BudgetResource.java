package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import javax.ws.rs.core.StreamingOutput;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.budgets.BudgetSheet;
import org.castpb.api.budgets.BudgetDraft;
import org.castpb.api.budgets.BudgetService;
import org.castpb.api.budgets.PartyWorkBudget;
import org.castpb.api.budgets.SocietyWithoutBudget;
import org.castpb.api.budgets.SpendingCategory;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.sheets.SheetFiles;
import org.castpb.api.text.Labels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Party-work budgets over REST: a society's budget per year (PUT with If-Match, "0" for a year not recorded yet), its
 * history, the societies without a budget line for a year as JSON or CSV, and the budget sheet of a year as JSON, CSV or
 * an Excel workbook.
 */
@Component(service = BudgetResource.class)
@Path("/budgets")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    private static final int PAGE = 500;

    private final BudgetService budgets;

    @Activate
    public BudgetResource(@Reference BudgetService budgets) {
        this.budgets = budgets;
    }

    /** {@code {"budgetLine":50000,"spending":{"ACTIVITIES":12000.5},"activityRoom":true,"facilities":"..."}}. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "BudgetBody")
    public record Body(BigDecimal budgetLine, Map<SpendingCategory, BigDecimal> spending, Boolean activityRoom, String facilities) {
    }

    /** The societies in scope listing no party-work funding for {@code year}; with {@code format=csv} all of them as a sheet. */
    @GET
    @Path("without-line")
    @Produces({MediaType.APPLICATION_JSON, CoverageCsv.MEDIA_TYPE})
    @Operation(operationId = "listSocietiesWithoutBudgetLine", summary = "The active societies without a budget line for a year, as JSON or CSV")
    @Answers(value = 200, body = SocietyWithoutBudget.class, shape = Answers.Shape.PAGE, files = "text/csv")
    public Response withoutLine(@QueryParam("year") String year, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                @QueryParam("format") String format, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        long y = QueryParams.requiredLong(errors, "year", year);
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, 50);
        boolean csv = CoverageCsv.wanted(errors, format);
        QueryParams.check(errors);
        Actor actor = Actors.of(security);
        if (!csv) {
            return Response.ok(budgets.withoutBudgetLine(actor, (int) y, from, size), MediaType.APPLICATION_JSON).build();
        }
        Page<SocietyWithoutBudget> first = budgets.withoutBudgetLine(actor, (int) y, 0, PAGE);
        StreamingOutput sheet = out -> {
            out.write("\uFEFFID,学会名称,级别,行政区划代码,年度,情况\r\n".getBytes(StandardCharsets.UTF_8));
            Page<SocietyWithoutBudget> page = first;
            int done = 0;
            while (true) {
                StringBuilder text = new StringBuilder();
                for (SocietyWithoutBudget s : page.items()) {
                    CsvCells.record(text, Arrays.asList(s.societyId(), s.name(), Labels.of(s.level()), s.regionCode(), y,
                            s.recorded() ? "已填报，未列党建工作经费" : "未填报"));
                }
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                done += page.items().size();
                if (page.items().isEmpty() || done >= page.total()) {
                    return;
                }
                page = budgets.withoutBudgetLine(actor, (int) y, done, PAGE);
            }
        };
        return CoverageCsv.response(sheet, "without-budget-line-" + y + ".csv");
    }

    /**
     * The budget sheet of {@code year}: every active society in scope (or {@code societyId}) with its budget line,
     * spending per category, total spent, rooms and facilities and whether the line is missing, with the totals; as
     * JSON, or with {@code format=csv} or {@code format=xlsx} as a file with Chinese headers and a totals row.
     */
    @GET
    @Path("sheet")
    @Produces({MediaType.APPLICATION_JSON, CoverageCsv.MEDIA_TYPE, SheetFiles.XLSX_MEDIA_TYPE})
    @Operation(operationId = "getBudgetSheet", summary = "The budget sheet of a year: each society's budget line, spending and facilities, as JSON, CSV or a workbook")
    @Answers(value = 200, body = BudgetSheet.class, files = {"text/csv", TransferResource.XLSX})
    public Response sheet(@QueryParam("year") String year, @QueryParam("societyId") String societyId, @QueryParam("format") String format,
                          @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        long y = QueryParams.requiredLong(errors, "year", year);
        Long society = QueryParams.longValue(errors, "societyId", societyId);
        SheetFormat sheet = SheetFormat.of(errors, format);
        QueryParams.check(errors);
        Actor actor = Actors.of(security);
        if (sheet == SheetFormat.JSON) {
            return Response.ok(budgets.sheet(actor, (int) y, society), MediaType.APPLICATION_JSON).build();
        }
        boolean xlsx = sheet == SheetFormat.XLSX;
        return WorkerResource.file("budget-sheet-" + y + (society == null ? "" : "-" + society), xlsx,
                out -> budgets.exportSheet(actor, (int) y, society, xlsx, out));
    }

    @GET
    @Path("{societyId}")
    @Operation(operationId = "listSocietyBudgets", summary = "A society's party-work budgets, year by year")
    public List<PartyWorkBudget> bySociety(@PathParam("societyId") long societyId, @Context SecurityContext security) {
        return budgets.bySociety(Actors.of(security), societyId);
    }

    @GET
    @Path("{societyId}/{year}")
    @Operation(operationId = "getBudget", summary = "A society's party-work budget of a year")
    @Answers(value = 200, body = PartyWorkBudget.class)
    public Response get(@PathParam("societyId") long societyId, @PathParam("year") int year, @Context SecurityContext security) {
        PartyWorkBudget budget = budgets.get(Actors.of(security), societyId, year);
        return Response.ok(budget).tag(new EntityTag(Long.toString(budget.version()))).build();
    }

    @GET
    @Path("{societyId}/{year}/history")
    @Operation(operationId = "listBudgetHistory", summary = "Who recorded and changed a budget, and when")
    public List<AuditEntry> history(@PathParam("societyId") long societyId, @PathParam("year") int year, @Context SecurityContext security) {
        return budgets.history(Actors.of(security), societyId, year);
    }

    /** Records the year's budget; If-Match names the version last read ({@code "0"} for a year not recorded yet). */
    @PUT
    @Path("{societyId}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordBudget", summary = "Record or change a society's party-work budget of a year")
    @Answers(value = 200, body = PartyWorkBudget.class)
    public Response record(@PathParam("societyId") long societyId, @PathParam("year") int year,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Body body, @Context SecurityContext security) {
        long expected = Preconditions.versionOf(ifMatch);
        Body b = StepBodies.required(body, "{\"budgetLine\":50000,\"spending\":{\"ACTIVITIES\":12000},\"activityRoom\":true,\"facilities\":\"...\"}");
        PartyWorkBudget recorded = budgets.record(Actors.of(security), new BudgetDraft(societyId, year, b.budgetLine(), b.spending(),
                Boolean.TRUE.equals(b.activityRoom()), b.facilities(), expected));
        return Response.ok(recorded).tag(new EntityTag(Long.toString(recorded.version()))).build();
    }
}
