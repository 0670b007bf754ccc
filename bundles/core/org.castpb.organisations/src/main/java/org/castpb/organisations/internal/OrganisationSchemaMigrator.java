package org.castpb.organisations.internal;

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
import org.castpb.api.SocietyService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the party-organisation schema up to date with its versioned Liquibase change log. It is a
 * service only so that the JPA components can wait for it: nothing touches the tables before the
 * migrations have run.
 * <p>
 * The change log refers to the records' SOCIETY and ID_SEQUENCE tables, so it must run after the records
 * migrations. Those are internal to the records bundle; its SocietyService only appears once they ran,
 * so waiting for that service is waiting for the records schema.
 */
@Component(service = OrganisationSchemaMigrator.class, immediate = true)
public class OrganisationSchemaMigrator {

    static final String CHANGELOG = "db/organisations-changelog.xml";
    private static final Logger LOG = LoggerFactory.getLogger(OrganisationSchemaMigrator.class);

    @Activate
    public OrganisationSchemaMigrator(BundleContext context,
                                      @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                      @Reference SocietyService recordsSchemaIsReady) throws Exception {
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
        LOG.info("castpb party-organisation schema is up to date on {} ({} ms)", product,
                (System.nanoTime() - start) / 1_000_000);
    }
}
