package org.castpb.members.internal;

import org.osgi.service.condition.Condition;
import static org.castpb.api.SocietyRowsRemover.select;
import static org.castpb.api.SocietyRowsRemover.update;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.SocietyRowsRemover;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Removes the members of the organisations a society removal takes away: those already deleted (when the
 * party-organisation remover ran first) and those that cover only societies being removed (when it runs later). A
 * joint branch that also covers a kept society keeps its members.
 */
@Component(service = SocietyRowsRemover.class)
public class MemberRowsRemover implements SocietyRowsRemover {

    @Activate
    public MemberRowsRemover(@Reference(target = "(osgi.condition.id=castpb.schema.members)") Condition schemaIsReady) {
    }

    @Override
    public Map<String, Integer> removeSocieties(Connection c, List<Long> societies) throws SQLException {
        Set<Long> removedSocieties = new HashSet<>(societies);
        List<Long> going = new ArrayList<>();
        for (Long organisation : select(c, "SELECT ORGANISATION_ID FROM PORG_ORGANISATION_SOCIETY WHERE SOCIETY_ID IN (:ids)", societies)) {
            if (removedSocieties.containsAll(longs(c, "SELECT SOCIETY_ID FROM PORG_ORGANISATION_SOCIETY WHERE ORGANISATION_ID = "
                    + organisation + " AND TO_DATE IS NULL"))) {
                going.add(organisation);
            }
        }
        Set<Long> members = new LinkedHashSet<>(select(c, "SELECT ID FROM MEMBER WHERE ORGANISATION_ID IN (:ids)", going));
        members.addAll(longs(c, "SELECT ID FROM MEMBER M WHERE NOT EXISTS (SELECT 1 FROM PORG_ORGANISATION O WHERE O.ID = M.ORGANISATION_ID)"));
        List<Long> ids = new ArrayList<>(members);
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("MEMBER_HISTORY", update(c, "DELETE FROM MEMBER_HISTORY WHERE MEMBER_ID IN (:ids)", ids));
        removed.put("MEMBER_TRANSFER", update(c, "DELETE FROM MEMBER_TRANSFER WHERE MEMBER_ID IN (:ids)", ids));
        // transfers of kept members into or out of a removed organisation keep their row, naming it in words
        update(c, "UPDATE MEMBER_TRANSFER SET TO_ORGANISATION_ID = NULL, TO_UNIT = 'removed party organisation'"
                + " WHERE TO_ORGANISATION_ID IN (:ids)", going);
        update(c, "UPDATE MEMBER_TRANSFER SET FROM_ORGANISATION_ID = NULL, FROM_UNIT = 'removed party organisation'"
                + " WHERE FROM_ORGANISATION_ID IN (:ids)", going);
        removed.put("MEMBER_DISCLOSURE", update(c, "DELETE FROM MEMBER_DISCLOSURE WHERE MEMBER_ID IN (:ids)", ids));
        removed.put("MEMBER", update(c, "DELETE FROM MEMBER WHERE ID IN (:ids)", ids));
        removed.put("MEMBER_RETAINED_COUNT", update(c, "DELETE FROM MEMBER_RETAINED_COUNT WHERE ORGANISATION_ID IN (:ids)", going));
        // the development pipelines and plans of the organisations going (and of any already gone)
        Set<Long> candidates = new LinkedHashSet<>(select(c, "SELECT ID FROM PIPELINE_CANDIDATE WHERE ORGANISATION_ID IN (:ids)", going));
        candidates.addAll(longs(c, "SELECT ID FROM PIPELINE_CANDIDATE C WHERE NOT EXISTS (SELECT 1 FROM PORG_ORGANISATION O"
                + " WHERE O.ID = C.ORGANISATION_ID)"));
        List<Long> candidateIds = new ArrayList<>(candidates);
        removed.put("PIPELINE_WARNING", update(c, "DELETE FROM PIPELINE_WARNING WHERE STEP_ID IN (SELECT ID FROM PIPELINE_STEP"
                + " WHERE CANDIDATE_ID IN (:ids))", candidateIds));
        removed.put("PIPELINE_STEP", update(c, "DELETE FROM PIPELINE_STEP WHERE CANDIDATE_ID IN (:ids)", candidateIds));
        removed.put("PIPELINE_CANDIDATE", update(c, "DELETE FROM PIPELINE_CANDIDATE WHERE ID IN (:ids)", candidateIds));
        Set<Long> planIds = new LinkedHashSet<>(select(c, "SELECT ID FROM PIPELINE_PLAN WHERE ORGANISATION_ID IN (:ids)", going));
        planIds.addAll(longs(c, "SELECT ID FROM PIPELINE_PLAN P WHERE NOT EXISTS (SELECT 1 FROM PORG_ORGANISATION O WHERE O.ID = P.ORGANISATION_ID)"));
        List<Long> plans = new ArrayList<>(planIds);
        removed.put("PIPELINE_PLAN", update(c, "DELETE FROM PIPELINE_PLAN WHERE ID IN (:ids)", plans));
        update(c, "DELETE FROM PIPELINE_AUDIT WHERE SUBJECT = 'CANDIDATE' AND SUBJECT_ID IN (:ids)", candidateIds);
        update(c, "DELETE FROM PIPELINE_AUDIT WHERE SUBJECT = 'PLAN' AND SUBJECT_ID IN (:ids)", plans);
        return removed;
    }

    /** The ids a query of one id column without parameters returns. */
    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
