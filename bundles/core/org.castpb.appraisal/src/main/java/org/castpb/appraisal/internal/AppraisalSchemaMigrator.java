package org.castpb.appraisal.internal;

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
import org.castpb.api.members.MemberService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the appraisal schema up to date with its versioned Liquibase change log; a service only so that the
 * appraisal service can wait for it. It runs after the members' migrations (the MemberService appears only once
 * they ran, and they wait for the party organisations' and the records'), as its queries read those tables.
 */
@Component(service = AppraisalSchemaMigrator.class, immediate = true)
public class AppraisalSchemaMigrator {

    static final String CHANGELOG = "db/appraisal-changelog.xml";
    private static final Logger LOG = LoggerFactory.getLogger(AppraisalSchemaMigrator.class);

    @Activate
    public AppraisalSchemaMigrator(BundleContext context, @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                   @Reference MemberService memberSchemaIsReady) throws Exception {
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
        LOG.info("castpb appraisal schema is up to date ({} ms)", (System.nanoTime() - start) / 1_000_000);
    }
}
