package org.castpb.coverage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.castpb.api.SocietyRowsRemover;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/**
 * Removes the rectification tasks of societies being removed. Snapshots stay: they are monthly totals,
 * not rows about a society, and a stored month is never rewritten.
 */
@Component(service = SocietyRowsRemover.class)
public class CoverageRowsRemover implements SocietyRowsRemover {

    @Activate
    public CoverageRowsRemover(@Reference(target = "(osgi.condition.id=castpb.schema.coverage)") Condition schemaIsReady) {
    }

    @Override
    public Map<String, Integer> removeSocieties(Connection c, List<Long> societies) throws SQLException {
        return Map.of("COV_RECTIFICATION", SocietyRowsRemover.update(c, "DELETE FROM COV_RECTIFICATION WHERE SOCIETY_ID IN (:ids)", societies));
    }
}
