package org.castpb.life.internal;

import static org.castpb.api.SocietyRowsRemover.select;
import static org.castpb.api.SocietyRowsRemover.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castpb.api.SocietyRowsRemover;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/**
 * Removes the meetings and alerts of the organisations a society removal takes away: those covering only societies
 * being removed, and those already deleted by the party organisations' remover. A joint branch that also covers a kept
 * society keeps its meetings.
 */
@Component(service = SocietyRowsRemover.class)
public class LifeRowsRemover implements SocietyRowsRemover {

    @Activate
    public LifeRowsRemover(@Reference(target = "(osgi.condition.id=castpb.schema.life)") Condition schemaIsReady) {
    }

    @Override
    public Map<String, Integer> removeSocieties(Connection c, List<Long> societies) throws SQLException {
        Set<Long> removed = new HashSet<>(societies);
        List<Long> going = new ArrayList<>();
        for (Long organisation : select(c, "SELECT ORGANISATION_ID FROM PORG_ORGANISATION_SOCIETY WHERE SOCIETY_ID IN (:ids)", societies)) {
            List<Long> covered = Db.list(c, "SELECT SOCIETY_ID FROM PORG_ORGANISATION_SOCIETY WHERE ORGANISATION_ID = ? AND TO_DATE IS NULL",
                    rs -> rs.getLong(1), organisation);
            if (removed.containsAll(covered)) {
                going.add(organisation);
            }
        }
        going.addAll(Db.list(c, "SELECT DISTINCT ORGANISATION_ID FROM LIFE_MEETING M WHERE NOT EXISTS (SELECT 1 FROM PORG_ORGANISATION O"
                + " WHERE O.ID = M.ORGANISATION_ID)", rs -> rs.getLong(1)));
        List<Long> meetings = select(c, "SELECT ID FROM LIFE_MEETING WHERE ORGANISATION_ID IN (:ids)", going);
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("LIFE_ATTENDANCE", update(c, "DELETE FROM LIFE_ATTENDANCE WHERE MEETING_ID IN (:ids)", meetings));
        out.put("LIFE_MEETING_HISTORY", update(c, "DELETE FROM LIFE_MEETING_HISTORY WHERE MEETING_ID IN (:ids)", meetings));
        out.put("LIFE_MEETING", update(c, "DELETE FROM LIFE_MEETING WHERE ID IN (:ids)", meetings));
        out.put("LIFE_ALERT", update(c, "DELETE FROM LIFE_ALERT WHERE ORGANISATION_ID IN (:ids)", going));
        return out;
    }
}
