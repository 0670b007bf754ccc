package org.castpb.workers.internal;

import java.sql.Connection;
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
import org.castpb.api.organisation.PartyOrganisationService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the workers schema up to date with its versioned Liquibase change log. It is a service only so that the JPA
 * components can wait for it: nothing touches the tables before the migrations have run.
 * <p>
 * The change log uses the records' ID_SEQUENCE table and the queries read SOCIETY and the party organisations' tables, so it runs
 * after both: the PartyOrganisationService only appears once the party-organisation migrations (which wait for the
 * records') ran.
 */
@Component(service = WorkerSchemaMigrator.class, immediate = true)
public class WorkerSchemaMigrator {

    static final String CHANGELOG = "db/workers-changelog.xml";
    private static final Logger LOG = LoggerFactory.getLogger(WorkerSchemaMigrator.class);

    @Activate
    public WorkerSchemaMigrator(BundleContext context,
                                      @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                      @Reference PartyOrganisationService organisationSchemaIsReady) throws Exception {
        // Liquibase 4.30+ would try to send usage analytics over the network; castpb sites are often offline.
        System.setProperty("liquibase.analytics.enabled", "false");
        long start = System.nanoTime();
        Connection connection = dataSource.getConnection();
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        String product = database.getDatabaseProductName();
        try {
            Liquibase liquibase = new Liquibase(CHANGELOG, new OSGiResourceAccessor(context.getBundle()), database);
            // Liquibase prints every change set, its summary and the database's notices (Derby's "index not created
            // because it is a duplicate") on System.out, the console of bin/karaf: they belong in the log
            liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update(new Contexts(), new LabelExpression()));
            database.commit();
        } finally {
            database.close();
        }
        LOG.info("castpb workers schema is up to date on {} ({} ms)", product,
                (System.nanoTime() - start) / 1_000_000);
    }
}
