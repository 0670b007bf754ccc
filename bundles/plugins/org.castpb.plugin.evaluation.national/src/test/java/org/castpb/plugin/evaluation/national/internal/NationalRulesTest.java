package org.castpb.plugin.evaluation.national.internal;

import static org.castpb.plugin.evaluation.national.internal.Fixtures.config;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.junit.Test;

/** The configuration is checked at activation; a refusal names the property. */
public class NationalRulesTest {

    @Test
    public void defaultsAreTheNationalStandard() {
        NationalRules rules = NationalRules.from(config());

        assertEquals(LocalDate.of(2017, 6, 30), rules.organisationDeadline());
        assertEquals(100, rules.ledgerWeight() + rules.organisationWeight() + rules.charterWeight() + rules.termWeight()
                + rules.organisationalLifeWeight());
    }

    @Test
    public void deadlineThatIsNoDateIsRefused() {
        assertRefused("organisationDeadline must be a date yyyy-MM-dd, got '2017-31-06'", "organisationDeadline", "2017-31-06");
    }

    @Test
    public void negativeWeightIsRefused() {
        assertRefused("charterWeight must be 0 to 100 points, got -1", "charterWeight", -1);
    }

    @Test
    public void lateOrganisationWorthMoreThanTheCriterionIsRefused() {
        assertRefused("organisationLatePoints must be 0 to organisationWeight (30), got 35", "organisationLatePoints", 35);
    }

    @Test
    public void pendingRequestWorthMoreThanWorkCoverageIsRefused() {
        assertRefused("pendingRequestPoints must be 0 to workCoveragePoints (10), got 12", "pendingRequestPoints", 12);
    }

    @Test
    public void gradeBandsOutOfOrderAreRefused() {
        assertRefused("goodFrom must be 0 to excellentFrom (90), got 95", "goodFrom", 95);
        assertRefused("excellentFrom must be at most 100 %, got 101", "excellentFrom", 101);
    }

    @Test
    public void nothingToAssessIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NationalModule(config(
                "ledgerWeight", 0, "organisationWeight", 0, "organisationLatePoints", 0, "workCoveragePoints", 0,
                "pendingRequestPoints", 0, "charterWeight", 0, "termWeight", 0)));
        assertTrue(e.getMessage(), e.getMessage().contains("nothing could be assessed"));
    }

    private static void assertRefused(String message, String property, Object value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NationalModule(config(property, value)));
        assertTrue(e.getMessage(), e.getMessage().startsWith("configuration org.castpb.plugin.evaluation.national: " + message));
    }
}
