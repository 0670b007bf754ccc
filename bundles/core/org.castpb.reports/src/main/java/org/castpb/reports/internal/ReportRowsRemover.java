package org.castpb.reports.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.SocietyRowsRemover;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/** Removes the work reports (their files and history first) and the budgets of societies being removed. */
@Component(service = SocietyRowsRemover.class)
public class ReportRowsRemover implements SocietyRowsRemover {

    private static final String OF_SOCIETIES = " WHERE REPORT_ID IN (SELECT ID FROM RPT_REPORT WHERE SOCIETY_ID IN (:ids))";

    @Activate
    public ReportRowsRemover(@Reference(target = "(osgi.condition.id=castpb.schema.reports)") Condition schemaIsReady) {
    }

    @Override
    public Map<String, Integer> removeSocieties(Connection c, List<Long> societies) throws SQLException {
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("RPT_ATTACHMENT", SocietyRowsRemover.update(c, "DELETE FROM RPT_ATTACHMENT" + OF_SOCIETIES, societies));
        removed.put("RPT_HISTORY", SocietyRowsRemover.update(c, "DELETE FROM RPT_HISTORY" + OF_SOCIETIES, societies));
        removed.put("RPT_REPORT", SocietyRowsRemover.update(c, "DELETE FROM RPT_REPORT WHERE SOCIETY_ID IN (:ids)", societies));
        removed.put("RPT_BUDGET_HISTORY", SocietyRowsRemover.update(c, "DELETE FROM RPT_BUDGET_HISTORY WHERE BUDGET_ID IN"
                + " (SELECT ID FROM RPT_BUDGET WHERE SOCIETY_ID IN (:ids))", societies));
        removed.put("RPT_BUDGET", SocietyRowsRemover.update(c, "DELETE FROM RPT_BUDGET WHERE SOCIETY_ID IN (:ids)", societies));
        return removed;
    }
}
