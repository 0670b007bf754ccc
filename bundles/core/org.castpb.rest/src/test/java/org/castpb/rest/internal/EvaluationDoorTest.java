package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.Response;
import org.castpb.api.CastpbException;
import org.castpb.api.FieldError;
import org.castpb.api.ValidationException;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.api.evaluation.ResultQuery;
import org.junit.Test;

public class EvaluationDoorTest {

    private final ObjectMapper json = RestServer.objectMapper();
    private final EvaluationFakes.Evaluations evaluations = new EvaluationFakes.Evaluations();
    private final EvaluationFakes.Funding funding = new EvaluationFakes.Funding();
    private final CampaignResource campaigns = new CampaignResource(evaluations);

    @Test
    public void openedCampaignAnswers201WithItsLocationAndVersion() throws Exception {
        CampaignDraft draft = json.readValue("{\"year\":2026,\"kind\":\"ANNUAL_INSPECTION\",\"asOf\":\"2026-12-31\"}", CampaignDraft.class);
        Response response = campaigns.create(draft, null, EvaluationFakes.uri("evaluation/campaigns"));
        assertEquals(201, response.getStatus());
        assertEquals(EvaluationFakes.BASE + "evaluation/campaigns/7", response.getLocation().toString());
        assertEquals("3", response.getEntityTag().getValue());
        assertEquals(EvaluationKind.ANNUAL_INSPECTION, evaluations.created.kind());
    }

    @Test
    public void campaignWithoutBodyIsRefusedNamingTheBody() {
        FieldError error = refusal(() -> campaigns.create(null, null, EvaluationFakes.uri("evaluation/campaigns"))).get(0);
        assertEquals("body", error.field());
        assertEquals("REQUIRED", error.code());
    }

    @Test
    public void anEmptyBodyReachesTheDoorAsNoBody() throws Exception {
        Object read = new JacksonJsonProvider(json).readFrom((Class) CampaignDraft.class, CampaignDraft.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), new ByteArrayInputStream(new byte[0]));
        assertNull(read);
    }

    @Test
    public void badCampaignFieldsAreNamed() {
        assertEquals("kind", jsonRefusal("{\"year\":2026,\"kind\":\"YEARLY\"}", CampaignDraft.class));
        assertEquals("asOf", jsonRefusal("{\"year\":2026,\"kind\":\"ASSESSMENT\",\"asOf\":\"2026-13-40\"}", CampaignDraft.class));
        assertEquals("year", jsonRefusal("{\"year\":\"next\",\"kind\":\"ASSESSMENT\"}", CampaignDraft.class));
        assertEquals("status", jsonRefusal("{\"year\":2026,\"status\":\"RUNNING\"}", CampaignDraft.class));
        assertEquals("budget", jsonRefusal("{\"schemeId\":\"award\",\"budget\":\"lots\"}", StepBodies.AllocationOrder.class));
    }

    @Test
    public void campaignIsServedWithItsVersionAndAMissingOneIs404() {
        Response response = campaigns.get("7", null);
        assertEquals("3", response.getEntityTag().getValue());
        try {
            campaigns.get("8", null);
            fail("campaign 8 does not exist");
        } catch (CastpbException e) {
            assertEquals(404, ProblemMapper.problemFor(e).status());
        }
    }

    @Test
    public void nonNumericIdsAreRefusedNamingTheParameter() {
        assertEquals("id", refusal(() -> campaigns.get("abc", null)).get(0).field());
        assertEquals("id", refusal(() -> campaigns.run("abc", null, EvaluationFakes.uri("x"))).get(0).field());
        assertEquals("societyId", refusal(() -> campaigns.result("7", "x1", null)).get(0).field());
        assertEquals("id", refusal(() -> new SocietyEvaluationResource(evaluations).list("one", null)).get(0).field());
        assertEquals("id", refusal(() -> new AllocationResource(funding).get("1.5", null, null)).get(0).field());
        assertEquals("id", refusal(() -> new CampaignAllocationResource(funding).list("seven", null)).get(0).field());
    }

    @Test
    public void runAnswers202WithTheRunningCampaignAndWhereToFollowIt() {
        Response response = campaigns.run("7", null, EvaluationFakes.uri("evaluation/campaigns/7/run"));
        assertEquals(202, response.getStatus());
        assertEquals(CampaignStatus.RUNNING, ((Campaign) response.getEntity()).status());
        assertEquals(EvaluationFakes.BASE + "evaluation/campaigns/7", response.getLocation().toString());
    }

    @Test
    public void resultFiltersReachTheServiceTyped() {
        ResultFilterParams filter = filter("fail", "3301", "TRUE", "10", "20");
        campaigns.results("7", filter, "json", null);
        assertEquals(new ResultQuery(Outcome.FAIL, "3301", true, 10, 20), evaluations.queries.get(0));
        campaigns.results("7", new ResultFilterParams(), null, null);
        assertEquals(new ResultQuery(null, null, null, 0, ResultFilterParams.DEFAULT_LIMIT), evaluations.queries.get(1));
    }

    @Test
    public void everyUnreadableResultParameterIsNamed() {
        List<FieldError> errors = refusal(() -> campaigns.results("x", filter("WON", null, "maybe", "-", "ten"), "pdf", null));
        assertEquals(List.of("id", "outcome", "vetoed", "offset", "limit", "format"),
                errors.stream().map(FieldError::field).collect(Collectors.toList()));
        assertTrue(evaluations.queries.isEmpty());
    }

    @Test
    public void resultsSheetIsRefusedBeforeItStartsWhenTheCampaignIsMissing() {
        try {
            campaigns.results("8", new ResultFilterParams(), "csv", null);
            fail("campaign 8 does not exist");
        } catch (CastpbException e) {
            assertEquals(404, ProblemMapper.problemFor(e).status());
        }
    }

    @Test
    public void allocationAnswers201WithTheAllocationsOwnLocation() throws Exception {
        StepBodies.AllocationOrder order = json.readValue("{\"schemeId\":\"award\",\"budget\":100000.10}", StepBodies.AllocationOrder.class);
        Response response = new CampaignAllocationResource(funding).allocate("7", order, null, EvaluationFakes.uri("evaluation/campaigns/7/allocations"));
        assertEquals(201, response.getStatus());
        assertEquals(EvaluationFakes.BASE + "evaluation/allocations/12", response.getLocation().toString());
        assertEquals(new BigDecimal("100000.10"), funding.budget);
        assertEquals("award", funding.schemeId);
    }

    @Test
    public void allocationWithoutBodyIsRefusedNamingTheBody() {
        assertEquals("body", refusal(() -> new CampaignAllocationResource(funding).allocate("7", null, null, EvaluationFakes.uri("x"))).get(0).field());
        assertNull(funding.schemeId);
    }

    @Test
    public void allocationIsJsonOrACsvSheet() {
        AllocationResource allocations = new AllocationResource(funding);
        assertEquals(MediaType.APPLICATION_JSON_TYPE, allocations.get("12", null, null).getMediaType());
        Response sheet = allocations.get("12", "CSV", null);
        assertEquals(MediaType.valueOf("text/csv; charset=UTF-8"), sheet.getMediaType());
        assertEquals("attachment; filename=\"allocation-12.csv\"", sheet.getHeaderString("Content-Disposition"));
    }

    @Test
    public void evaluationRecordsKeepTheirJsonNames() throws Exception {
        JsonNode module = json.valueToTree(EvaluationFakes.module("national"));
        assertEquals(List.of("id", "name", "version", "region", "kinds", "bundle", "state", "since"), names(module));
        JsonNode result = json.valueToTree(EvaluationFakes.evaluation(1, "中国数学会", Outcome.PASS));
        assertEquals("85.5", result.get("score").asText());
        JsonNode finding = result.get("modules").get(0).get("findings").get(0);
        assertEquals(List.of("code", "title", "points", "maxPoints", "evidence", "translations"), names(finding));
        JsonNode allocation = json.valueToTree(EvaluationFakes.allocation(12));
        assertTrue(allocation.get("budget").isBigDecimal());
        assertEquals("2026-11-26T03:00:00Z", allocation.get("createdAt").asText());
        assertEquals(java.util.Arrays.stream(Campaign.class.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toList()),
                names(json.valueToTree(EvaluationFakes.campaign(7, CampaignStatus.CREATED))));
    }

    @Test
    public void evidenceAndExplanationsReadInTheReadersLanguageWithEveryTranslationKept() throws Exception {
        SocietyEvaluation result = EvaluationFakes.evaluation(1, "中国数学会", Outcome.PASS);
        org.castpb.api.evaluation.ModuleResult m = result.modules().get(0);
        org.castpb.api.evaluation.Finding bilingual = org.castpb.api.evaluation.Finding.missed("LEDGER_FIVE_CLEARS",
                "Ledger with the five clears", 10, "Not clear: operations (missing Result of the last annual inspection).")
                .translated("en", "Ledger with the five clears", "Not clear: operations (missing Result of the last annual inspection).")
                .translated("zh", "台账“五个清”", "未填清：业务运行情况（缺少：最近年检结果）。");
        SocietyEvaluation translated = new SocietyEvaluation(result.campaignId(), result.societyId(), result.societyName(),
                result.regionCode(), result.outcome(), result.score(), result.grade(), result.vetoed(), result.reasons(),
                result.evaluatedAt(), List.of(new org.castpb.api.evaluation.ModuleResult(m.moduleId(), m.moduleVersion(), m.region(),
                        m.status(), 0, 10, m.score(), m.grade(), false, null, null, 1, List.of(bilingual))));
        org.castpb.api.Page<SocietyEvaluation> page = new org.castpb.api.Page<>(List.of(translated), 1, 0, 20);

        JsonNode zh = json.valueToTree(ReaderLanguage.readable(page, java.util.Locale.CHINESE)).get("items").get(0)
                .get("modules").get(0).get("findings").get(0);
        assertEquals("台账“五个清”", zh.get("title").asText());
        assertEquals("未填清：业务运行情况（缺少：最近年检结果）。", zh.get("evidence").asText());
        assertEquals("Ledger with the five clears", zh.get("translations").get("en").get("title").asText());
        JsonNode en = json.valueToTree(ReaderLanguage.readable(List.of(translated), java.util.Locale.ENGLISH)).get(0)
                .get("modules").get(0).get("findings").get(0);
        assertTrue(en.get("evidence").asText().contains("Result of the last annual inspection"));
        assertFalse(en.get("evidence").asText().contains("lastInspectionResult"));
        // a finding without translations reads as the module wrote it, whatever the language
        assertEquals("台账齐全", json.valueToTree(ReaderLanguage.readable(result, java.util.Locale.ENGLISH)).get("modules").get(0)
                .get("findings").get(0).get("evidence").asText());

        Allocation allocation = EvaluationFakes.allocation(12, EvaluationFakes.award(1, "1000.00", "Passed with grade GOOD")
                .translated("zh", "评估通过，等级良好"));
        assertEquals("评估通过，等级良好", ((Allocation) ReaderLanguage.readable(allocation, java.util.Locale.CHINESE)).awards().get(0).explanation());
        assertEquals("Passed with grade GOOD", ((Allocation) ReaderLanguage.readable(allocation, java.util.Locale.ENGLISH)).awards().get(0).explanation());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ResultFilterParams filter(String outcome, String regionPrefix, String vetoed, String offset, String limit) {
        ResultFilterParams filter = new ResultFilterParams();
        filter.outcome = outcome;
        filter.regionPrefix = regionPrefix;
        filter.vetoed = vetoed;
        filter.offset = offset;
        filter.limit = limit;
        return filter;
    }

    private static List<FieldError> refusal(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            assertEquals(422, ProblemMapper.problemFor(e).status());
            return e.errors();
        }
        throw new AssertionError("expected the call to be refused");
    }

    /** The field a problem document names for a JSON body that cannot be read. */
    private String jsonRefusal(String body, Class<?> type) {
        try {
            json.readValue(body, type);
        } catch (Exception e) {
            Problem problem = ProblemMapper.problemFor(e);
            assertEquals(body, 422, problem.status());
            return problem.errors().get(0).field();
        }
        throw new AssertionError("expected " + body + " to be refused");
    }
}
