package org.castpb.jobs.internal;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** The shipped jobs change log run by Liquibase, as in the platform, on a given or a fresh in-memory Derby database. */
final class JobsDatabase {

    private JobsDatabase() {
    }

    static DataSource derby() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:jobs-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        migrate(derby);
        return derby;
    }

    static void migrate(DataSource ds) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
        Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(ds.getConnection()));
            try {
                Liquibase liquibase = new Liquibase("db/jobs-changelog.xml", new ClassLoaderResourceAccessor(), database);
                liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
                liquibase.update(new Contexts(), new LabelExpression());
                database.commit();
            } finally {
                database.close();
            }
        });
    }
}
