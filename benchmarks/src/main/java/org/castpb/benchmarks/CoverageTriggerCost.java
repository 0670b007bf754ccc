package org.castpb.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * What the coverage change count's triggers (change set cov-5) cost a bulk write: {@code rows} societies inserted in
 * JDBC batches of 500, one commit per batch, into in-memory Derby without the triggers (the baseline) and with the
 * shipped ones, alternating, three rounds in the same run. JDK and the Derby jar only:
 * {@code java -cp derby-10.14.2.0.jar benchmarks/src/main/java/org/castpb/benchmarks/CoverageTriggerCost.java
 * bundles/core/org.castpb.coverage/src/main/resources/db/coverage-changelog.xml 20000}.
 */
public final class CoverageTriggerCost {

    private static final List<String> TABLES = List.of(
            "CREATE TABLE SOCIETY (ID BIGINT PRIMARY KEY, NAME VARCHAR(200) NOT NULL, SOCIETY_LEVEL VARCHAR(12) NOT NULL,"
                    + " REGION_CODE CHAR(6) NOT NULL, DISCIPLINE VARCHAR(20) NOT NULL, GROUP_MEMBER_STATUS VARCHAR(12) NOT NULL,"
                    + " REGISTRATION_STATUS VARCHAR(12) NOT NULL)",
            "CREATE TABLE PORG_ORGANISATION (ID BIGINT PRIMARY KEY, ORG_TYPE VARCHAR(20), ESTABLISHED_ON DATE, DISSOLVED_ON DATE)",
            "CREATE TABLE PORG_ORGANISATION_SOCIETY (ID BIGINT PRIMARY KEY, ORGANISATION_ID BIGINT, SOCIETY_ID BIGINT, FROM_DATE DATE,"
                    + " TO_DATE DATE)",
            "CREATE TABLE PORG_LIAISON (ID BIGINT PRIMARY KEY, SOCIETY_ID BIGINT, FROM_DATE DATE, TO_DATE DATE)",
            "CREATE TABLE COV_CHANGE (ID SMALLINT PRIMARY KEY, GENERATION BIGINT NOT NULL)",
            "INSERT INTO COV_CHANGE VALUES (1, 0)");

    private CoverageTriggerCost() {
    }

    public static void main(String[] args) throws Exception {
        String log = Files.readString(Path.of(args[0]));
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int changeSet = log.indexOf("id=\"cov-5-change-count\"");
        int start = log.indexOf("<sql dbms=\"derby\">", changeSet) + "<sql dbms=\"derby\">".length();
        List<String> triggers = Arrays.stream(log.substring(start, log.indexOf("</sql>", start)).split(";"))
                .map(String::trim).filter(t -> !t.isEmpty()).toList();
        System.out.printf("| round | without triggers ms | with triggers ms | ratio |%n|---|---|---|---|%n");
        for (int round = 1; round <= 3; round++) {
            long without = insert("without" + round, List.of(), rows);
            long with = insert("with" + round, triggers, rows);
            System.out.printf("| %d | %d | %d | %.1f |%n", round, without, with, (double) with / without);
        }
    }

    private static long insert(String database, List<String> triggers, int rows) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:" + database + ";create=true");
             Statement st = c.createStatement()) {
            for (String ddl : TABLES) {
                st.executeUpdate(ddl);
            }
            for (String trigger : triggers) {
                st.executeUpdate(trigger);
            }
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO SOCIETY VALUES (?, ?, 'NATIONAL', '100000', 'SCIENCE', 'MEMBER', 'ACTIVE')")) {
                for (int i = 0; i < rows; i++) {
                    ps.setLong(1, i);
                    ps.setString(2, "society " + i);
                    ps.addBatch();
                    if (i % 500 == 499) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            return (System.nanoTime() - started) / 1_000_000;
        }
    }
}
