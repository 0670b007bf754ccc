package org.castpb.records.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.DemoDataService;
import org.castpb.api.DemoRemoval;
import org.castpb.api.ForbiddenException;
import org.castpb.api.SocietyRowsRemover;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.condition.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo marks and their removal. Removal runs on one JDBC connection in one transaction: every context's
 * {@link SocietyRowsRemover} deletes its own rows first, then the ledgers and the societies go; the foreign keys
 * of every context onto SOCIETY make a missing remover fail the whole removal rather than leave orphans.
 */
@Component(service = DemoDataService.class)
public class JdbcDemoDataService implements DemoDataService {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDemoDataService.class);

    private final DataSource dataSource;
    private final JpaTemplate jpa;
    private final List<SocietyRowsRemover> removers;

    @Activate
    public JdbcDemoDataService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                               @Reference(target = "(osgi.unit.name=castpb)") JpaTemplate jpa,
                               @Reference(target = "(osgi.condition.id=castpb.schema.records)") Condition schemaIsReady,
                               @Reference(policyOption = ReferencePolicyOption.GREEDY) List<SocietyRowsRemover> removers) {
        this.dataSource = dataSource;
        this.jpa = jpa;
        this.removers = List.copyOf(removers);
    }

    @Override
    public int mark(Actor actor, Collection<String> usccs) {
        Writes.mayWrite(actor);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<String> codes = new ArrayList<>(usccs);
            for (int from = 0; from < codes.size(); from += SocietyRowsRemover.CHUNK) {
                List<String> chunk = codes.subList(from, Math.min(codes.size(), from + SocietyRowsRemover.CHUNK));
                try (PreparedStatement s = c.prepareStatement("UPDATE SOCIETY SET DEMO = 1 WHERE USCC IN ("
                        + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(i + 1, chunk.get(i));
                    }
                    s.executeUpdate();
                }
            }
            // counted inside the transaction: Derby refuses to close a connection whose transaction is still open
            int marked = (int) count(c);
            c.commit();
            return marked;
        } catch (SQLException e) {
            throw new IllegalStateException("marking the demo societies failed", e);
        }
    }

    @Override
    public long count() {
        try (Connection c = dataSource.getConnection()) {
            return count(c);
        } catch (SQLException e) {
            throw new IllegalStateException("counting the demo societies failed", e);
        }
    }

    @Override
    public DemoRemoval remove(Actor actor) {
        if (actor == null || !actor.hasAnyRole(Actor.NATIONAL)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name())
                    + " may not remove the demo data (needs one of the roles " + Actor.NATIONAL + ")");
        }
        long start = System.nanoTime();
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("SELECT ID FROM SOCIETY WHERE DEMO = 1 ORDER BY ID");
                     ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
                if (!ids.isEmpty()) {
                    for (SocietyRowsRemover remover : removers) {
                        remover.removeSocieties(c, ids).forEach((table, n) -> rows.merge(table, n, Integer::sum));
                    }
                    rows.put("LEDGER_LEADER", SocietyRowsRemover.update(c, "DELETE FROM LEDGER_LEADER WHERE REVISION_ID IN"
                            + " (SELECT ID FROM LEDGER_REVISION WHERE SOCIETY_ID IN (:ids))", ids));
                    rows.put("LEDGER_REVISION", SocietyRowsRemover.update(c, "DELETE FROM LEDGER_REVISION WHERE SOCIETY_ID IN (:ids)", ids));
                    rows.put("SOCIETY", SocietyRowsRemover.update(c, "DELETE FROM SOCIETY WHERE ID IN (:ids)", ids));
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("removing the demo data failed; nothing was removed", e);
        }
        DemoRemoval removal = new DemoRemoval(ids.size(), rows);
        if (!ids.isEmpty()) {
            // the societies' own audit trails stay, as every audit entry does; this entry says where they went
            jpa.tx(TransactionType.Required, em -> em.persist(new AuditEntryEntity(Writes.now(), actor.name(), "DEMO", 0L,
                    "DEMO_REMOVED", null, "societies " + ids.get(0) + ".." + ids.get(ids.size() - 1) + ": " + rows)));
        }
        LOG.info("{} removed the demo data: {} societies, rows {} ({} ms)", actor.name(), ids.size(), rows,
                (System.nanoTime() - start) / 1_000_000);
        return removal;
    }

    private static long count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM SOCIETY WHERE DEMO = 1"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
