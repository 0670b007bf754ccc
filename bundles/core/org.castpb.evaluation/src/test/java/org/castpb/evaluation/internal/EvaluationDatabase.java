package org.castpb.evaluation.internal;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh in-memory Derby database with the shipped evaluation change log, run by Liquibase as in the platform. */
final class EvaluationDatabase {

    private EvaluationDatabase() {
    }

    /** Societies 1 (national, 100000), 2 (Hangzhou, 330100) and 3 (Shanghai, 310000) exist; every evaluation table is empty. */
    static DataSource create() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:evaluation-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // what the records change log provides and the evaluation change log relies on
            st.executeUpdate("CREATE TABLE ID_SEQUENCE (SEQ_NAME VARCHAR(50) PRIMARY KEY, SEQ_COUNT BIGINT)");
            st.executeUpdate("CREATE TABLE SOCIETY (ID BIGINT PRIMARY KEY, REGION_CODE CHAR(6) NOT NULL, SOCIETY_LEVEL VARCHAR(12) NOT NULL)");
            st.executeUpdate("INSERT INTO SOCIETY VALUES (1, '100000', 'NATIONAL'), (2, '330100', 'MUNICIPAL'), (3, '310000', 'PROVINCIAL')");
        }
        Connection c = ds.getConnection();
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        Liquibase liquibase = new Liquibase("db/evaluation-changelog.xml", new ClassLoaderResourceAccessor(), db);
        liquibase.update(new Contexts(), new LabelExpression());
        db.commit();
        db.close();
        return ds;
    }
}
