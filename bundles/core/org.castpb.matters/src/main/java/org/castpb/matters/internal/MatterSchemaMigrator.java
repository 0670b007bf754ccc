package org.castpb.matters.internal;

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
 * Brings the major-matter schema up to date with its versioned Liquibase change log; a service only so that the
 * major-matter service can wait for it. It runs after the records' migrations (the SocietyService appears only once
 * they ran), as its queries read the SOCIETY table.
 */
@Component(service = MatterSchemaMigrator.class, immediate = true)
public class MatterSchemaMigrator {

    static final String CHANGELOG = "db/matters-changelog.xml";
    private static final Logger LOG = LoggerFactory.getLogger(MatterSchemaMigrator.class);

    @Activate
    public MatterSchemaMigrator(BundleContext context, @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                   @Reference SocietyService recordsSchemaIsReady) throws Exception {
        // Liquibase 4.30+ would try to send usage analytics over the network; castpb sites are often offline
        System.setProperty("liquibase.analytics.enabled", "false");
        long start = System.nanoTime();
        Connection connection = dataSource.getConnection();
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try {
            Liquibase liquibase = new Liquibase(CHANGELOG, new OSGiResourceAccessor(context.getBundle()), database);
            liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update(new Contexts(), new LabelExpression()));
            database.commit();
        } finally {
            database.close();
        }
        LOG.info("castpb major-matter schema is up to date ({} ms)", (System.nanoTime() - start) / 1_000_000);
    }
}
