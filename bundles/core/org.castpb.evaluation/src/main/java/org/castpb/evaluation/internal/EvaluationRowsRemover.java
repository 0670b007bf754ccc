package org.castpb.evaluation.internal;

import org.osgi.service.condition.Condition;
import static org.castpb.api.SocietyRowsRemover.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.SocietyRowsRemover;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Removes the evaluation results (with their module results and findings) and the funding awards of
 * societies being removed. Campaigns and allocations stay: they may hold other societies too.
 */
@Component(service = SocietyRowsRemover.class)
public class EvaluationRowsRemover implements SocietyRowsRemover {

    @Activate
    public EvaluationRowsRemover(@Reference(target = "(osgi.condition.id=castpb.schema.evaluation)") Condition schemaIsReady) {
    }

    @Override
    public Map<String, Integer> removeSocieties(Connection c, List<Long> societies) throws SQLException {
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("FUND_AWARD", update(c, "DELETE FROM FUND_AWARD WHERE SOCIETY_ID IN (:ids)", societies));
        removed.put("EVAL_FINDING", update(c, "DELETE FROM EVAL_FINDING WHERE RESULT_ID IN"
                + " (SELECT ID FROM EVAL_MODULE_RESULT WHERE SOCIETY_ID IN (:ids))", societies));
        removed.put("EVAL_MODULE_RESULT", update(c, "DELETE FROM EVAL_MODULE_RESULT WHERE SOCIETY_ID IN (:ids)", societies));
        removed.put("EVAL_OUTCOME", update(c, "DELETE FROM EVAL_OUTCOME WHERE SOCIETY_ID IN (:ids)", societies));
        return removed;
    }
}
