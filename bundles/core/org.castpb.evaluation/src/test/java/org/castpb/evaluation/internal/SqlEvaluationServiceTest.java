package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
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

    private EvaluationStore store;
    private SqlEvaluationService service;

    @Before
    public void engine() throws Exception {
        store = new EvaluationStore(EvaluationDatabase.create());
        service = new SqlEvaluationService(store, new PluginRegistry(), null, null, null, null, null,
                new Limits(1000, 3, 1000), Clock.fixed(NOW, ZoneOffset.UTC));
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
        Campaign after = service.get(c.id());
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
        assertEquals(correction, service.get(correction.id()));
        assertNull(service.get(old.id()).correctsCampaignId());
    }

    @Test
    public void aCorrectionOfAnUnknownCampaignOrOfAnotherYearOrKindIsRefusedNamingTheField() {
        Campaign old = funded();
        assertRefused(new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, null, 999L), "UNKNOWN_CAMPAIGN");
        assertRefused(new CampaignDraft(2025, EvaluationKind.ASSESSMENT, null, null, null, old.id()), "INCONSISTENT");
        assertRefused(new CampaignDraft(2026, EvaluationKind.COMPREHENSIVE, null, null, null, old.id()), "INCONSISTENT");
        assertEquals("nothing was opened", 1, service.list(0, 10).total());
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
}
