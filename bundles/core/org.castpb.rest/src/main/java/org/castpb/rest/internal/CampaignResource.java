package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.ResultQuery;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/evaluation/campaigns}: evaluation campaigns, their runs and their results. */
@Component(service = CampaignResource.class)
@Path("/evaluation/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    /** Rows read per call while writing the results sheet: the most a result query allows. */
    static final int SHEET_PAGE = 500;

    private final EvaluationService evaluations;

    @Activate
    public CampaignResource(@Reference EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** Opens a campaign from {@code {"year":2026,"kind":"ANNUAL_INSPECTION","title":..,"asOf":..,"regionPrefix":..}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCampaign", summary = "Create an evaluation campaign")
    @Answers(value = 201, body = Campaign.class)
    public Response create(CampaignDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        Campaign created = evaluations.create(Actors.of(security),
                StepBodies.required(draft, "{\"year\":2026,\"kind\":\"ANNUAL_INSPECTION\"}"));
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).tag(etag(created)).entity(created).build();
    }

    /** Campaigns, newest first. */
    @GET
    @Operation(operationId = "listCampaigns", summary = "The evaluation campaigns, a page at a time")
    public Page<Campaign> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
                               @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        int from = QueryParams.intValue(errors, "offset", offset, 0);
        int size = QueryParams.intValue(errors, "limit", limit, 50);
        QueryParams.check(errors);
        return evaluations.list(Actors.of(security), from, size);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCampaign", summary = "One evaluation campaign with its state")
    @Answers(value = 200, body = Campaign.class)
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        Campaign campaign = evaluations.get(Actors.of(security), QueryParams.id("id", id));
        return Response.ok(campaign).tag(etag(campaign)).build();
    }

    /** Starts the campaign in the background: 202 with its status RUNNING; poll the campaign (Location) for progress. */
    @POST
    @Path("{id}/run")
    @Operation(operationId = "runCampaign", summary = "Start evaluating a campaign's societies")
    @Answers(value = 202, body = Campaign.class)
    public Response run(@PathParam("id") String id, @Context SecurityContext security, @Context UriInfo uri) {
        Campaign campaign = evaluations.run(Actors.of(security), QueryParams.id("id", id));
        URI location = uri.getBaseUriBuilder().path(CampaignResource.class).path(Long.toString(campaign.id())).build();
        return Response.accepted(campaign).location(location).tag(etag(campaign)).build();
    }

    /**
     * Overall results by society, filtered by {@code outcome}, {@code regionPrefix} and {@code vetoed}; JSON pages,
     * or with {@code format=csv} every matching result (paging ignored) as a CSV sheet.
     */
    @GET
    @Path("{id}/results")
    @Produces({MediaType.APPLICATION_JSON, CoverageCsv.MEDIA_TYPE})
    @Operation(operationId = "listCampaignResults", summary = "A campaign's results per society, as JSON or CSV")
    @Answers(value = 200, body = SocietyEvaluation.class, shape = Answers.Shape.PAGE, files = "text/csv")
    public Response results(@PathParam("id") String id, @BeanParam ResultFilterParams filter, @QueryParam("format") String format,
                            @Context SecurityContext security) {
        org.castpb.api.Actor actor = Actors.of(security);
        List<FieldError> errors = new ArrayList<>();
        long campaignId = QueryParams.requiredLong(errors, "id", id);
        ResultQuery query = filter.toQuery(errors);
        boolean csv = CoverageCsv.wanted(errors, format);
        QueryParams.check(errors);
        if (!csv) {
            return Response.ok(evaluations.results(actor, campaignId, query), MediaType.APPLICATION_JSON).build();
        }
        Page<SocietyEvaluation> first = evaluations.results(actor, campaignId, sheetPage(query, 0));
        StreamingOutput sheet = out -> EvaluationCsv.results(first,
                offset -> evaluations.results(actor, campaignId, sheetPage(query, offset)), out);
        return CoverageCsv.response(sheet, "campaign-" + campaignId + "-results.csv");
    }

    /** One society's result with every module result and finding. */
    @GET
    @Path("{id}/results/{societyId}")
    @Operation(operationId = "getCampaignResult", summary = "One society's result in a campaign")
    public SocietyEvaluation result(@PathParam("id") String id, @PathParam("societyId") String societyId,
                                    @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        long campaignId = QueryParams.requiredLong(errors, "id", id);
        long society = QueryParams.requiredLong(errors, "societyId", societyId);
        QueryParams.check(errors);
        return evaluations.result(Actors.of(security), campaignId, society);
    }

    private static ResultQuery sheetPage(ResultQuery filter, int offset) {
        return new ResultQuery(filter.outcome(), filter.regionPrefix(), filter.vetoed(), offset, SHEET_PAGE);
    }

    static EntityTag etag(Campaign campaign) {
        return new EntityTag(Long.toString(campaign.version()));
    }
}
