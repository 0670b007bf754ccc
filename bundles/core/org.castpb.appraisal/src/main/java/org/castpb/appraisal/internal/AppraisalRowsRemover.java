package org.castpb.appraisal.internal;

import static org.castpb.api.SocietyRowsRemover.select;
import static org.castpb.api.SocietyRowsRemover.update;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castpb.api.SocietyRowsRemover;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/**
 * Removes the appraisal rounds (grades, cases with their steps, history) and the cases opened by hand of the organisations a society removal takes away: those that
 * cover only societies being removed, or that are gone already. A joint branch that also covers a kept society keeps its
 * rounds.
 */
@Component(service = SocietyRowsRemover.class)
public class AppraisalRowsRemover implements SocietyRowsRemover {

    @Activate
    public AppraisalRowsRemover(@Reference(target = "(osgi.condition.id=castpb.schema.appraisal)") Condition schemaIsReady) {
    }

    @Override
    public Map<String, Integer> removeSocieties(Connection c, List<Long> societies) throws SQLException {
        Set<Long> removed = new HashSet<>(societies);
        List<Long> going = new ArrayList<>();
        Set<Long> candidates = new LinkedHashSet<>(select(c, "SELECT DISTINCT R.ORGANISATION_ID FROM APPRAISAL_ROUND R JOIN PORG_ORGANISATION_SOCIETY OS"
                + " ON OS.ORGANISATION_ID = R.ORGANISATION_ID WHERE OS.SOCIETY_ID IN (:ids)", societies));
        candidates.addAll(select(c, "SELECT DISTINCT K.ORGANISATION_ID FROM APPRAISAL_CASE K JOIN PORG_ORGANISATION_SOCIETY OS"
                + " ON OS.ORGANISATION_ID = K.ORGANISATION_ID WHERE OS.SOCIETY_ID IN (:ids)", societies));
        for (Long organisation : candidates) {
            if (removed.containsAll(select(c, "SELECT SOCIETY_ID FROM PORG_ORGANISATION_SOCIETY WHERE TO_DATE IS NULL AND ORGANISATION_ID IN (:ids)",
                    List.of(organisation)))) {
                going.add(organisation);
            }
        }
        Set<Long> ids = new LinkedHashSet<>(select(c, "SELECT ID FROM APPRAISAL_ROUND WHERE ORGANISATION_ID IN (:ids)", going));
        Set<Long> caseIds = new LinkedHashSet<>(select(c, "SELECT ID FROM APPRAISAL_CASE WHERE ORGANISATION_ID IN (:ids)", going));
        // rounds and cases of organisations the party-organisation remover took away already (the removers run in no fixed order)
        ids.addAll(gone(c, "SELECT R.ID FROM APPRAISAL_ROUND R WHERE NOT EXISTS (SELECT 1 FROM PORG_ORGANISATION O WHERE O.ID = R.ORGANISATION_ID)"));
        caseIds.addAll(gone(c, "SELECT K.ID FROM APPRAISAL_CASE K WHERE NOT EXISTS (SELECT 1 FROM PORG_ORGANISATION O WHERE O.ID = K.ORGANISATION_ID)"));
        List<Long> rounds = new ArrayList<>(ids);
        caseIds.addAll(select(c, "SELECT ID FROM APPRAISAL_CASE WHERE ROUND_ID IN (:ids)", rounds));
        List<Long> cases = new ArrayList<>(caseIds);
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("APPRAISAL_HISTORY", update(c, "DELETE FROM APPRAISAL_HISTORY WHERE ROUND_ID IN (:ids)", rounds)
                + update(c, "DELETE FROM APPRAISAL_HISTORY WHERE CASE_ID IN (:ids)", cases));
        rows.put("APPRAISAL_CASE_STEP", update(c, "DELETE FROM APPRAISAL_CASE_STEP WHERE CASE_ID IN (:ids)", cases));
        rows.put("APPRAISAL_CASE", update(c, "DELETE FROM APPRAISAL_CASE WHERE ID IN (:ids)", cases));
        rows.put("APPRAISAL_GRADE", update(c, "DELETE FROM APPRAISAL_GRADE WHERE ROUND_ID IN (:ids)", rounds));
        rows.put("APPRAISAL_ROUND", update(c, "DELETE FROM APPRAISAL_ROUND WHERE ID IN (:ids)", rounds));
        return rows;
    }

    private static List<Long> gone(Connection c, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
