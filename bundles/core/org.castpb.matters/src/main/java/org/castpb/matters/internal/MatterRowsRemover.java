package org.castpb.matters.internal;

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
import org.osgi.service.condition.Condition;

/** Removes the major matters (with their history) of societies being removed. */
@Component(service = SocietyRowsRemover.class)
public class MatterRowsRemover implements SocietyRowsRemover {

    @Activate
    public MatterRowsRemover(@Reference(target = "(osgi.condition.id=castpb.schema.matters)") Condition schemaIsReady) {
    }

    @Override
    public Map<String, Integer> removeSocieties(Connection c, List<Long> societies) throws SQLException {
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("MATTER_HISTORY", update(c, "DELETE FROM MATTER_HISTORY WHERE MATTER_ID IN (SELECT ID FROM MATTER WHERE SOCIETY_ID IN (:ids))", societies));
        removed.put("MATTER", update(c, "DELETE FROM MATTER WHERE SOCIETY_ID IN (:ids)", societies));
        return removed;
    }
}
