package org.castpb.benchmarks;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.life.ComplianceQuery;
import org.castpb.api.life.OrganisationCompliance;
import org.castpb.api.Page;
import org.castpb.life.internal.JdbcComplianceService;
import org.castpb.life.internal.LifeConfig;

/**
 * The compliance report of organisational life at scale against a hand-written SQL query in the same run.
 * {@code bench.lifeOrganisations} party organisations (default 100,000) hold {@code bench.lifeMeetings} meetings
 * (default 5,000,000) over one year, the last full one, written into the shipped schema (records, party organisations
 * and organisational-life change logs): the organisations by JDBC batches, the meetings set-based in SQL (see
 * {@link #generate}), so that the full size is written in minutes rather than the hour row inserts took.
 *
 * <ul>
 *   <li><b>service</b>: {@code JdbcComplianceService#report} over every organisation, page by page (500 a page, as the
 *       doors allow), then {@code exportCsv} of the whole report;</li>
 *   <li><b>SQL</b>: one GROUP BY counting the distinct months, quarters or years with a meeting per organisation and
 *       type, and one read of the organisations, with due, held and missing counted from them in a plain loop.</li>
 * </ul>
 * The run checks that both give the same totals of due, held and missing periods. Goal: service / SQL <= 1.5.
 */
public final class LifeBenchmark {

    private static final String[] TYPES = {"GROUP_MEETING", "COMMITTEE_MEETING", "MEMBERS_ASSEMBLY", "PARTY_LECTURE",
        "ORGANISATIONAL_LIFE_MEETING", "DEMOCRATIC_LIFE_MEETING"};

    private LifeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int organisations = Integer.getInteger("bench.lifeOrganisations", 100_000);
        int meetings = Integer.getInteger("bench.lifeMeetings", 5_000_000);
        int year = LocalDate.now().getYear() - 1;
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Path home = Path.of(System.getProperty("bench.dir", "target/derby-life"));
        try (DerbySystem derby = new DerbySystem(home)) {
            DataSource ds = derby.dataSource("life");
            long migrate = derby.migrate(ds) + derby.migrate(ds, "db/organisations-changelog.xml") + derby.migrate(ds, "db/life-changelog.xml");
            long start = System.nanoTime();
            long written = generate(ds, organisations, meetings, year);
            System.out.printf("schema %d ms; %,d organisations and %,d meetings written in %.1f s%n", migrate, organisations, written,
                    (System.nanoTime() - start) / 1e9);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'LIFE_MEETING', NULL)");
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'PORG_ORGANISATION', NULL)");
            }
            JdbcComplianceService service = new JdbcComplianceService(ds, null, new LifeConfig(config()));
            List<Double> serviceSeconds = new ArrayList<>();
            List<Double> exportSeconds = new ArrayList<>();
            List<Double> sqlSeconds = new ArrayList<>();
            long[] serviceTotals = null;
            long[] sqlTotals = null;
            int rounds = Integer.getInteger("bench.queryIterations", 3);
            for (int round = 0; round <= Math.min(rounds, 3); round++) {
                long t0 = System.nanoTime();
                serviceTotals = viaService(service, from, to);
                long t1 = System.nanoTime();
                service.exportCsv(Actor.SYSTEM, new ComplianceQuery(null, null, from, to, false, 0, 500), OutputStream.nullOutputStream());
                long t2 = System.nanoTime();
                sqlTotals = viaSql(ds, from, to);
                long t3 = System.nanoTime();
                if (round > 0) { // the first round warms up
                    serviceSeconds.add((t1 - t0) / 1e9);
                    exportSeconds.add((t2 - t1) / 1e9);
                    sqlSeconds.add((t3 - t2) / 1e9);
                }
            }
            if (!java.util.Arrays.equals(serviceTotals, sqlTotals)) {
                throw new IllegalStateException("the service and the SQL disagree: due/held/missing " + java.util.Arrays.toString(serviceTotals)
                        + " against " + java.util.Arrays.toString(sqlTotals));
            }
            double service1 = median(serviceSeconds);
            double export1 = median(exportSeconds);
            double sql1 = median(sqlSeconds);
            System.out.println();
            System.out.printf("| what | median of %d | per organisation |%n|---|---|---|%n", serviceSeconds.size());
            System.out.printf("| service: report, every page of 500 | %.2f s | %.1f µs |%n", service1, service1 * 1e6 / organisations);
            System.out.printf("| service: CSV export of the whole report | %.2f s | %.1f µs |%n", export1, export1 * 1e6 / organisations);
            System.out.printf("| hand-written SQL (GROUP BY) + loop | %.2f s | %.1f µs |%n", sql1, sql1 * 1e6 / organisations);
            System.out.printf("%nTotals (due, held, missing), equal in both: %,d %,d %,d%n", sqlTotals[0], sqlTotals[1], sqlTotals[2]);
            System.out.printf("Ratio report/SQL %.2f, export/SQL %.2f (goal <= 1.5)%n", service1 / sql1, export1 / sql1);
        }
    }

    private static long[] viaService(JdbcComplianceService service, LocalDate from, LocalDate to) {
        long[] totals = new long[3];
        for (int offset = 0; ; offset += ComplianceQuery.MAX_LIMIT) {
            Page<OrganisationCompliance> page = service.report(Actor.SYSTEM, new ComplianceQuery(null, null, from, to, false, offset,
                    ComplianceQuery.MAX_LIMIT));
            for (OrganisationCompliance oc : page.items()) {
                totals[0] += oc.due();
                totals[1] += oc.held();
                totals[2] += oc.missing();
            }
            if (page.items().isEmpty() || offset + page.items().size() >= page.total()) {
                return totals;
            }
        }
    }

    /** One GROUP BY over the year's meetings and one read of the organisations; due, held and missing by rule v1. */
    private static long[] viaSql(DataSource ds, LocalDate from, LocalDate to) throws Exception {
        Map<Long, int[]> held = new HashMap<>(); // per organisation, periods held by type index
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT ORGANISATION_ID, MEETING_TYPE, COUNT(DISTINCT CASE WHEN MEETING_TYPE IN ('GROUP_MEETING', 'COMMITTEE_MEETING')"
                        + " THEN MONTH(HELD_ON) WHEN MEETING_TYPE IN ('MEMBERS_ASSEMBLY', 'PARTY_LECTURE') THEN (MONTH(HELD_ON) + 2) / 3 ELSE 1 END)"
                        + " FROM LIFE_MEETING WHERE HELD_ON >= ? AND HELD_ON <= ? GROUP BY ORGANISATION_ID, MEETING_TYPE")) {
            s.setDate(1, Date.valueOf(from));
            s.setDate(2, Date.valueOf(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    held.computeIfAbsent(rs.getLong(1), k -> new int[TYPES.length])[index(rs.getString(2))] = rs.getInt(3);
                }
            }
        }
        long[] totals = new long[3];
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ID, ORG_TYPE, FORMAL_MEMBERS FROM PORG_ORGANISATION WHERE ORG_STATUS = 'ACTIVE'")) {
            while (rs.next()) {
                String type = rs.getString(2);
                int formal = rs.getInt(3);
                int[] h = held.getOrDefault(rs.getLong(1), new int[TYPES.length]);
                boolean branch = type.equals("BRANCH") || type.equals("JOINT_BRANCH");
                boolean committee = type.equals("COMMITTEE") || type.equals("GENERAL_BRANCH") || branch && formal >= 7;
                int[] due = {branch ? 12 : 0, committee ? 12 : 0, 4, 4, 1, type.equals("COMMITTEE") ? 1 : 0};
                for (int i = 0; i < TYPES.length; i++) {
                    int done = Math.min(h[i], due[i]);
                    totals[0] += due[i];
                    totals[1] += done;
                    totals[2] += due[i] - done;
                }
            }
        }
        return totals;
    }

    private static int index(String type) {
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPES[i].equals(type)) {
                return i;
            }
        }
        throw new IllegalArgumentException(type);
    }

    /** Shares of the year's meeting slots by type ({@link #TYPES}' order): group and committee meetings are the bulk, the yearly ones rare. */
    private static final int[] SLOT_WEIGHTS = {39, 29, 10, 10, 10, 2};

    /**
     * Organisations of every type (established long before) by JDBC batches, then the meetings set-based, in SQL: each
     * organisation is crossed with a year of meeting slots (type and day, {@code BENCH_SLOT}) and keeps each slot with its
     * own rate ({@code BENCH_ORG}: 3% hold nothing, the others 0.4 to 1.6 times the mean), so the meetings per organisation
     * and type vary and months or quarters without one are common. Days are shifted per organisation, about one meeting
     * in ten is recorded late. One INSERT ... SELECT per 10,000 organisations, with the secondary indexes built once
     * after the load. Returns the number of meetings written (about {@code meetings}).
     */
    private static long generate(DataSource ds, int organisations, int meetings, int year) throws Exception {
        Random rng = new Random(20170630L);
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        double perOrganisation = (double) meetings / organisations;
        int slots = Math.max(100, (int) Math.ceil(perOrganisation * 2));
        double baseRate = 1000 * perOrganisation / (slots * 0.97);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE BENCH_ORG (ID BIGINT PRIMARY KEY, R BIGINT NOT NULL, RATE INT NOT NULL)");
                s.execute("CREATE TABLE BENCH_SLOT (SLOT_NO INT PRIMARY KEY, MEETING_TYPE VARCHAR(40) NOT NULL, DAY_NO INT NOT NULL, R BIGINT NOT NULL)");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO PORG_ORGANISATION (ID, NAME, ORG_TYPE, SECRETARY_NAME, SECRETARY_SOURCE,"
                    + " FORMAL_MEMBERS, PROBATIONARY_MEMBERS, ESTABLISHED_ON, TERM_STARTS_ON, ORG_STATUS, VERSION, CREATED_AT, CREATED_BY,"
                    + " UPDATED_AT, UPDATED_BY) VALUES (?, ?, ?, '王书记', 'PRINCIPAL_LEADER', ?, 0, ?, ?, 'ACTIVE', 1, ?, 'bench', ?, 'bench')");
                 PreparedStatement k = c.prepareStatement("INSERT INTO BENCH_ORG (ID, R, RATE) VALUES (?, ?, ?)")) {
                for (int i = 1; i <= organisations; i++) {
                    int kind = rng.nextInt(100);
                    s.setLong(1, i);
                    s.setString(2, "党组织" + i);
                    s.setString(3, kind < 75 ? "BRANCH" : kind < 85 ? "JOINT_BRANCH" : kind < 92 ? "GENERAL_BRANCH" : kind < 96 ? "COMMITTEE" : "WORK_GROUP");
                    s.setInt(4, 3 + rng.nextInt(20));
                    s.setDate(5, Date.valueOf("2010-01-01"));
                    s.setDate(6, Date.valueOf("2024-01-01"));
                    s.setTimestamp(7, now);
                    s.setTimestamp(8, now);
                    s.addBatch();
                    k.setLong(1, i);
                    k.setLong(2, 1 + rng.nextInt(999_999));
                    k.setInt(3, rng.nextInt(100) < 3 ? 0 : (int) Math.round(baseRate * (0.4 + 1.2 * rng.nextDouble())));
                    k.addBatch();
                    if (i % 5000 == 0) {
                        s.executeBatch();
                        k.executeBatch();
                    }
                }
                s.executeBatch();
                k.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO BENCH_SLOT (SLOT_NO, MEETING_TYPE, DAY_NO, R) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < slots; i++) {
                    int pick = rng.nextInt(100);
                    int t = 0;
                    while (pick >= SLOT_WEIGHTS[t]) {
                        pick -= SLOT_WEIGHTS[t++];
                    }
                    s.setInt(1, i);
                    s.setString(2, TYPES[t]);
                    s.setInt(3, rng.nextInt(days));
                    s.setLong(4, 1 + rng.nextInt(999_999));
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
            // the day: the slot's day shifted by up to four weeks per organisation, within the year; recorded within a
            // week, or (one in ten) 15 to 44 days later and flagged late as the service flags it with the shipped 14 days
            String shift = "MOD(S.DAY_NO + MOD(O.R, 29), " + days + ")";
            String day = "CAST({fn TIMESTAMPADD(SQL_TSI_DAY, " + shift + ", CAST(? AS TIMESTAMP))} AS DATE)";
            String late = "MOD(O.R + S.R, 10) = 0";
            String delay = "CASE WHEN " + late + " THEN 15 + MOD(O.R, 30) ELSE MOD(O.R * S.R, 8) END";
            String recorded = "CAST({fn TIMESTAMPADD(SQL_TSI_DAY, " + shift + " + " + delay + ", CAST(? AS TIMESTAMP))} AS DATE)";
            // the two secondary indexes are dropped for the load and built again after it from the sorted rows, as a bulk
            // load does; their definitions are the life change log's (life-1-meetings)
            try (Statement s = c.createStatement()) {
                s.execute("DROP INDEX IX_LIFE_MEETING_ORG_DAY");
                s.execute("DROP INDEX IX_LIFE_MEETING_DAY");
            }
            c.commit();
            long written = 0;
            long load = System.nanoTime();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO LIFE_MEETING (ORGANISATION_ID, MEETING_TYPE, HELD_ON, TOPIC, PARTICIPANTS,"
                    + " RECORDED_ON, RECORDED_LATE, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)"
                    + " SELECT O.ID, S.MEETING_TYPE, " + day + ", '学习', 3 + MOD(O.R, 15), " + recorded + ", CASE WHEN " + late
                    + " THEN 1 ELSE 0 END, 1, ?, 'bench', ?, 'bench' FROM BENCH_ORG O, BENCH_SLOT S"
                    + " WHERE O.ID BETWEEN ? AND ? AND MOD(O.R * S.R, 1000) < O.RATE ORDER BY O.ID")) {
                Timestamp yearStart = Timestamp.valueOf(first.atStartOfDay());
                for (int from = 1; from <= organisations; from += 10_000) {
                    s.setTimestamp(1, yearStart);
                    s.setTimestamp(2, yearStart);
                    s.setTimestamp(3, now);
                    s.setTimestamp(4, now);
                    s.setLong(5, from);
                    s.setLong(6, Math.min(organisations, from + 9_999L));
                    written += s.executeUpdate();
                    c.commit();
                    System.out.printf("  %,d meetings written (organisations to %,d) after %.0f s%n", written,
                            Math.min(organisations, from + 9_999L), (System.nanoTime() - load) / 1e9);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE INDEX IX_LIFE_MEETING_ORG_DAY ON LIFE_MEETING (ORGANISATION_ID, HELD_ON, MEETING_TYPE)");
                s.execute("CREATE INDEX IX_LIFE_MEETING_DAY ON LIFE_MEETING (HELD_ON)");
                System.out.printf("  indexes built after %.0f s%n", (System.nanoTime() - load) / 1e9);
                s.execute("DROP TABLE BENCH_SLOT");
                s.execute("DROP TABLE BENCH_ORG");
            }
            c.commit();
            return written;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** The shipped defaults of pid org.castpb.life. */
    private static LifeConfig.Config config() {
        return new LifeConfig.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return LifeConfig.Config.class;
            }

            @Override
            public int lateAfterDays() {
                return 14;
            }

            @Override
            public String[] ruleSets() {
                return new String[0];
            }

            @Override
            public int alertLookbackMonths() {
                return 12;
            }

            @Override
            public int alertHour() {
                return -1;
            }
        };
    }
}
