package org.castpb.coverage.internal;

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
 * Brings the coverage tables (COV_*) up to date with their versioned Liquibase change log. It is a service only
 * so that the rectification and snapshot components can wait for it.
 * <p>
 * The change log uses the records' ID_SEQUENCE and refers to SOCIETY(ID); the coverage SQL reads the
 * party-organisation tables too. The PartyOrganisationService appears only after the organisations migrations,
 * which themselves wait for the records ones, so waiting for it is waiting for both schemas.
 */
@Component(service = CoverageSchemaMigrator.class, immediate = true)
public class CoverageSchemaMigrator {

    static final String CHANGELOG = "db/coverage-changelog.xml";
    private static final Logger LOG = LoggerFactory.getLogger(CoverageSchemaMigrator.class);

    @Activate
    public CoverageSchemaMigrator(BundleContext context,
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
        LOG.info("castpb coverage schema is up to date on {} ({} ms)", product, (System.nanoTime() - start) / 1_000_000);
    }
}
