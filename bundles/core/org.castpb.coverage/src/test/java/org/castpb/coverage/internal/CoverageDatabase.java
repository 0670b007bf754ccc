package org.castpb.coverage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A fresh in-memory Derby database with the columns the coverage SQL reads, copied from the records and
 * party-organisation change logs, the tables of the coverage change log, and helpers inserting hand-made rows.
 * Dates are ISO strings, null for none.
 */
final class CoverageDatabase {

    private static final String[] DDL = {
        "CREATE TABLE SOCIETY (ID BIGINT PRIMARY KEY, NAME VARCHAR(200) NOT NULL, USCC CHAR(18) NOT NULL,"
                + " SOCIETY_LEVEL VARCHAR(12) NOT NULL, REGION_CODE CHAR(6) NOT NULL, DISCIPLINE VARCHAR(20) NOT NULL,"
                + " GROUP_MEMBER_STATUS VARCHAR(12) NOT NULL, REGISTRATION_STATUS VARCHAR(12) NOT NULL)",
        "CREATE TABLE LEDGER_REVISION (ID BIGINT PRIMARY KEY, SOCIETY_ID BIGINT NOT NULL REFERENCES SOCIETY(ID),"
                + " REVISION INT NOT NULL, IS_CURRENT SMALLINT NOT NULL, NO_ORGANISATION_REASON VARCHAR(40),"
                + " NO_ORGANISATION_TEXT VARCHAR(500))",
        "CREATE TABLE PORG_ORGANISATION (ID BIGINT PRIMARY KEY, ORG_TYPE VARCHAR(20) NOT NULL, ESTABLISHED_ON DATE NOT NULL,"
                + " ORG_STATUS VARCHAR(12) NOT NULL, DISSOLVED_ON DATE)",
        "CREATE TABLE PORG_ORGANISATION_SOCIETY (ID BIGINT PRIMARY KEY,"
                + " ORGANISATION_ID BIGINT NOT NULL REFERENCES PORG_ORGANISATION(ID),"
                + " SOCIETY_ID BIGINT NOT NULL REFERENCES SOCIETY(ID), FROM_DATE DATE NOT NULL, TO_DATE DATE)",
        "CREATE TABLE PORG_LIAISON (ID BIGINT PRIMARY KEY, LIAISON_KIND VARCHAR(20) NOT NULL,"
                + " SOCIETY_ID BIGINT NOT NULL REFERENCES SOCIETY(ID), FROM_DATE DATE NOT NULL, TO_DATE DATE)",
        // from the coverage change log
        "CREATE TABLE ID_SEQUENCE (SEQ_NAME VARCHAR(50) PRIMARY KEY, SEQ_COUNT BIGINT)",
        "INSERT INTO ID_SEQUENCE VALUES ('COV_RECTIFICATION', 0)",
        "CREATE TABLE COV_RECTIFICATION (ID BIGINT PRIMARY KEY, SOCIETY_ID BIGINT NOT NULL REFERENCES SOCIETY(ID),"
                + " TARGET_DATE DATE, KIND VARCHAR(12), DUE_ON DATE NOT NULL, STATUS VARCHAR(8) NOT NULL,"
                + " CLOSED_ON DATE, CLOSED_BY VARCHAR(100), CLOSING_NOTE VARCHAR(500), CREATED_AT TIMESTAMP NOT NULL,"
                + " CREATED_BY VARCHAR(100) NOT NULL, ORIGIN VARCHAR(12) DEFAULT 'COVERAGE' NOT NULL, CAMPAIGN_ID BIGINT,"
                + " VETOED SMALLINT DEFAULT 0 NOT NULL, CRITERIA VARCHAR(4000), REEVALUATED_IN BIGINT,"
                + " CONSTRAINT UQ_COV_RECTIFICATION_TASK UNIQUE (SOCIETY_ID, TARGET_DATE, KIND),"
                + " CONSTRAINT UQ_COV_RECTIFICATION_CAMPAIGN UNIQUE (SOCIETY_ID, CAMPAIGN_ID))",
        "CREATE TABLE COV_SNAPSHOT (SNAPSHOT_MONTH DATE NOT NULL, AS_OF DATE NOT NULL, IN_SCOPE BIGINT NOT NULL,"
                + " ORGANISATION_COVERED BIGINT NOT NULL, WORK_COVERED BIGINT NOT NULL, TAKEN_AT TIMESTAMP NOT NULL,"
                + " SCOPE_KEY VARCHAR(200) DEFAULT 'all' NOT NULL, PRIMARY KEY (SCOPE_KEY, SNAPSHOT_MONTH))",
        "CREATE TABLE COV_CHANGE (ID SMALLINT PRIMARY KEY, GENERATION BIGINT NOT NULL)",
        "INSERT INTO COV_CHANGE VALUES (1, 0)",
    };

    final DataSource dataSource;
    private long nextId = 1000;

    CoverageDatabase() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:coverage-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        dataSource = ds;
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String ddl : DDL) {
                st.executeUpdate(ddl);
            }
            for (String trigger : shippedTriggers()) {
                st.executeUpdate(trigger);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Derby triggers of the coverage change log (cov-5) as shipped, so tests count changes as the server does. */
    static List<String> shippedTriggers() {
        try (InputStream in = CoverageDatabase.class.getResourceAsStream("/db/coverage-changelog.xml")) {
            String log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int changeSet = log.indexOf("id=\"cov-5-change-count\"");
            int start = log.indexOf("<sql dbms=\"derby\">", changeSet) + "<sql dbms=\"derby\">".length();
            String block = log.substring(start, log.indexOf("</sql>", start));
            return Arrays.stream(block.split(";")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement of plain SQL, as a service or an import would write. */
    CoverageDatabase execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An ACTIVE society; the USCC is derived from the id. */
    CoverageDatabase society(long id, String level, String regionCode, String discipline, String groupMemberStatus) {
        return society(id, level, regionCode, discipline, groupMemberStatus, "ACTIVE");
    }

    CoverageDatabase society(long id, String level, String regionCode, String discipline, String groupMemberStatus,
                             String registrationStatus) {
        return insert("INSERT INTO SOCIETY VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, "Society " + id,
                String.format("51100000%010d", id), level, regionCode, discipline, groupMemberStatus, registrationStatus);
    }

    /** An ACTIVE national member society in Beijing, discipline SCIENCE. */
    CoverageDatabase member(long id) {
        return society(id, "NATIONAL", "110000", "SCIENCE", "MEMBER");
    }

    CoverageDatabase organisation(long id, String type, String establishedOn, String dissolvedOn) {
        return insert("INSERT INTO PORG_ORGANISATION VALUES (?, ?, ?, ?, ?)", id, type, date(establishedOn),
                dissolvedOn == null ? "ACTIVE" : "DISSOLVED", date(dissolvedOn));
    }

    /** Organisation {@code organisationId} covers the society from {@code from} to {@code to}, both included. */
    CoverageDatabase covers(long organisationId, long societyId, String from, String to) {
        return insert("INSERT INTO PORG_ORGANISATION_SOCIETY VALUES (?, ?, ?, ?, ?)", nextId++, organisationId, societyId,
                date(from), date(to));
    }

    CoverageDatabase liaison(long societyId, String from, String to) {
        return insert("INSERT INTO PORG_LIAISON VALUES (?, ?, ?, ?, ?)", nextId++, "LIAISON_OFFICER", societyId, date(from), date(to));
    }

    CoverageDatabase ledger(long societyId, int revision, boolean current, String reason, String text) {
        return insert("INSERT INTO LEDGER_REVISION VALUES (?, ?, ?, ?, ?, ?)", nextId++, societyId, revision, current ? 1 : 0,
                reason, text);
    }

    /** How many rows a table holds. */
    long count(String table) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date date(String iso) {
        return iso == null ? null : Date.valueOf(iso);
    }

    private CoverageDatabase insert(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    ps.setNull(i + 1, ps.getParameterMetaData().getParameterType(i + 1));
                } else {
                    ps.setObject(i + 1, values[i]);
                }
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }
}
