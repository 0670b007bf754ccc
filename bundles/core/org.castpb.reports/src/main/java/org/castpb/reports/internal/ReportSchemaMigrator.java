package org.castpb.reports.internal;

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
 * Brings the work-report tables (RPT_*) up to date with their Liquibase change log; a service only so that the report
 * service can wait for it. The SocietyService appears once the records schema, which RPT_REPORT refers to, is there.
 */
@Component(service = ReportSchemaMigrator.class, immediate = true)
public class ReportSchemaMigrator {

    static final String CHANGELOG = "db/reports-changelog.xml";
    private static final Logger LOG = LoggerFactory.getLogger(ReportSchemaMigrator.class);

    @Activate
    public ReportSchemaMigrator(BundleContext context, @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                @Reference SocietyService recordsSchemaIsReady) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false"); // offline sites: no usage reports
        long start = System.nanoTime();
        Connection connection = dataSource.getConnection();
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try {
            Liquibase liquibase = new Liquibase(CHANGELOG, new OSGiResourceAccessor(context.getBundle()), database);
            liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG); // the log, not bin/karaf's console
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update(new Contexts(), new LabelExpression()));
            database.commit();
        } finally {
            database.close();
        }
        LOG.info("castpb work-report schema is up to date ({} ms)", (System.nanoTime() - start) / 1_000_000);
    }
}
