package org.castpb.reports.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** An in-memory Derby with the records' SOCIETY columns the reports read, and the shipped change log run on it. */
final class ReportDatabase {

    final DataSource dataSource;

    ReportDatabase() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:reports-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        dataSource = ds;
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE SOCIETY (ID BIGINT PRIMARY KEY, NAME VARCHAR(200) NOT NULL, SOCIETY_LEVEL VARCHAR(12) NOT NULL,"
                    + " REGION_CODE CHAR(6) NOT NULL, REGISTRATION_STATUS VARCHAR(12) NOT NULL, USCC CHAR(18) NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        System.setProperty("liquibase.analytics.enabled", "false");
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
        try {
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                migrate(ds);
                migrate(ds); // a second run changes nothing
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void migrate(EmbeddedDataSource ds) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(ds.getConnection()));
        try {
            new Liquibase("db/reports-changelog.xml", new ClassLoaderResourceAccessor(), database).update(new Contexts(), new LabelExpression());
            database.commit();
        } finally {
            database.close();
        }
    }

    /** The unified social credit code the test gives society {@code id}. */
    static String uscc(long id) {
        return String.format("51100000D%09d", id);
    }

    ReportDatabase society(long id, String level, String region, String status) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO SOCIETY VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, "Society " + id);
            ps.setString(3, level);
            ps.setString(4, region);
            ps.setString(5, status);
            ps.setString(6, uscc(id));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    long count(String table) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The service's configuration with these values and the shipped defaults for the rest. */
    static ReportConfig config(String[] national, String[] provincial, int dueDays, int maxKilobytes) {
        return new ReportConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return ReportConfig.class;
            }

            @Override
            public String[] nationalKinds() {
                return national;
            }

            @Override
            public String[] provincialKinds() {
                return provincial;
            }

            @Override
            public String[] municipalKinds() {
                return provincial;
            }

            @Override
            public int dueDays() {
                return dueDays;
            }

            @Override
            public int maxAttachmentKilobytes() {
                return maxKilobytes;
            }

            @Override
            public int maxAttachments() {
                return 3;
            }
        };
    }
}
