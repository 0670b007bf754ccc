package org.castpb.evaluation.internal;

import org.osgi.service.condition.Condition;
import static org.castpb.api.SocietyRowsRemover.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.castpb.api.ConflictException;
import org.castpb.api.SocietyRowsRemover;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Removes the evaluation results (with their module results and findings) and the funding awards of
 * societies being removed. Campaigns and allocations stay: they may hold other societies too. A society that a
 * running campaign covers is not removed (409 {@value #CAMPAIGN_RUNNING}): the run would write its results for a
 * society that is gone, and the removal's whole transaction would fail on them.
 */
@Component(service = SocietyRowsRemover.class)
public class EvaluationRowsRemover implements SocietyRowsRemover {

    /** A running campaign covers a society being removed; the removal waits until the run ends. */
    public static final String CAMPAIGN_RUNNING = "CAMPAIGN_RUNNING";

    @Activate
    public EvaluationRowsRemover(@Reference(target = "(osgi.condition.id=castpb.schema.evaluation)") Condition schemaIsReady) {
    }

    @Override
    public Map<String, Integer> removeSocieties(Connection c, List<Long> societies) throws SQLException {
        refuseWhileRunning(c, societies);
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("FUND_AWARD", update(c, "DELETE FROM FUND_AWARD WHERE SOCIETY_ID IN (:ids)", societies));
        removed.put("EVAL_FINDING", update(c, "DELETE FROM EVAL_FINDING WHERE RESULT_ID IN"
                + " (SELECT ID FROM EVAL_MODULE_RESULT WHERE SOCIETY_ID IN (:ids))", societies));
        removed.put("EVAL_MODULE_RESULT", update(c, "DELETE FROM EVAL_MODULE_RESULT WHERE SOCIETY_ID IN (:ids)", societies));
        removed.put("EVAL_OUTCOME", update(c, "DELETE FROM EVAL_OUTCOME WHERE SOCIETY_ID IN (:ids)", societies));
        return removed;
    }

    /** Refuses the removal when a RUNNING campaign's region covers one of the societies, naming the campaign. */
    private static void refuseWhileRunning(Connection c, List<Long> societies) throws SQLException {
        List<Long> running = SocietyRowsRemover.select(c, "SELECT DISTINCT C.ID FROM EVAL_CAMPAIGN C, SOCIETY S"
                + " WHERE C.STATUS = 'RUNNING' AND S.ID IN (:ids) AND S.REGION_CODE LIKE C.REGION_PREFIX || '%'", societies);
        if (!running.isEmpty()) {
            throw new ConflictException(CAMPAIGN_RUNNING, "evaluation campaign " + running.stream().sorted()
                    .map(String::valueOf).collect(Collectors.joining(", campaign ")) + " is running over these societies;"
                    + " nothing was removed: try again once " + (running.size() == 1 ? "it has" : "they have") + " finished",
                    running.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")), running.size());
        }
    }
}
