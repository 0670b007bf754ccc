package org.castpb.web.internal;

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

/** An in-memory Derby database with the console's shipped change log run on it, migrated once and emptied for each use. */
final class WebDatabase {

    private static DataSource migrated;

    private WebDatabase() {
    }

    static synchronized DataSource migrated() {
        if (migrated == null) {
            migrated = migrate();
        }
        try (java.sql.Connection c = migrated.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM WEB_SESSION");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return migrated;
    }

    private static DataSource migrate() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:web-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        System.setProperty("liquibase.analytics.enabled", "false");
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
        try {
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(ds.getConnection()));
                try {
                    Liquibase liquibase = new Liquibase("db/web-changelog.xml", new ClassLoaderResourceAccessor(), database);
                    liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
                    liquibase.update(new Contexts(), new LabelExpression());
                    database.commit();
                } finally {
                    database.close();
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return ds;
    }
}
