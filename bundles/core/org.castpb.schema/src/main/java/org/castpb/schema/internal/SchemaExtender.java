package org.castpb.schema.internal;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.OSGiResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the one shared castpb schema up to date. Every bundle that keeps tables names its context and change log in
 * its {@code Castpb-Schema} header; this extender runs the change logs on one thread, in the order of
 * {@link #CONTEXTS}, and then registers the context's readiness condition ({@code osgi.condition.id=castpb.schema.CONTEXT})
 * that the context's services reference: nothing touches a table before its migrations ran.
 * <p>
 * The order is the real coupling of the schema, written down once: every context refers to the records' SOCIETY
 * rows and takes ids from their ID_SEQUENCE; members belong to party organisations, appraisal rounds grade them, major
 * matters belong to societies; coverage and evaluation read the records' and organisations' tables in their SQL;
 * federation reports what coverage and evaluation keep. The jobs' leases and runs and the console's sessions refer to
 * nothing and come last: the scheduled work that uses the jobs' tables starts once the core's schema is there, and
 * the console (a feature of its own, which a site may leave out) holds nothing back. A context not named here (a plugin's own tables) runs after
 * all of them.
 */
@Component(immediate = true)
public class SchemaExtender {

    /** The contexts of the shared schema, in the order their change logs run. */
    static final List<String> CONTEXTS = List.of("records", "organisations", "accounts", "members", "appraisal",
            "matters", "coverage", "evaluation", "reports", "workers", "life", "federation", "jobs", "web");

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final BundleContext context;
    private final DataSource dataSource;
    private final ExecutorService migrations = Executors.newSingleThreadExecutor(r -> new Thread(r, "castpb-schema"));
    // touched only on the migration thread
    private final MigrationQueue<Pending> queue = new MigrationQueue<>(CONTEXTS);
    private final Map<String, Long> owners = new HashMap<>();
    private final Map<String, ServiceRegistration<Condition>> conditions = new HashMap<>();
    private final BundleTracker<SchemaHeader> tracker;

    @Activate
    public SchemaExtender(BundleContext context,
                          @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource) {
        this.context = context;
        this.dataSource = dataSource;
        // Liquibase 4.30+ would try to send usage analytics over the network; castpb sites are often offline.
        System.setProperty("liquibase.analytics.enabled", "false");
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
        tracker.open();
    }

    @Deactivate
    public void deactivate() throws InterruptedException {
        tracker.close();
        migrations.shutdown();
        if (!migrations.awaitTermination(60, TimeUnit.SECONDS)) {
            LOG.warn("castpb schema: a change log was still running when the schema bundle stopped");
        }
        conditions.values().forEach(SchemaExtender::unregister);
        conditions.clear();
    }

    private final class Customizer implements BundleTrackerCustomizer<SchemaHeader> {
        @Override
        public SchemaHeader addingBundle(Bundle bundle, BundleEvent event) {
            String value = bundle.getHeaders("").get(SchemaHeader.NAME);
            if (value == null) {
                return null;
            }
            SchemaHeader header;
            try {
                header = SchemaHeader.parse(value);
            } catch (IllegalArgumentException e) {
                LOG.error("castpb schema: bundle {} is left out: {}", bundle.getSymbolicName(), e.getMessage());
                return null;
            }
            migrations.execute(() -> arrived(header, bundle));
            return header;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, SchemaHeader header) {
            // STARTING to ACTIVE: nothing changes for the schema
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, SchemaHeader header) {
            migrations.execute(() -> left(header, bundle));
        }
    }

    private void arrived(SchemaHeader header, Bundle bundle) {
        Long owner = owners.putIfAbsent(header.context(), bundle.getBundleId());
        if (owner != null && owner != bundle.getBundleId()) {
            LOG.error("castpb schema: bundle {} names context {}, which bundle {} already keeps; its change log is not run",
                    bundle.getSymbolicName(), header.context(), owner);
            return;
        }
        queue.arrive(header.context(), new Pending(bundle, header));
        List<String> blockers = queue.blockers(header.context());
        if (!blockers.isEmpty()) {
            LOG.debug("castpb schema: {} waits for {}", header.context(), blockers);
        }
        runWhatMayRun();
    }

    /** A context's bundle and header, waiting for the contexts before it. */
    private record Pending(Bundle bundle, SchemaHeader header) {
    }

    private void left(SchemaHeader header, Bundle bundle) {
        Long owner = owners.get(header.context());
        if (owner == null || owner != bundle.getBundleId()) {
            return;
        }
        owners.remove(header.context());
        queue.leave(header.context());
        unregister(conditions.remove(header.context()));
    }

    private void runWhatMayRun() {
        for (String next = queue.next(); next != null; next = queue.next()) {
            Pending pending = queue.changeLog(next);
            Bundle bundle = pending.bundle();
            boolean succeeded = run(next, bundle, pending.header().changeLog());
            queue.ran(next, succeeded);
            if (succeeded) {
                Hashtable<String, Object> properties = new Hashtable<>();
                properties.put(Condition.CONDITION_ID, pending.header().conditionId());
                properties.put("castpb.schema.context", next);
                properties.put("castpb.schema.bundle", bundle.getSymbolicName());
                conditions.put(next, context.registerService(Condition.class, Condition.INSTANCE, properties));
            } else {
                String failed = next;
                List<String> held = queue.waiting().stream().filter(c -> queue.blockers(c).contains(failed)).toList();
                if (!held.isEmpty()) {
                    LOG.error("castpb schema: {} waits until the {} change log runs", held, next);
                }
            }
        }
    }

    private boolean run(String contextName, Bundle bundle, String changeLog) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(changeLog, new OSGiResourceAccessor(bundle), database);
            // Liquibase prints every change set, its summary and the database's notices (Derby's "index not created
            // because it is a duplicate") on System.out, the console of bin/karaf: they belong in the log
            liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update(new Contexts(), new LabelExpression()));
            database.commit();
            LOG.info("castpb {} schema is up to date on {} ({} ms)", contextName, database.getDatabaseProductName(),
                    (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (Exception e) {
            LOG.error("castpb {} schema: the change log {} of bundle {} failed; its services stay unavailable", contextName,
                    changeLog, bundle.getSymbolicName(), e);
            return false;
        }
    }

    private static void unregister(ServiceRegistration<Condition> registration) {
        if (registration == null) {
            return;
        }
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the schema bundle is stopping
        }
    }
}
