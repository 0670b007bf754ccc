package org.castpb.soap.internal.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.castpb.api.CastpbException;
import org.castpb.api.ConflictException;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.ValidationException;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.FundingChannel;
import org.castpb.api.evaluation.FundingService;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.ModuleState;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.junit.Test;

public class EvaluationEndpointTest {

    static final Instant AT = Instant.parse("2026-11-26T02:00:00Z");
    static final Campaign RUNNING = new Campaign(7, 2026, EvaluationKind.ANNUAL_INSPECTION, "2026 annual inspection",
            LocalDate.of(2026, 12, 31), "33", CampaignStatus.RUNNING, "admin", AT, AT, null, 120, 0, 0, 0, 0, 0, 2);
    static final SocietyEvaluation RESULT = new SocietyEvaluation(7, 12, "浙江省数学会", "330000", Outcome.FAIL,
            new BigDecimal("71.5"), Grade.UNQUALIFIED, true, List.of("national-party-building vetoed: 未建立党组织"), AT, List.of(
            new ModuleResult("national-party-building", "1.0.0", "", ResultStatus.OK, 0, 30, new BigDecimal("0.0"), Grade.UNQUALIFIED,
                    true, "未建立党组织", null, 12, List.of(Finding.missed("ORGANISATION", "党组织建立", 30, "无党组织，亦无报批"))),
            new ModuleResult("zhejiang-extra", "1.2.0", "33", ResultStatus.ERROR, 0, 0, null, null, false, null,
                    "exceeded the time limit of 5000 ms", 5000, List.of())));

    /** Every call to the fakes: the method's name and its arguments. */
    private final List<String> calls = new ArrayList<>();
    private RuntimeException refusal;

    private final EvaluationService evaluations = fake(EvaluationService.class, (name, args) -> {
        calls.add(name + Arrays.toString(args));
        if (refusal != null) {
            throw refusal;
        }
        return switch (name) {
            case "modules" -> List.of(new ModuleInfo("national-party-building", "全国党建评价", "1.0.0", "",
                    List.of(EvaluationKind.ANNUAL_INSPECTION, EvaluationKind.COMPREHENSIVE), "org.castpb.plugin.evaluation.national",
                    ModuleState.ACTIVE, AT));
            case "list" -> new Page<>(List.of(RUNNING), 1, (int) args[1], (int) args[2]);
            case "results" -> new Page<>(List.of(RESULT), 1, 0, 50);
            case "result", "get", "run", "create" -> name.equals("result") ? RESULT : RUNNING;
            case "bySociety" -> List.of(RESULT);
            default -> throw new UnsupportedOperationException(name);
        };
    });
    private final FundingService funding = fake(FundingService.class, (name, args) -> {
        calls.add(name + Arrays.toString(args));
        if (refusal != null) {
            throw refusal;
        }
        return switch (name) {
            case "schemes" -> List.of();
            case "allocate", "get" -> allocation();
            case "byCampaign" -> List.of(allocation());
            default -> throw new UnsupportedOperationException(name);
        };
    });
    private final EvaluationEndpoint endpoint = new EvaluationEndpoint(evaluations, funding);

    @Test
    public void resultsWithoutPagingAreTheFirstPageOfFiftyAndABlankPrefixIsNoFilter() throws Exception {
        SocietyEvaluationPageXml page = endpoint.listResults(7, null, "  ", null, null, null);
        assertEquals(List.of("results[null, 7, ResultQuery[outcome=null, regionPrefix=null, vetoed=null, offset=0, limit=50]]"), calls);
        assertEquals(1, page.total);
        assertEquals(RESULT, page.items.get(0).toEvaluation());
    }

    @Test
    public void resultFiltersReachTheServiceAsGiven() throws Exception {
        endpoint.listResults(7, Outcome.FAIL, " 33 ", true, 100, 20);
        assertEquals(List.of("results[null, 7, ResultQuery[outcome=FAIL, regionPrefix=33, vetoed=true, offset=100, limit=20]]"), calls);
    }

    @Test
    public void campaignsWithoutPagingAreTheFirstPageOfFifty() throws Exception {
        CampaignPageXml page = endpoint.listCampaigns(null, null);
        assertEquals(List.of("list[null, 0, 50]"), calls);
        assertEquals(50, page.limit);
        assertEquals(RUNNING, page.items.get(0).toCampaign());
    }

    @Test
    public void oneResultComesWithEveryModuleResultAndFinding() throws Exception {
        SocietyEvaluationXml result = endpoint.getResult(7, 12);
        assertEquals(List.of("result[null, 7, 12]"), calls);
        assertEquals(2, result.modules.size());
        assertEquals("ORGANISATION", result.modules.get(0).findings.get(0).code);
        assertEquals("未建立党组织", result.modules.get(0).vetoReason);
        assertNull(result.modules.get(1).score);
        assertEquals(RESULT, result.toEvaluation());
    }

    @Test
    public void draftAndBudgetReachTheServiceUnchangedWithTheCaller() throws Exception {
        CampaignDraftXml draft = CampaignDraftXml.of(new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, "33"));
        endpoint.createCampaign(draft);
        endpoint.createCampaign(null);
        endpoint.allocateFunding(7, "award", new BigDecimal("100000.00"), null);
        // outside a request there is no authenticated caller: the service decides what an anonymous one may do
        assertEquals(List.of("create[null, CampaignDraft[year=2026, kind=ASSESSMENT, title=null, asOf=null, regionPrefix=33, correctsCampaignId=null]]",
                "create[null, null]", "allocate[null, 7, award, 100000.00, null]"), calls);
    }

    @Test
    public void runningARunningCampaignIsAFaultWithTheServiceCode() {
        refusal = new ConflictException(EvaluationService.CAMPAIGN_RUNNING, "campaign 7 is running; wait until it ends");
        try {
            endpoint.runCampaign(7);
            fail("a refused run is a fault");
        } catch (EvaluationFault e) {
            assertEquals("CAMPAIGN_RUNNING", e.getFaultInfo().code);
            assertEquals("CAMPAIGN_RUNNING", e.faultCode());
            assertEquals("CAMPAIGN_RUNNING: campaign 7 is running; wait until it ends", e.getMessage());
        }
    }

    @Test
    public void fundingAnUnfinishedCampaignIsAFaultWithTheServiceCode() {
        refusal = new ConflictException(FundingService.CAMPAIGN_NOT_COMPLETED, "campaign 7 is RUNNING");
        try {
            endpoint.allocateFunding(7, "award", BigDecimal.TEN, null);
            fail("a refused allocation is a fault");
        } catch (EvaluationFault e) {
            assertEquals("CAMPAIGN_NOT_COMPLETED", e.getFaultInfo().code);
        }
    }

    @Test
    public void aFailedSchemeKeepsItsCodeAndMessage() {
        refusal = new CastpbException(FundingService.SCHEME_FAILED, "funding scheme award 1.0.0 failed: boom; nothing was recorded");
        try {
            endpoint.allocateFunding(7, "award", BigDecimal.TEN, null);
            fail("a failed scheme is a fault");
        } catch (EvaluationFault e) {
            assertEquals("SCHEME_FAILED", e.faultCode());
            assertEquals("funding scheme award 1.0.0 failed: boom; nothing was recorded", e.getFaultInfo().message);
        }
    }

    @Test
    public void refusedInputNamesEveryField() {
        refusal = new ValidationException(List.of(new FieldError("budget", "REQUIRED", "the budget in yuan is required"),
                new FieldError("schemeId", "REQUIRED", "the funding scheme's id is required")));
        try {
            endpoint.allocateFunding(7, null, null, null);
            fail("refused input is a fault");
        } catch (EvaluationFault e) {
            assertEquals("VALIDATION_FAILED", e.faultCode());
            assertEquals(2, e.getFaultInfo().errors.size());
            assertEquals("budget", e.getFaultInfo().errors.get(0).field);
            assertEquals("REQUIRED", e.getFaultInfo().errors.get(1).code);
        }
    }

    @Test
    public void unexpectedFailureBecomesAnInternalErrorWithoutItsMessage() {
        refusal = new IllegalStateException("connection pool exhausted at jdbc:derby:/secret/path");
        try {
            endpoint.listModules();
            fail("a failure is a fault");
        } catch (EvaluationFault e) {
            assertEquals("INTERNAL_ERROR", e.getFaultInfo().code);
            assertFalse(e.getMessage(), e.getMessage().contains("secret"));
        }
    }

    @Test
    public void societyEvaluationsAndAllocationsAreListedAsTheServiceOrdersThem() throws Exception {
        assertEquals(RESULT, endpoint.listSocietyEvaluations(12).get(0).toEvaluation());
        assertEquals(allocation(), endpoint.listAllocations(7).get(0).toAllocation());
        assertEquals(allocation(), endpoint.getAllocation(3).toAllocation());
        assertEquals("national", "", endpoint.listModules().get(0).region);
        assertEquals(List.of(), endpoint.listFundingSchemes());
        assertEquals(List.of("bySociety[null, 12]", "byCampaign[null, 7]", "get[null, 3]", "modules[]", "schemes[]"), calls);
    }

    static Allocation allocation() {
        return new Allocation(3, 7, "award", "1.0.0", new BigDecimal("100000.00"), new BigDecimal("60000.00"), "2026年度",
                "admin", AT, List.of(new Award(12, FundingChannel.AWARD_IN_LIEU_OF_SUBSIDY, new BigDecimal("60000.00"),
                        "EXCELLENT: 60% of the budget")));
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args == null ? new Object[0] : args)));
    }
}
