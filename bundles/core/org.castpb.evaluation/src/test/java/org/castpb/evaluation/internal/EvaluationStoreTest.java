package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.FundingChannel;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultQuery;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.junit.Before;
import org.junit.Test;

/** The store on Derby with the shipped change log, run by Liquibase as in the platform ({@link EvaluationDatabase}). */
public class EvaluationStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private EvaluationStore store;

    @Before
    public void database() throws Exception {
        store = new EvaluationStore(EvaluationDatabase.create());
    }

    private Campaign campaign() {
        return store.insertCampaign(2026, EvaluationKind.COMPREHENSIVE, "2026 comprehensive", LocalDate.of(2026, 12, 31), "",
                null, "admin", NOW);
    }

    private static ModuleResult national(boolean veto) {
        return new ModuleResult("cast.national", "1.0.0", "", ResultStatus.OK, 55, 80, new BigDecimal("68.8"),
                veto ? Grade.UNQUALIFIED : Grade.QUALIFIED, veto, veto ? "no organisation after 2017-06-30" : null, null, 4,
                List.of(Finding.missed("LEDGER_FIVE_CLEARS", "Ledger", 25, "no ledger kept"),
                        Finding.met("ORGANISATION_ESTABLISHED", "Organisation", 30, "branch since 2016-05-01"),
                        Finding.notAssessed("ORGANISATIONAL_LIFE", "Life", "no records kept")));
    }

    private static ModuleResult failed() {
        return new ModuleResult("zhejiang.local", "0.1.0", "33", ResultStatus.ERROR, 0, 0, null, null, false, null,
                "exceeded the time limit of 2000 ms", 2001, List.of());
    }

    private static SocietyEvaluation result(long campaign, long society, Outcome outcome, boolean vetoed, List<ModuleResult> modules) {
        return new SocietyEvaluation(campaign, society, "学会" + society, "330100", outcome, new BigDecimal("68.8"),
                vetoed ? Grade.UNQUALIFIED : Grade.QUALIFIED, vetoed, vetoed ? List.of("cast.national vetoes: x") : List.of(),
                NOW, modules);
    }

    @Test
    public void aCampaignIsOpenedCreatedAndStartsOnceAtATime() {
        Campaign c = campaign();
        assertEquals(CampaignStatus.CREATED, c.status());
        assertEquals("", c.regionPrefix());
        assertTrue(store.start(c.id(), NOW));
        assertFalse("already running", store.start(c.id(), NOW));
        store.recount(c.id(), CampaignStatus.COMPLETED, NOW);
        assertEquals(CampaignStatus.COMPLETED, store.campaign(c.id()).orElseThrow().status());
        assertTrue("a completed campaign may run again", store.start(c.id(), NOW));
        assertEquals(CampaignStatus.RUNNING, store.campaign(c.id()).orElseThrow().status());
    }

    @Test
    public void aFundedCampaignNeverStartsAgainAndACorrectionNamesIt() {
        Campaign c = campaign();
        store.start(c.id(), NOW);
        store.recount(c.id(), CampaignStatus.COMPLETED, NOW);
        assertFalse(store.funded(c.id()));
        store.insertAllocation(c.id(), "cast.award", "1.0.0", new BigDecimal("100.00"), new BigDecimal("0.00"), null,
                "admin", NOW, List.of(), IllegalStateException::new);
        assertTrue(store.funded(c.id()));
        assertFalse("frozen by its allocation", store.start(c.id(), NOW));
        assertEquals(CampaignStatus.COMPLETED, store.campaign(c.id()).orElseThrow().status());

        Campaign correction = store.insertCampaign(2026, EvaluationKind.COMPREHENSIVE, "2026 comprehensive, corrected",
                LocalDate.of(2026, 12, 31), "", c.id(), "admin", NOW);
        assertEquals(c.id(), (long) correction.correctsCampaignId());
        assertEquals(correction, store.campaign(correction.id()).orElseThrow());
        assertNull(store.campaign(c.id()).orElseThrow().correctsCampaignId());
        assertTrue("the correction runs", store.start(correction.id(), NOW));
    }

    @Test
    public void anAllocationIsRecordedOnlyWhileItsCampaignIsCompletedAndOtherwiseWritesNothing() {
        Campaign c = campaign();
        store.start(c.id(), NOW);
        try {
            store.insertAllocation(c.id(), "cast.award", "1.0.0", new BigDecimal("100.00"), new BigDecimal("0.00"), null,
                    "admin", NOW, List.of(), () -> new IllegalStateException("running"));
            fail("a running campaign cannot be funded");
        } catch (IllegalStateException e) {
            assertEquals("running", e.getMessage());
        }
        assertTrue(store.allocations(c.id()).isEmpty());
        assertFalse(store.funded(c.id()));
    }

    @Test
    public void aRunningCampaignWhoseNodeFellSilentIsInterruptedButNotOneStillBeatingElsewhere() {
        Campaign silent = campaign();
        Campaign beating = campaign();
        store.start(silent.id(), NOW);
        store.start(beating.id(), NOW);
        Instant later = NOW.plusSeconds(150);
        store.heartbeat(List.of(beating.id()), later.minusSeconds(20));

        assertEquals(1, store.interruptStale(later.minusSeconds(120), later));
        assertEquals(CampaignStatus.INTERRUPTED, store.campaign(silent.id()).orElseThrow().status());
        assertEquals(CampaignStatus.RUNNING, store.campaign(beating.id()).orElseThrow().status());
        assertTrue("an interrupted campaign may run again", store.start(silent.id(), later));
    }

    @Test
    public void aSocietysResultIsStoredWithItsModulesAndFindingsInOrderAndReadBackWhole() {
        Campaign c = campaign();
        store.saveResult(result(c.id(), 1, Outcome.FAIL, true, List.of(national(true), failed())));
        SocietyEvaluation read = store.result(c.id(), 1).orElseThrow();
        assertEquals(Outcome.FAIL, read.outcome());
        assertTrue(read.vetoed());
        assertEquals(List.of("cast.national vetoes: x"), read.reasons());
        assertEquals(2, read.modules().size());
        ModuleResult n = read.modules().get(0);
        assertEquals(national(true), n);
        assertEquals(failed(), read.modules().get(1));
        assertEquals(List.of("LEDGER_FIVE_CLEARS", "ORGANISATION_ESTABLISHED", "ORGANISATIONAL_LIFE"),
                n.findings().stream().map(Finding::code).toList());
    }

    @Test
    public void storingASocietyAgainReplacesItsEarlierResult() {
        Campaign c = campaign();
        store.saveResult(result(c.id(), 1, Outcome.FAIL, true, List.of(national(true), failed())));
        store.saveResult(result(c.id(), 1, Outcome.PASS, false, List.of(national(false))));
        SocietyEvaluation read = store.result(c.id(), 1).orElseThrow();
        assertEquals(Outcome.PASS, read.outcome());
        assertEquals(1, read.modules().size());
        assertTrue(read.reasons().isEmpty());
    }

    @Test
    public void resultsAreCountedFilteredAndPagedAndClearedForARerun() {
        Campaign c = campaign();
        store.saveResult(result(c.id(), 1, Outcome.FAIL, true, List.of(national(true))));
        store.saveResult(result(c.id(), 2, Outcome.PASS, false, List.of(national(false))));
        store.saveResult(result(c.id(), 3, Outcome.INCOMPLETE, false, List.of(national(false), failed())));
        store.recount(c.id(), CampaignStatus.COMPLETED, NOW);
        Campaign counted = store.campaign(c.id()).orElseThrow();
        assertEquals(3, counted.evaluated());
        assertEquals(1, counted.passed());
        assertEquals(1, counted.failed());
        assertEquals(1, counted.incomplete());
        assertEquals(1, counted.moduleErrors());

        Page<SocietyEvaluation> vetoed = store.results(c.id(), new ResultQuery(null, null, true, 0, 10), Scope.ALL);
        assertEquals(1, vetoed.total());
        assertEquals(1, vetoed.items().get(0).societyId());
        assertTrue("a page leaves module results out", vetoed.items().get(0).modules().isEmpty());
        assertEquals(1, store.results(c.id(), new ResultQuery(Outcome.PASS, "33", null, 0, 10), Scope.ALL).total());
        assertEquals(0, store.results(c.id(), new ResultQuery(null, "44", null, 0, 10), Scope.ALL).total());
        Page<SocietyEvaluation> second = store.results(c.id(), new ResultQuery(null, null, null, 1, 1), Scope.ALL);
        assertEquals(3, second.total());
        assertEquals(2, second.items().get(0).societyId());
        assertEquals(List.of(1L, 2L, 3L), store.allResults(c.id()).stream().map(SocietyEvaluation::societyId).toList());
        assertEquals(1, store.bySociety(3).size());
        assertEquals(2, store.bySociety(3).get(0).modules().size());

        store.clearResults(c.id());
        assertEquals(0, store.results(c.id(), ResultQuery.all(), Scope.ALL).total());
    }

    @Test
    public void anAllocationIsRecordedWithItsAwardsInOrder() {
        Campaign c = campaign();
        store.start(c.id(), NOW);
        store.recount(c.id(), CampaignStatus.COMPLETED, NOW);
        List<Award> awards = List.of(new Award(2, FundingChannel.AWARD_IN_LIEU_OF_SUBSIDY, new BigDecimal("60000.00"), "QUALIFIED, weight 1 of 1"),
                new Award(1, FundingChannel.SERVICE_PURCHASE, new BigDecimal("3000.00"), "guidance bought"));
        Allocation a = store.insertAllocation(c.id(), "cast.award", "1.0.0", new BigDecimal("100000.00"),
                new BigDecimal("63000.00"), null, "admin", NOW, awards, IllegalStateException::new);
        assertEquals(awards, a.awards());
        assertNull(a.note());
        assertEquals(new BigDecimal("63000.00"), a.total());
        assertEquals(a, store.allocation(a.id()).orElseThrow());
        assertEquals(List.of(a), store.allocations(c.id()));
    }

    @Test
    public void campaignsAreListedWhenTheirRegionLiesInsideTheScope() {
        campaign();
        for (String prefix : List.of("33", "3301", "31")) {
            store.insertCampaign(2026, EvaluationKind.ANNUAL_INSPECTION, "region " + prefix, LocalDate.of(2026, 12, 31), prefix, null, "admin", NOW);
        }

        assertEquals(List.of("3301", "33"), prefixes(store.campaigns(CampaignScopes.sql(Scope.region("33")), 0, 10)));
        assertEquals(List.of("3301"), prefixes(store.campaigns(CampaignScopes.sql(Scope.region("330100")), 0, 10)));
        assertEquals(List.of("31", "3301", "33", ""), prefixes(store.campaigns(CampaignScopes.sql(Scope.ALL), 0, 10)));
        assertEquals(0, store.campaigns(CampaignScopes.sql(Scope.societies(List.of(2L))), 0, 10).total());
        assertEquals(2, store.campaigns(CampaignScopes.sql(Scope.region("33")), 0, 1).total());
    }

    private static List<String> prefixes(Page<Campaign> page) {
        return page.items().stream().map(Campaign::regionPrefix).toList();
    }

    @Test
    public void resultsOfSocietiesOutsideTheScopeAreLeftOut() {
        Campaign c = campaign();
        for (long society = 1; society <= 3; society++) {
            store.saveResult(result(c.id(), society, Outcome.PASS, false, List.of(national(false))));
        }

        assertEquals(List.of(2L), store.results(c.id(), ResultQuery.all(), Scope.region("33")).items().stream()
                .map(SocietyEvaluation::societyId).toList());
        assertEquals(1, store.results(c.id(), ResultQuery.all(), Scope.societies(List.of(1L))).total());
        assertEquals(3, store.results(c.id(), ResultQuery.all(), Scope.ALL).total());
        assertEquals(0, store.results(c.id(), ResultQuery.all(), Scope.NONE).total());
        assertTrue(store.societyInScope(Scope.region("33"), 2));
        assertFalse("a national society is never part of a region", store.societyInScope(Scope.region("10"), 1));
        assertFalse(store.societyInScope(Scope.ALL, 99));
    }
}
