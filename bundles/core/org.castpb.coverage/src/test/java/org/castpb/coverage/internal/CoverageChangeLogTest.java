package org.castpb.coverage.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
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
import org.junit.Test;

/** The shipped change log, run on Derby the way the migrator runs it, makes the tables the services write. */
public class CoverageChangeLogTest {

    @Test
    public void theChangeLogCreatesTheCoverageTablesAndTheirSequenceOnceOnly() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:changelog-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // the records change log's tables this one refers to
            st.executeUpdate("CREATE TABLE ID_SEQUENCE (SEQ_NAME VARCHAR(50) PRIMARY KEY, SEQ_COUNT BIGINT)");
            st.executeUpdate("CREATE TABLE SOCIETY (ID BIGINT PRIMARY KEY, NAME VARCHAR(200), SOCIETY_LEVEL VARCHAR(12),"
                    + " REGION_CODE CHAR(6), DISCIPLINE VARCHAR(20), GROUP_MEMBER_STATUS VARCHAR(12), REGISTRATION_STATUS VARCHAR(12))");
            st.executeUpdate("INSERT INTO SOCIETY (ID) VALUES (1)");
            // and the party-organisation change log's, whose changes the coverage change count follows
            st.executeUpdate("CREATE TABLE PORG_ORGANISATION (ID BIGINT PRIMARY KEY, ORG_TYPE VARCHAR(20), ESTABLISHED_ON DATE, DISSOLVED_ON DATE)");
            st.executeUpdate("CREATE TABLE PORG_ORGANISATION_SOCIETY (ID BIGINT PRIMARY KEY, ORGANISATION_ID BIGINT, SOCIETY_ID BIGINT,"
                    + " FROM_DATE DATE, TO_DATE DATE)");
            st.executeUpdate("CREATE TABLE PORG_LIAISON (ID BIGINT PRIMARY KEY, SOCIETY_ID BIGINT, FROM_DATE DATE, TO_DATE DATE)");
        }
        System.setProperty("liquibase.analytics.enabled", "false");
        // keep the build output to the test results: Liquibase reports to the (silenced) log instead of the console
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
        Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
            migrate(ds);
            migrate(ds);
        });

        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // cov-5: a counted change raises the change count, a change coverage does not read leaves it
            assertEquals(0, generation(st));
            st.executeUpdate("INSERT INTO SOCIETY (ID, REGION_CODE) VALUES (2, '330100')");
            assertEquals(1, generation(st));
            st.executeUpdate("UPDATE SOCIETY SET NAME = 'renamed' WHERE ID = 2");
            assertEquals(1, generation(st));
            st.executeUpdate("UPDATE SOCIETY SET REGION_CODE = '330200' WHERE ID = 2");
            st.executeUpdate("INSERT INTO PORG_ORGANISATION (ID, ORG_TYPE) VALUES (1, 'BRANCH')");
            st.executeUpdate("UPDATE PORG_ORGANISATION SET DISSOLVED_ON = DATE('2020-01-01') WHERE ID = 1");
            st.executeUpdate("INSERT INTO PORG_ORGANISATION_SOCIETY (ID, ORGANISATION_ID, SOCIETY_ID) VALUES (1, 1, 2)");
            st.executeUpdate("UPDATE PORG_ORGANISATION_SOCIETY SET TO_DATE = DATE('2020-01-01') WHERE ID = 1");
            st.executeUpdate("INSERT INTO PORG_LIAISON (ID, SOCIETY_ID) VALUES (1, 2)");
            st.executeUpdate("UPDATE PORG_LIAISON SET TO_DATE = DATE('2020-01-01') WHERE ID = 1");
            st.executeUpdate("DELETE FROM PORG_LIAISON");
            st.executeUpdate("DELETE FROM PORG_ORGANISATION_SOCIETY");
            st.executeUpdate("DELETE FROM PORG_ORGANISATION");
            st.executeUpdate("DELETE FROM SOCIETY WHERE ID = 2");
            assertEquals(12, generation(st));
            try (ResultSet rs = st.executeQuery("SELECT SEQ_COUNT FROM ID_SEQUENCE WHERE SEQ_NAME = 'COV_RECTIFICATION'")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
            String task = "INSERT INTO COV_RECTIFICATION (ID, SOCIETY_ID, TARGET_DATE, KIND, DUE_ON, STATUS, CLOSED_ON, CLOSED_BY,"
                    + " CLOSING_NOTE, CREATED_AT, CREATED_BY) VALUES (%d, 1, DATE('2016-12-31'), 'WORK', DATE('2017-03-31'), 'OPEN',"
                    + " NULL, NULL, NULL, CURRENT_TIMESTAMP, 'wang')";
            st.executeUpdate(String.format(task, 1));
            try {
                st.executeUpdate(String.format(task, 2));
                fail("a second task for the same society, target and kind");
            } catch (SQLException expected) {
                assertEquals("23505", expected.getSQLState());
            }
            // evaluation tasks (cov-4) have no target or kind: one per society and campaign
            String followUp = "INSERT INTO COV_RECTIFICATION (ID, SOCIETY_ID, DUE_ON, STATUS, CREATED_AT, CREATED_BY, ORIGIN, CAMPAIGN_ID,"
                    + " VETOED, CRITERIA) VALUES (%d, 1, DATE('2017-03-31'), 'OPEN', CURRENT_TIMESTAMP, 'system', 'EVALUATION', %d, 1, 'veto')";
            st.executeUpdate(String.format(followUp, 3, 7));
            st.executeUpdate(String.format(followUp, 4, 8));
            try {
                st.executeUpdate(String.format(followUp, 5, 7));
                fail("a second task for the same society and campaign");
            } catch (SQLException expected) {
                assertEquals("23505", expected.getSQLState());
            }
            try (ResultSet rs = st.executeQuery("SELECT ORIGIN FROM COV_RECTIFICATION WHERE ID = 1")) {
                rs.next();
                assertEquals("COVERAGE", rs.getString(1));
            }
            st.executeUpdate("INSERT INTO COV_SNAPSHOT (SNAPSHOT_MONTH, AS_OF, IN_SCOPE, ORGANISATION_COVERED, WORK_COVERED, TAKEN_AT)"
                    + " VALUES (DATE('2017-01-01'), DATE('2017-01-31'), 10, 8, 10, CURRENT_TIMESTAMP)");
            // the same month once per scope: the rows before cov-3 became the scope 'all'
            st.executeUpdate("INSERT INTO COV_SNAPSHOT (SNAPSHOT_MONTH, AS_OF, IN_SCOPE, ORGANISATION_COVERED, WORK_COVERED, TAKEN_AT,"
                    + " SCOPE_KEY) VALUES (DATE('2017-01-01'), DATE('2017-01-31'), 3, 1, 2, CURRENT_TIMESTAMP, 'region 33')");
            try (ResultSet rs = st.executeQuery("SELECT SCOPE_KEY FROM COV_SNAPSHOT ORDER BY IN_SCOPE")) {
                rs.next();
                assertEquals("region 33", rs.getString(1));
                rs.next();
                assertEquals("all", rs.getString(1));
            }
            try {
                st.executeUpdate("INSERT INTO COV_SNAPSHOT (SNAPSHOT_MONTH, AS_OF, IN_SCOPE, ORGANISATION_COVERED, WORK_COVERED, TAKEN_AT,"
                        + " SCOPE_KEY) VALUES (DATE('2017-01-01'), DATE('2017-01-31'), 3, 1, 2, CURRENT_TIMESTAMP, 'region 33')");
                fail("a second snapshot of one scope and month");
            } catch (SQLException expected) {
                assertEquals("23505", expected.getSQLState());
            }
        }
    }

    private static long generation(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT GENERATION FROM COV_CHANGE")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void migrate(EmbeddedDataSource ds) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(ds.getConnection()));
        try {
            new Liquibase("db/coverage-changelog.xml", new ClassLoaderResourceAccessor(), database)
                    .update(new Contexts(), new LabelExpression());
            database.commit();
        } finally {
            database.close();
        }
    }
}
