package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.castpb.api.ConflictException;
import org.junit.Before;
import org.junit.Test;

public class EvaluationRowsRemoverTest {

    private DataSource db;

    @Before
    public void database() throws Exception {
        db = EvaluationDatabase.create();
    }

    private void campaign(long id, String regionPrefix, String status) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO EVAL_CAMPAIGN (ID, EVAL_YEAR, KIND, TITLE, AS_OF, REGION_PREFIX, STATUS, CREATED_BY,"
                    + " CREATED_AT) VALUES (" + id + ", 2025, 'ANNUAL', 'campaign " + id + "', DATE('2025-12-31'), '"
                    + regionPrefix + "', '" + status + "', 'admin', CURRENT_TIMESTAMP)");
        }
    }

    private static long outcomes(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM EVAL_CAMPAIGN")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    public void aSocietyInARunningCampaignIsNotRemovedAndTheCampaignIsNamed() throws Exception {
        campaign(7, "33", "RUNNING");
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            new EvaluationRowsRemover(null).removeSocieties(c, List.of(3L, 2L));
            fail("society 2 (330100) is in running campaign 7");
        } catch (ConflictException e) {
            assertEquals(EvaluationRowsRemover.CAMPAIGN_RUNNING, e.code());
            assertTrue(e.getMessage(), e.getMessage().contains("campaign 7"));
        }
    }

    @Test
    public void runningCampaignsOfOtherRegionsAndFinishedOnesDoNotHoldARemovalBack() throws Exception {
        campaign(7, "31", "RUNNING");
        campaign(8, "", "COMPLETED");
        campaign(9, "33", "INTERRUPTED");
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            new EvaluationRowsRemover(null).removeSocieties(c, List.of(2L));
            assertEquals(3, outcomes(c));
            c.rollback();
        }
    }

    @Test
    public void aNationalRunningCampaignHoldsBackEverySociety() throws Exception {
        campaign(7, "", "RUNNING");
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            new EvaluationRowsRemover(null).removeSocieties(c, List.of(1L));
            fail("a campaign with an empty region prefix covers every society");
        } catch (ConflictException e) {
            assertEquals(EvaluationRowsRemover.CAMPAIGN_RUNNING, e.code());
        }
    }
}
