package org.castpb.workers.internal;

import static org.castpb.api.SocietyRowsRemover.select;
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

/** Removes the workers of removed societies with their training, job changes, grades, allowances, commendations and audit. */
@Component(service = SocietyRowsRemover.class)
public class WorkerRowsRemover implements SocietyRowsRemover {

    @Activate
    public WorkerRowsRemover(@Reference(target = "(osgi.condition.id=castpb.schema.workers)") Condition schemaIsReady) {
    }

    @Override
    public Map<String, Integer> removeSocieties(Connection c, List<Long> societies) throws SQLException {
        List<Long> workers = select(c, "SELECT ID FROM WORKER WHERE SOCIETY_ID IN (:ids)", societies);
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("WORKER_TRAINING", update(c, "DELETE FROM WORKER_TRAINING WHERE WORKER_ID IN (:ids)", workers));
        removed.put("WORKER_JOB_CHANGE", update(c, "DELETE FROM WORKER_JOB_CHANGE WHERE WORKER_ID IN (:ids)", workers));
        removed.put("WORKER_ASSESSMENT", update(c, "DELETE FROM WORKER_ASSESSMENT WHERE WORKER_ID IN (:ids)", workers));
        // a run keeps its other societies' lines; its header stays, with the total it paid then
        removed.put("WORKER_ALLOWANCE", update(c, "DELETE FROM WORKER_ALLOWANCE WHERE SOCIETY_ID IN (:ids)", societies));
        removed.put("WORKER_COMMENDATION", update(c, "DELETE FROM WORKER_COMMENDATION WHERE SOCIETY_ID IN (:ids)", societies));
        removed.put("WORKER_AUDIT", update(c, "DELETE FROM WORKER_AUDIT WHERE SOCIETY_ID IN (:ids)", societies));
        removed.put("WORKER", update(c, "DELETE FROM WORKER WHERE ID IN (:ids)", workers));
        return removed;
    }
}
