package org.castpb.accounts.internal;

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
 * Brings the accounts schema (accounts, their audit, the access log) up to date with its versioned Liquibase
 * change log. A service only so that the account components wait for it. It runs after the records migrations
 * (whose SocietyService appears only once they ran), so two change logs never race to create Liquibase's tables.
 */
@Component(service = AccountSchemaMigrator.class, immediate = true)
public class AccountSchemaMigrator {

    static final String CHANGELOG = "db/accounts-changelog.xml";
    private static final Logger LOG = LoggerFactory.getLogger(AccountSchemaMigrator.class);

    @Activate
    public AccountSchemaMigrator(BundleContext context,
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
            // change sets, summary and database notices go to the log, not to the console of bin/karaf
            liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update(new Contexts(), new LabelExpression()));
            int filled = AccountStore.backfillSocieties(connection);
            if (filled > 0) {
                LOG.info("castpb accounts: the societies of {} accounts recorded in ACCOUNT_SOCIETY", filled);
            }
            database.commit();
        } finally {
            database.close();
        }
        LOG.info("castpb accounts schema is up to date on {} ({} ms)", product, (System.nanoTime() - start) / 1_000_000);
    }
}
