package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.EvaluationService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The campaign rules of the engine on Derby: a funded campaign is frozen and corrected by a new one. The record
 * services are left out: the rules tested here are decided before a run reads any society.
 */
public class SqlEvaluationServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final Actor ADMIN = new Actor("admin", Set.of("national-admin"));
    private static final Actor ZHEJIANG = new Actor("zj-admin", Set.of("local-admin"), Scope.region("33"));
    private static final Actor HANGZHOU = new Actor("hz-admin", Set.of("local-admin"), Scope.region("3301"));
    private static final Actor SHANGHAI = new Actor("sh-admin", Set.of("local-admin"), Scope.region("31"));

    private EvaluationStore store;
    private SqlEvaluationService service;

    @Before
    public void engine() throws Exception {
        store = new EvaluationStore(EvaluationDatabase.create());
        service = new SqlEvaluationService(store, new PluginRegistry(), null, null, null, null, null,
                new Limits(1000, 3, 1000), new PluginCalls("test-module", 1, 1, 100), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @After
    public void stop() {
        service.deactivate();
    }

    /** A campaign that ran to its end and had funding allocated from its results. */
    private Campaign funded() {
        Campaign c = service.create(ADMIN, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, null));
        store.start(c.id(), NOW);
        store.recount(c.id(), CampaignStatus.COMPLETED, NOW);
        store.insertAllocation(c.id(), "cast.award", "1.0.0", new BigDecimal("100.00"), new BigDecimal("0.00"), null,
                "admin", NOW, List.of(), IllegalStateException::new);
        return c;
    }

    @Test
    public void runningAFundedCampaignAgainIsRefusedWithCampaignFundedAndLeavesItsResults() {
        Campaign c = funded();
        try {
            service.run(ADMIN, c.id());
            fail("a funded campaign must not run again");
        } catch (ConflictException e) {
            assertEquals(EvaluationService.CAMPAIGN_FUNDED, e.code());
            assertEquals("campaign " + c.id() + " has had funding allocated from its results, which are frozen; to evaluate"
                    + " again, open a new campaign of the same year and kind that corrects it (correctsCampaignId " + c.id()
                    + ")", e.getMessage());
        }
        Campaign after = service.get(ADMIN, c.id());
        assertEquals(CampaignStatus.COMPLETED, after.status());
        assertEquals(NOW, after.finishedAt());
    }

    @Test
    public void aRunningCampaignIsStillRefusedAsRunning() {
        Campaign c = service.create(ADMIN, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, null));
        store.start(c.id(), NOW);
        try {
            service.run(ADMIN, c.id());
            fail();
        } catch (ConflictException e) {
            assertEquals(EvaluationService.CAMPAIGN_RUNNING, e.code());
        }
    }

    @Test
    public void aCorrectionIsANewCampaignNamingTheFundedOne() {
        Campaign old = funded();
        Campaign correction = service.create(ADMIN, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, "33",
                old.id()));
        assertEquals(old.id(), (long) correction.correctsCampaignId());
        assertEquals("2026 assessment (region 33), correcting campaign " + old.id(), correction.title());
        assertEquals(CampaignStatus.CREATED, correction.status());
        assertEquals(correction, service.get(ADMIN, correction.id()));
        assertNull(service.get(ADMIN, old.id()).correctsCampaignId());
    }

    @Test
    public void aCorrectionOfAnUnknownCampaignOrOfAnotherYearOrKindIsRefusedNamingTheField() {
        Campaign old = funded();
        assertRefused(new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, null, 999L), "UNKNOWN_CAMPAIGN");
        assertRefused(new CampaignDraft(2025, EvaluationKind.ASSESSMENT, null, null, null, old.id()), "INCONSISTENT");
        assertRefused(new CampaignDraft(2026, EvaluationKind.COMPREHENSIVE, null, null, null, old.id()), "INCONSISTENT");
        assertEquals("nothing was opened", 1, service.list(ADMIN, 0, 10).total());
    }

    private void assertRefused(CampaignDraft draft, String code) {
        try {
            service.create(ADMIN, draft);
            fail("refused: " + draft);
        } catch (ValidationException e) {
            List<FieldError> errors = e.errors();
            assertEquals(errors.toString(), 1, errors.size());
            assertEquals("correctsCampaignId", errors.get(0).field());
            assertEquals(code, errors.get(0).code());
        }
    }

    @Test
    public void aLocalAdministratorsCampaignIsOfItsRegionAndAWiderOneIsRefused() {
        Campaign own = service.create(ZHEJIANG, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, null));
        assertEquals("33", own.regionPrefix());
        assertEquals("2026 assessment (region 33)", own.title());
        assertEquals("3301", service.create(ZHEJIANG, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, "330100")).regionPrefix());

        for (String wider : new String[] {"31", "34"}) {
            ForbiddenException refused = assertThrows(ForbiddenException.class,
                    () -> service.create(ZHEJIANG, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, wider)));
            assertEquals(ForbiddenException.OUT_OF_SCOPE, refused.code());
        }
        assertEquals(ForbiddenException.OUT_OF_SCOPE, assertThrows(ForbiddenException.class,
                () -> service.create(HANGZHOU, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, "33"))).code());
        assertEquals("nothing else was opened", 2, service.list(ADMIN, 0, 10).total());
    }

    @Test
    public void campaignsAreListedReadAndRunWithinTheRunnersScopeOnly() {
        Campaign national = service.create(ADMIN, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, null));
        Campaign zhejiang = service.create(ZHEJIANG, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, null));
        Campaign shanghai = service.create(SHANGHAI, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, null));

        assertEquals(List.of(zhejiang.id()), service.list(ZHEJIANG, 0, 10).items().stream().map(Campaign::id).toList());
        assertEquals(3, service.list(ADMIN, 0, 10).total());
        assertEquals(0, service.list(HANGZHOU, 0, 10).total());
        assertThrows(NotFoundException.class, () -> service.get(ZHEJIANG, shanghai.id()));
        assertThrows(NotFoundException.class, () -> service.get(ZHEJIANG, national.id()));
        // a write outside the scope is refused with its code, as in every service; a read answers as if it did not exist
        assertEquals(ForbiddenException.OUT_OF_SCOPE, assertThrows(ForbiddenException.class,
                () -> service.run(ZHEJIANG, shanghai.id())).code());
        assertThrows(NotFoundException.class, () -> service.run(ZHEJIANG, 999_999));
        assertEquals("refused before it started", CampaignStatus.CREATED, service.get(ADMIN, shanghai.id()).status());
        assertThrows(NotFoundException.class, () -> service.results(SHANGHAI, zhejiang.id(), null));
    }
}
