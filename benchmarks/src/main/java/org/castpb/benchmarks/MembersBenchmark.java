package org.castpb.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.members.CitizenIds;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberExchangeService;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.Transfer;
import org.castpb.api.pipeline.PlanProgress;
import org.castpb.members.internal.JpaMemberService;
import org.castpb.members.internal.JpaPipelineService;
import org.castpb.members.internal.JpaTransferService;
import org.castpb.members.internal.MemberFiles;
import org.castpb.members.internal.MembersConfig;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The member registry at scale against hand-written SQL over the same tables in the same run ({@code -Pmembers}).
 * {@code bench.societies} societies (default 100,000), each with its own party organisation (a branch covering it),
 * {@code bench.membersPerOrganisation} members each (default 10: 1,000,000), written set-based (INSERT ... SELECT from a
 * table of numbers) into the shipped schema (records, party organisations and members change logs). 2 % of the members
 * are in transfer (PENDING, requested 0-59 days ago: about half overdue), 3 % were transferred before (CONFIRMED); two
 * development candidates per organisation in every stage, and a plan per organisation for the year.
 *
 * <p>Timed, each against its SQL, alternately, after warm-up: the registry search by name prefix within an organisation
 * ({@code JpaMemberService#list}, as a national administrator and as the society's secretary), the overdue-transfer queue
 * ({@code JpaTransferService#list(actor, null, true)} nationally, and of one organisation for its secretary), and the
 * pipeline report of the year ({@code JpaPipelineService#report}, national and one organisation). Each answer is checked
 * equal to the SQL's, and the statements one call of each side sends are listed ({@link StatementCount}). Goal: service
 * median <= 1.5 x SQL median. With {@code bench.keepDatabase} a database generated before at the same size is reused and
 * nothing is imported; {@code bench.nationalIterations=0} leaves the national queue and report out. Then the import of
 * {@code bench.importRows} (default
 * 100,000) new members: a raw JDBC batch of the same MEMBER and MEMBER_HISTORY rows (then deleted again), and
 * {@code MemberFiles#importCsv} ALL_OR_NOTHING of the CSV. Goal: service rate >= 0.5 x raw rate.
 */
public final class MembersBenchmark {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = TODAY.getYear();
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂";
    private static final Actor ADMIN = new Actor("bench-admin", Set.of("national-admin"), Scope.ALL);

    private MembersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int societies = Integer.getInteger("bench.societies", 100_000);
        int perOrganisation = Integer.getInteger("bench.membersPerOrganisation", 10);
        int importRows = Integer.getInteger("bench.importRows", 100_000);
        int iterations = Integer.getInteger("bench.queryIterations", 20);
        int nationalIterations = Integer.getInteger("bench.nationalIterations", Math.max(3, iterations / 4));
        boolean keep = Boolean.getBoolean("bench.keepDatabase");
        java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("bench.dir", "target/derby-members"));
        // with bench.keepDatabase, a database generated before at the same size is reused as it is (no import then: it would stay)
        java.nio.file.Path generated = home.resolve("members-generated.txt");
        String size = societies + " societies, " + perOrganisation + " members each";
        boolean reuse = keep && java.nio.file.Files.exists(generated) && java.nio.file.Files.readString(generated).equals(size);
        try (DerbySystem derby = new DerbySystem(home, reuse)) {
            DataSource ds = derby.dataSource("members");
            if (reuse) {
                System.out.println("reusing the database generated before under " + home + ": " + size);
            } else {
            long migrate = derby.migrate(ds) + derby.migrate(ds, "db/organisations-changelog.xml") + derby.migrate(ds, "db/members-changelog.xml");
            long start = System.nanoTime();
            long tableRows = RawJdbcImport.insert(ds, "bench", new SocietyGenerator(20261205L).generate(societies));
            System.out.printf("schema %d ms; %,d societies (%,d rows) in %.1f s%n", migrate, societies, tableRows, (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            generate(ds, perOrganisation);
            System.out.printf("organisations, members, transfers, candidates and plans set-based in %.1f s%n", (System.nanoTime() - start) / 1e9);
            for (String table : List.of("SOCIETY", "PORG_ORGANISATION", "PORG_ORGANISATION_SOCIETY", "MEMBER", "MEMBER_TRANSFER",
                    "PIPELINE_CANDIDATE", "PIPELINE_PLAN")) {
                System.out.printf("  %-26s %,d rows%n", table, DerbySystem.number(ds, "SELECT COUNT(*) FROM " + table));
            }
            System.out.printf("  overdue transfers: %,d of %,d pending%n",
                    DerbySystem.number(ds, "SELECT COUNT(*) FROM MEMBER_TRANSFER WHERE TRANSFER_STATUS = 'PENDING' AND REQUESTED_ON < DATE('"
                            + TODAY.minusDays(30) + "')"),
                    DerbySystem.number(ds, "SELECT COUNT(*) FROM MEMBER_TRANSFER WHERE TRANSFER_STATUS = 'PENDING'"));
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                for (String table : List.of("SOCIETY", "PORG_ORGANISATION", "PORG_ORGANISATION_SOCIETY", "MEMBER", "MEMBER_TRANSFER",
                        "PIPELINE_CANDIDATE", "PIPELINE_PLAN")) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
                }
            }
            java.nio.file.Files.writeString(generated, size);
            }
            StatementCount counter = new StatementCount(ds);
            DataSource counted = counter.dataSource;
            PlanCapture plans = new PlanCapture(counted);
            // timed without Derby's statistics, as the SQL is: they cost more than the searches themselves
            plans.capturing = false;
            EntityManagerFactory emf = persistenceUnit(plans.dataSource);
            LocalJpaTemplate jpa = new LocalJpaTemplate(emf);
            MembersConfig config = new MembersConfig(config());
            JpaMemberService members = new JpaMemberService(jpa, plans.dataSource, null, config);
            JpaTransferService transfers = new JpaTransferService(jpa, null, config);
            JpaPipelineService pipeline = new JpaPipelineService(jpa, plans.dataSource, null, config);
            MemberFiles files = new MemberFiles(jpa, null);

            Random random = new Random(7);
            long organisation = 1 + random.nextInt(societies);
            Actor secretary = new Actor("bench-secretary", Set.of("society-secretary"), Scope.societies(List.of(organisation)));
            List<Row> rows = new ArrayList<>();
            String prefix = firstSurnameOf(ds, organisation);

            rows.add(pair(counter, "registry: name prefix " + prefix + " in one organisation, national administrator", iterations,
                    () -> names(members.list(ADMIN, new MemberQuery(organisation, prefix, null, 0, 50))),
                    () -> rawSearch(counted, organisation, prefix)));
            rows.add(pair(counter, "registry: the same search by the society's secretary (scoped)", iterations,
                    () -> names(members.list(secretary, new MemberQuery(organisation, prefix, null, 0, 50))),
                    () -> rawSearch(counted, organisation, prefix)));
            rows.add(pair(counter, "overdue-transfer queue, national", nationalIterations,
                    () -> transferIds(transfers.list(ADMIN, null, true)),
                    () -> rawOverdue(counted, null)));
            long queueOrganisation = overdueOrganisation(ds);
            Actor queueSecretary = new Actor("bench-secretary", Set.of("society-secretary"), Scope.societies(List.of(queueOrganisation)));
            rows.add(pair(counter, "overdue-transfer queue of one organisation, its secretary", iterations,
                    () -> transferIds(transfers.list(queueSecretary, queueOrganisation, true)),
                    () -> rawOverdue(counted, queueOrganisation)));
            rows.add(pair(counter, "pipeline report " + YEAR + ", national", nationalIterations,
                    () -> progress(pipeline.report(ADMIN, YEAR, null)),
                    () -> rawReport(counted, null)));
            rows.add(pair(counter, "pipeline report " + YEAR + ", one organisation, its secretary", iterations,
                    () -> progress(pipeline.report(secretary, YEAR, organisation)),
                    () -> rawReport(counted, organisation)));

            // one call with Derby's runtime statistics, for the record
            plans.capturing = true;
            transfers.list(queueSecretary, queueOrganisation, true);
            plans.capturing = false;
            System.out.println("\nplan of the service's statement for the overdue queue of one organisation (the transfers of either side with their members' names):\n"
                    + plans.last);

            rows.removeIf(java.util.Objects::isNull);
            if (importRows <= 0 || keep) {
                System.out.printf("%n| measure (%,d members, %,d societies) | service median (p95) | SQL median (p95) | service / SQL"
                        + " | CPU time: service, SQL (medians) | service / SQL in CPU time |%n|---|---|---|---|---|---|%n",
                        DerbySystem.number(ds, "SELECT COUNT(*) FROM MEMBER"), societies);
                rows.forEach(MembersBenchmark::print);
                System.out.println("(no import: bench.importRows=0 or bench.keepDatabase)");
                emf.close();
                return;
            }
            // the import: raw JDBC batch first (then deleted), then the service's import of the same rows
            List<String[]> imported = importRows(importRows, societies);
            long raw = rawImport(ds, imported);
            byte[] csv = csv(imported);
            long before = DerbySystem.number(ds, "SELECT COUNT(*) FROM MEMBER");
            long t0 = System.nanoTime();
            ImportReport report = files.importCsv(ADMIN, new ByteArrayInputStream(csv), ImportMode.ALL_OR_NOTHING);
            long service = (System.nanoTime() - t0) / 1_000_000;
            if (report.created() != importRows || !report.errors().isEmpty()) {
                throw new IllegalStateException("the import created " + report.created() + " with errors " + report.errors().stream().limit(5).toList());
            }
            if (DerbySystem.number(ds, "SELECT COUNT(*) FROM MEMBER") != before + importRows
                    || DerbySystem.number(ds, "SELECT COUNT(*) FROM MEMBER_HISTORY WHERE CHANGE_KIND = 'IMPORT'") != importRows) {
                throw new IllegalStateException("the import's count does not add up");
            }
            long offRevision = DerbySystem.number(ds, "SELECT COUNT(*) FROM MEMBER_HISTORY H JOIN MEMBER M ON M.ID = H.MEMBER_ID"
                    + " WHERE H.CHANGE_KIND = 'IMPORT' AND H.REVISION <> M.VERSION");
            if (offRevision != 0) {
                throw new IllegalStateException(offRevision + " imported members' history revision is not their version");
            }

            System.out.printf("%n| measure (%,d members, %,d societies) | service median (p95) | SQL median (p95) | service / SQL"
                    + " | CPU time: service, SQL (medians) | service / SQL in CPU time |%n|---|---|---|---|---|---|%n",
                    DerbySystem.number(ds, "SELECT COUNT(*) FROM MEMBER") - importRows, societies);
            rows.forEach(MembersBenchmark::print);
            double serviceRate = importRows * 1000.0 / service;
            double rawRate = importRows * 1000.0 / raw;
            System.out.printf("| import of %,d members: service importCsv ALL_OR_NOTHING | %,d ms = %,.0f members/s | raw JDBC batch %,d ms = %,.0f members/s"
                    + " | **%.2f** %s (goal >= 0.5) |%n", importRows, service, serviceRate, raw, rawRate, serviceRate / rawRate,
                    serviceRate / rawRate >= 0.5 ? "PASS" : "FAIL");
            emf.close();
        }
    }

    /**
     * Wall-clock median and p95 of each side, and the median of the calling thread's CPU time: embedded Derby runs a
     * statement in the caller's thread, so the CPU time is the call's own work, without the time the thread waited for a
     * core on a shared machine (which, at a load of 20 on 2 cores, is most of a call of a few milliseconds).
     */
    record Row(String name, int calls, double[] service, double[] sql, double serviceCpu, double sqlCpu) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * Seconds of warm-up calls of each pair at least (see {@link #pair}): a server calls these paths all day, so
     * they are timed JIT-compiled. Three calls were too few for the millisecond searches: EclipseLink's share of such a
     * call (query preparation, rows to entities) still ran interpreted, while the SQL's JDBC path is short.
     */
    private static final double WARMUP_SECONDS = Double.parseDouble(System.getProperty("bench.warmupSeconds", "5"));

    /**
     * Times both sides alternately after the warm-up calls, as many of each side as timed ones (at least 3) and for at
     * least {@link #WARMUP_SECONDS}; fails unless both answer the same on every call. At a load of 25 on 2 cores five
     * seconds were a few dozen calls: the pair timed first still ran partly interpreted (the same SQL took 1.32 ms of CPU
     * in the first pair and 0.28 ms in the second).
     */
    private static Row pair(StatementCount counter, String name, int calls, Callable<Object> service, Callable<Object> sql) throws Exception {
        if (calls <= 0) {
            System.out.printf("  %s: skipped%n", name);
            return null;
        }
        long warmUntil = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
        for (int i = 0; i < Math.max(3, calls) || System.nanoTime() < warmUntil; i++) {
            Object a = service.call();
            Object b = sql.call();
            if (!a.equals(b)) {
                throw new IllegalStateException(name + ": the service and the SQL disagree:\n" + abbreviate(a) + "\n" + abbreviate(b));
            }
        }
        List<Double> s = new ArrayList<>();
        List<Double> q = new ArrayList<>();
        List<Double> sCpu = new ArrayList<>();
        List<Double> qCpu = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            boolean serviceFirst = i % 2 == 0;
            Object a = null;
            Object b = null;
            for (int k = 0; k < 2; k++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                if (serviceFirst == (k == 0)) {
                    a = service.call();
                    s.add((System.nanoTime() - t) / 1e6);
                    sCpu.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
                } else {
                    b = sql.call();
                    q.add((System.nanoTime() - t) / 1e6);
                    qCpu.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
                }
            }
            if (!a.equals(b)) {
                throw new IllegalStateException(name + ": the service and the SQL disagree");
            }
        }
        System.out.printf("  %s: %s%n", name, abbreviate(sql.call()));
        System.out.printf("    statements of one call: service %s%n      SQL %s%n", counter.of(service), counter.of(sql));
        Row row = new Row(name, calls, stats(s), stats(q), stats(sCpu)[0], stats(qCpu)[0]);
        // printed at once too: at the goal's size the import after the queries takes many minutes
        System.out.printf("    service %.1f ms (p95 %.1f, CPU %.2f), SQL %.1f ms (p95 %.1f, CPU %.2f): %.2f, in CPU time %.2f%n", row.service[0],
                row.service[1], row.serviceCpu, row.sql[0], row.sql[1], row.sqlCpu, row.service[0] / row.sql[0], row.serviceCpu / row.sqlCpu);
        return row;
    }

    private static void print(Row r) {
        System.out.printf("| %s (%d calls) | %.1f ms (%.1f) | %.1f ms (%.1f) | **%.2f** %s | %.2f ms, %.2f ms | %.2f |%n", r.name, r.calls,
                r.service[0], r.service[1], r.sql[0], r.sql[1], r.service[0] / r.sql[0], r.service[0] / r.sql[0] <= 1.5 ? "PASS" : "FAIL",
                r.serviceCpu, r.sqlCpu, r.serviceCpu / r.sqlCpu);
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 300 ? s.substring(0, 300) + "... (" + s.length() + " chars)" : s;
    }

    private static double[] stats(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new double[] {sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1))};
    }

    // ---- the answers compared: the page's total and names, the queue's transfer ids, the report's figures ----

    private static List<Object> names(Page<Member> page) {
        List<Object> out = new ArrayList<>();
        out.add(page.total());
        page.items().forEach(m -> out.add(m.id() + ":" + m.name()));
        return out;
    }

    private static List<Object> transferIds(List<Transfer> queue) {
        List<Object> out = new ArrayList<>();
        queue.forEach(t -> out.add(t.id() + ":" + t.memberName()));
        return out;
    }

    private static List<Object> progress(List<PlanProgress> report) {
        List<Object> out = new ArrayList<>();
        long[] sums = new long[9];
        for (PlanProgress p : report) {
            sums[0] += p.targetTotal();
            sums[1] += p.targetLeaders();
            sums[2] += p.targetKeyProfessionals();
            sums[3] += p.developed();
            sums[4] += p.leadersDeveloped();
            sums[5] += p.keyProfessionalsDeveloped();
            sums[6] += p.inPipeline();
            sums[7] += p.candidates();
            sums[8] += p.behind() ? 1 : 0;
        }
        out.add(report.size());
        for (long v : sums) {
            out.add(v);
        }
        if (!report.isEmpty()) {
            out.add(report.get(0).organisationId());
            out.add(report.get(report.size() - 1).organisationId());
        }
        return out;
    }

    // ---- hand-written SQL ----

    private static List<Object> rawSearch(DataSource ds, long organisation, String prefix) throws Exception {
        List<Object> out = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM MEMBER WHERE ORGANISATION_ID = ? AND NAME LIKE ?")) {
                s.setLong(1, organisation);
                s.setString(2, prefix + "%");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    out.add(rs.getLong(1));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT ID, NAME FROM MEMBER WHERE ORGANISATION_ID = ? AND NAME LIKE ?"
                    + " ORDER BY NAME, ID FETCH FIRST 50 ROWS ONLY")) {
                s.setLong(1, organisation);
                s.setString(2, prefix + "%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1) + ":" + rs.getString(2));
                    }
                }
            }
        }
        return out;
    }

    private static List<Object> rawOverdue(DataSource ds, Long organisation) throws Exception {
        List<Object> out = new ArrayList<>();
        String sql = "SELECT T.ID, M.NAME FROM MEMBER_TRANSFER T JOIN MEMBER M ON M.ID = T.MEMBER_ID"
                + " WHERE T.TRANSFER_STATUS = 'PENDING' AND T.REQUESTED_ON < ?"
                + (organisation == null ? "" : " AND (T.FROM_ORGANISATION_ID = ? OR T.TO_ORGANISATION_ID = ?)")
                + " ORDER BY T.REQUESTED_ON, T.ID";
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(TODAY.minusDays(30)));
            if (organisation != null) {
                s.setLong(2, organisation);
                s.setLong(3, organisation);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        }
        return out;
    }

    private static List<Object> rawReport(DataSource ds, Long organisation) throws Exception {
        String sql = "SELECT P.ORGANISATION_ID, P.TARGET_TOTAL, P.TARGET_LEADERS, P.TARGET_KEY_PROFESSIONALS,"
                + " COALESCE(C.DEV, 0), COALESCE(C.DEV_L, 0), COALESCE(C.DEV_K, 0), COALESCE(C.WAITING, 0), COALESCE(C.READY, 0),"
                + " COALESCE(C.READY_L, 0), COALESCE(C.READY_K, 0)"
                + " FROM PIPELINE_PLAN P JOIN PORG_ORGANISATION O ON O.ID = P.ORGANISATION_ID LEFT JOIN ("
                + "   SELECT ORGANISATION_ID,"
                + "     SUM(CASE WHEN PROBATIONARY_ON BETWEEN ? AND ? THEN 1 ELSE 0 END) AS DEV,"
                + "     SUM(CASE WHEN PROBATIONARY_ON BETWEEN ? AND ? AND SOCIETY_POSITION = 'LEADER' THEN 1 ELSE 0 END) AS DEV_L,"
                + "     SUM(CASE WHEN PROBATIONARY_ON BETWEEN ? AND ? AND SOCIETY_POSITION = 'KEY_PROFESSIONAL' THEN 1 ELSE 0 END) AS DEV_K,"
                + "     SUM(CASE WHEN STAGE IN ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_CANDIDATE') THEN 1 ELSE 0 END) AS WAITING,"
                + "     SUM(CASE WHEN STAGE = 'DEVELOPMENT_CANDIDATE' THEN 1 ELSE 0 END) AS READY,"
                + "     SUM(CASE WHEN STAGE = 'DEVELOPMENT_CANDIDATE' AND SOCIETY_POSITION = 'LEADER' THEN 1 ELSE 0 END) AS READY_L,"
                + "     SUM(CASE WHEN STAGE = 'DEVELOPMENT_CANDIDATE' AND SOCIETY_POSITION = 'KEY_PROFESSIONAL' THEN 1 ELSE 0 END) AS READY_K"
                + "   FROM PIPELINE_CANDIDATE" + (organisation == null ? "" : " WHERE ORGANISATION_ID = ?") + " GROUP BY ORGANISATION_ID"
                + " ) C ON C.ORGANISATION_ID = P.ORGANISATION_ID"
                + " WHERE P.PLAN_YEAR = ?" + (organisation == null ? "" : " AND P.ORGANISATION_ID = ?")
                + " ORDER BY O.NAME, P.ORGANISATION_ID";
        List<Object> out = new ArrayList<>();
        long[] sums = new long[9];
        int count = 0;
        long first = 0;
        long last = 0;
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int p = 1;
            for (int i = 0; i < 3; i++) {
                s.setDate(p++, Date.valueOf(LocalDate.of(YEAR, 1, 1)));
                s.setDate(p++, Date.valueOf(LocalDate.of(YEAR, 12, 31)));
            }
            if (organisation != null) {
                s.setLong(p++, organisation);
            }
            s.setInt(p++, YEAR);
            if (organisation != null) {
                s.setLong(p, organisation);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int[] n = new int[11];
                    for (int i = 0; i < 11; i++) {
                        n[i] = rs.getInt(i + 1);
                    }
                    if (count == 0) {
                        first = n[0];
                    }
                    last = n[0];
                    count++;
                    sums[0] += n[1];
                    sums[1] += n[2];
                    sums[2] += n[3];
                    sums[3] += n[4];
                    sums[4] += n[5];
                    sums[5] += n[6];
                    sums[6] += n[7];
                    sums[7] += n[8];
                    // behind: developed plus ready short of a target
                    sums[8] += n[4] + n[8] < n[1] || n[5] + n[9] < n[2] || n[6] + n[10] < n[3] ? 1 : 0;
                }
            }
        }
        out.add(count);
        for (long v : sums) {
            out.add(v);
        }
        if (count > 0) {
            out.add(first);
            out.add(last);
        }
        return out;
    }

    private static String firstSurnameOf(DataSource ds, long organisation) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT SUBSTR(NAME, 1, 1) FROM MEMBER WHERE ORGANISATION_ID = ? ORDER BY ID FETCH FIRST 1 ROWS ONLY")) {
            s.setLong(1, organisation);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long overdueOrganisation(DataSource ds) throws Exception {
        return DerbySystem.number(ds, "SELECT MIN(FROM_ORGANISATION_ID) FROM MEMBER_TRANSFER WHERE TRANSFER_STATUS = 'PENDING' AND REQUESTED_ON < DATE('"
                + TODAY.minusDays(30) + "')");
    }

    // ---- the data, set-based ----

    /**
     * A branch per society (ids equal), {@code perOrganisation} members each from a table of numbers, transfers, candidates
     * and plans, each one INSERT ... SELECT.
     */
    private static void generate(DataSource ds, int perOrganisation) throws Exception {
        // Derby takes no untyped NULL in a SELECT list
        String nullId = "CAST(NULL AS BIGINT)";
        String nullInt = "CAST(NULL AS INT)";
        String nullDate = "CAST(NULL AS DATE)";
        String nullText = "CAST(NULL AS VARCHAR(10))";
        String ts = "TIMESTAMP('" + Timestamp.from(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + "')";
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE TABLE BENCH_N (I INT NOT NULL PRIMARY KEY)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO BENCH_N VALUES (?)")) {
                for (int i = 1; i <= 1000; i++) {
                    p.setInt(1, i);
                    p.addBatch();
                }
                p.executeBatch();
            }
            s.executeUpdate("INSERT INTO PORG_ORGANISATION (ID, NAME, ORG_TYPE, PARENT_ID, SECRETARY_NAME, SECRETARY_SOURCE, FORMAL_MEMBERS,"
                    + " PROBATIONARY_MEMBERS, COMMITTEE_SIZE, ESTABLISHED_ON, TERM_STARTS_ON, TERM_ENDS_ON, NOTE, ORG_STATUS, DISSOLVED_ON,"
                    + " VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)"
                    + " SELECT S.ID, '党支部' || TRIM(CHAR(S.ID)), 'BRANCH', " + nullId + ", '王书记', 'PRINCIPAL_LEADER', " + perOrganisation + ", 0, " + nullInt + ","
                    + " DATE('2016-03-01'), DATE('2024-03-01'), DATE('2027-02-28'), " + nullText + ", 'ACTIVE', " + nullDate + ", 1, " + ts + ", 'bench', " + ts + ", 'bench'"
                    + " FROM SOCIETY S");
            s.executeUpdate("INSERT INTO PORG_ORGANISATION_SOCIETY (ID, ORGANISATION_ID, SOCIETY_ID, FROM_DATE, TO_DATE)"
                    + " SELECT S.ID, S.ID, S.ID, DATE('2016-03-01'), " + nullDate + " FROM SOCIETY S");
            c.commit();
            // member k of organisation o: id (o-1)*n+k; citizen id 33 + 16 digits of the id (not a valid check character:
            // only the import validates, and its rows are 330106...); a name of a surname and two given characters
            String id = "(O.ID - 1) * " + perOrganisation + " + N.I";
            String citizen = "'33' || SUBSTR(TRIM(CHAR(BIGINT(10000000000000000 + " + id + "))), 2, 16)";
            s.executeUpdate("INSERT INTO MEMBER (ID, ORGANISATION_ID, NAME, GENDER, ETHNICITY, BIRTH_DATE, CITIZEN_ID, EDUCATION,"
                    + " SOCIETY_POSITION, LEADER_ROLE, JOINED_ON, MEMBERSHIP_KIND, PHONE, AFFILIATION, RELATIONSHIP_HELD_BY, MEMBER_STATUS,"
                    + " STATUS_SINCE, AFFILIATION_KEY, ROLL_KEY, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)"
                    + " SELECT " + id + ", O.ID,"
                    + " SUBSTR('" + SURNAMES + "', MOD(O.ID * 7 + N.I * 3, 20) + 1, 1) || SUBSTR('" + GIVEN + "', MOD(O.ID + N.I * 11, 22) + 1, 1)"
                    + " || SUBSTR('" + GIVEN + "', MOD(O.ID * 3 + N.I, 22) + 1, 1),"
                    + " CASE WHEN MOD(N.I, 2) = 0 THEN 'FEMALE' ELSE 'MALE' END, '汉族', DATE('1980-01-01'), " + citizen + ","
                    + " CASE MOD(N.I, 4) WHEN 0 THEN 'DOCTORATE' WHEN 1 THEN 'MASTER' WHEN 2 THEN 'BACHELOR' ELSE 'COLLEGE' END,"
                    + " CASE WHEN N.I = 1 THEN 'LEADER' WHEN N.I <= 4 THEN 'KEY_PROFESSIONAL' ELSE 'STAFF' END,"
                    + " CASE WHEN N.I = 1 THEN 'PRESIDENT' ELSE NULL END, DATE('2010-07-01'), 'FORMAL', '13800000000', 'BELONGS', " + nullText + ","
                    + " CASE WHEN N.I = " + perOrganisation + " AND MOD(O.ID, 5) = 0 THEN 'IN_TRANSFER' ELSE 'ACTIVE' END, DATE('2016-03-01'),"
                    + " " + citizen + ", TRIM(CHAR(O.ID)) || ':' || " + citizen + ", 1, " + ts + ", 'bench', " + ts + ", 'bench'"
                    + " FROM PORG_ORGANISATION O, BENCH_N N WHERE N.I <= " + perOrganisation);
            c.commit();
            int organisations = (int) DerbySystem.number(ds, "SELECT MAX(ID) FROM PORG_ORGANISATION");
            // pending: the last member of every fifth organisation, to the next organisation, asked 0-59 days ago
            s.executeUpdate("INSERT INTO MEMBER_TRANSFER (ID, MEMBER_ID, FROM_ORGANISATION_ID, FROM_UNIT, TO_ORGANISATION_ID, TO_UNIT,"
                    + " REQUESTED_ON, TRANSFER_STATUS, CONFIRMED_ON, NOTE, REQUESTED_BY, CONFIRMED_BY, VERSION)"
                    + " SELECT M.ID, M.ID, M.ORGANISATION_ID, " + nullText + ", MOD(M.ORGANISATION_ID, " + organisations + ") + 1, " + nullText + ","
                    + " DATE({fn TIMESTAMPADD(SQL_TSI_DAY, -MOD(M.ORGANISATION_ID / 5, 60), TIMESTAMP('" + TODAY + " 00:00:00'))}),"
                    + " 'PENDING', " + nullDate + ", " + nullText + ", 'bench', " + nullText + ", 1"
                    + " FROM MEMBER M WHERE M.MEMBER_STATUS = 'IN_TRANSFER'");
            // confirmed long ago: the second-to-last member of every third organisation came from the previous one
            s.executeUpdate("INSERT INTO MEMBER_TRANSFER (ID, MEMBER_ID, FROM_ORGANISATION_ID, FROM_UNIT, TO_ORGANISATION_ID, TO_UNIT,"
                    + " REQUESTED_ON, TRANSFER_STATUS, CONFIRMED_ON, NOTE, REQUESTED_BY, CONFIRMED_BY, VERSION)"
                    + " SELECT M.ID, M.ID, MOD(M.ORGANISATION_ID + " + (organisations - 2) + ", " + organisations + ") + 1, " + nullText + ", M.ORGANISATION_ID,"
                    + " " + nullText + ", DATE('2016-02-01'), 'CONFIRMED', DATE('2016-03-01'), " + nullText + ", 'bench', 'bench', 2"
                    + " FROM MEMBER M WHERE MOD(M.ID, " + perOrganisation + ") = " + (perOrganisation - 1) + " AND MOD(M.ORGANISATION_ID, 3) = 0");
            c.commit();
            // two candidates per organisation, stages in turn; the probationary ones this year
            String stage = "CASE MOD(O.ID * 2 + N.I, 5) WHEN 0 THEN 'APPLICANT' WHEN 1 THEN 'ACTIVIST' WHEN 2 THEN 'DEVELOPMENT_CANDIDATE'"
                    + " WHEN 3 THEN 'PROBATIONARY' ELSE 'FORMAL' END";
            s.executeUpdate("INSERT INTO PIPELINE_CANDIDATE (ID, ORGANISATION_ID, NAME, GENDER, ETHNICITY, BIRTH_DATE, CITIZEN_ID, EDUCATION,"
                    + " SOCIETY_POSITION, LEADER_ROLE, PHONE, STAGE, STAGE_SINCE, APPLIED_ON, ACTIVIST_ON, CANDIDATE_ON, PROBATIONARY_ON,"
                    + " EXTENSION_MONTHS, EXTENSIONS, FORMAL_ON, MEMBER_ID, PENDING_STEP_ID, VERSION, UPDATED_AT, UPDATED_BY)"
                    + " SELECT (O.ID - 1) * 2 + N.I, O.ID, '候选' || TRIM(CHAR(O.ID)), 'MALE', '汉族', DATE('1995-01-01'),"
                    + " '34' || SUBSTR(TRIM(CHAR(BIGINT(10000000000000000 + O.ID * 2 + N.I))), 2, 16), 'MASTER',"
                    + " CASE MOD(O.ID + N.I, 3) WHEN 0 THEN 'LEADER' WHEN 1 THEN 'KEY_PROFESSIONAL' ELSE 'STAFF' END,"
                    + " CASE WHEN MOD(O.ID + N.I, 3) = 0 THEN 'VICE_PRESIDENT' ELSE NULL END, " + nullText + ", " + stage + ", DATE('" + YEAR + "-01-15'),"
                    + " DATE('2022-01-10'), DATE('2023-01-10'), DATE('2024-06-01'),"
                    + " CASE WHEN MOD(O.ID * 2 + N.I, 5) >= 3 THEN DATE('" + YEAR + "-01-15') ELSE NULL END, 0, 0, " + nullDate + ", " + nullId + ", " + nullId + ", 1, " + ts + ", 'bench'"
                    + " FROM PORG_ORGANISATION O, BENCH_N N WHERE N.I <= 2");
            s.executeUpdate("INSERT INTO PIPELINE_PLAN (ID, ORGANISATION_ID, PLAN_YEAR, TARGET_TOTAL, TARGET_LEADERS, TARGET_KEY_PROFESSIONALS,"
                    + " NOTE, VERSION, UPDATED_AT, UPDATED_BY) SELECT O.ID, O.ID, " + YEAR + ", 1 + MOD(O.ID, 3), MOD(O.ID, 2), MOD(O.ID, 2), " + nullText + ", 1, "
                    + ts + ", 'bench' FROM PORG_ORGANISATION O");
            for (String[] seq : new String[][] {{"PORG_ORGANISATION", "SELECT MAX(ID) FROM PORG_ORGANISATION"},
                {"PORG_ORGANISATION_SOCIETY", "SELECT MAX(ID) FROM PORG_ORGANISATION_SOCIETY"}, {"MEMBER", "SELECT MAX(ID) FROM MEMBER"},
                {"MEMBER_TRANSFER", "SELECT MAX(ID) FROM MEMBER_TRANSFER"}, {"PIPELINE_CANDIDATE", "SELECT MAX(ID) FROM PIPELINE_CANDIDATE"},
                {"PIPELINE_PLAN", "SELECT MAX(ID) FROM PIPELINE_PLAN"}}) {
                s.executeUpdate("UPDATE ID_SEQUENCE SET SEQ_COUNT = (" + seq[1] + ") + 1000 WHERE SEQ_NAME = '" + seq[0] + "'");
            }
            s.execute("DROP TABLE BENCH_N");
            c.commit();
        }
    }

    // ---- the import ----

    /** {@link MemberExchangeService#HEADER} cells of new members with valid citizen IDs, spread over the organisations. */
    private static List<String[]> importRows(int count, int organisations) {
        Random random = new Random(11);
        List<String[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
            // 330106 + birth date + 3 digits, unique by the day and i's position within it
            String first17 = "330106" + born.toString().replace("-", "") + String.format("%03d", i % 1000);
            String citizenId = first17 + CitizenIds.checkCharacter(first17);
            rows.add(new String[] {String.valueOf(1 + (i * 37L) % organisations), SURNAMES.charAt(i % 20) + "" + GIVEN.charAt(i % 22) + GIVEN.charAt(i / 22 % 22),
                i % 2 == 0 ? "男" : "女", "汉族", born.toString(), citizenId, "大学本科", "工作人员", "", born.plusYears(25).toString(), "正式党员",
                "139" + String.format("%08d", i), "隶属本组织", ""});
        }
        // a citizen ID must be unique: the day and i % 1000 may coincide, so drop repeats
        java.util.Set<String> seen = new java.util.HashSet<>();
        rows.removeIf(r -> !seen.add(r[5]));
        if (rows.size() != count) {
            // replace the dropped ones deterministically
            int i = count;
            while (rows.size() < count) {
                LocalDate born = LocalDate.of(2000, 1, 1).plusDays(i % 2000);
                String first17 = "330106" + born.toString().replace("-", "") + String.format("%03d", i % 1000);
                String citizenId = first17 + CitizenIds.checkCharacter(first17);
                if (seen.add(citizenId)) {
                    rows.add(new String[] {String.valueOf(1 + (i * 37L) % organisations), "补" + GIVEN.charAt(i % 22), "男", "汉族", born.toString(),
                        citizenId, "大学本科", "工作人员", "", born.plusYears(25).toString(), "正式党员", "", "隶属本组织", ""});
                }
                i++;
            }
        }
        return rows;
    }

    private static byte[] csv(List<String[]> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        CsvCells.record(out, MemberExchangeService.HEADER);
        rows.forEach(r -> CsvCells.record(out, java.util.Arrays.asList((Object[]) r)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The same members as MEMBER rows and their IMPORT history rows by JDBC batches of 1,000 in one transaction, as the
     * service writes them; timed, then deleted so that the service starts from the same table. Returns the ms.
     */
    private static long rawImport(DataSource ds, List<String[]> rows) throws Exception {
        long firstId = DerbySystem.number(ds, "SELECT MAX(ID) FROM MEMBER") + 1_000_000;
        Timestamp now = Timestamp.from(Instant.now());
        long start = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement m = c.prepareStatement("INSERT INTO MEMBER (ID, ORGANISATION_ID, NAME, GENDER, ETHNICITY, BIRTH_DATE,"
                    + " CITIZEN_ID, EDUCATION, SOCIETY_POSITION, LEADER_ROLE, JOINED_ON, MEMBERSHIP_KIND, PHONE, AFFILIATION,"
                    + " RELATIONSHIP_HELD_BY, MEMBER_STATUS, STATUS_SINCE, AFFILIATION_KEY, ROLL_KEY, VERSION, CREATED_AT, CREATED_BY,"
                    + " UPDATED_AT, UPDATED_BY) VALUES (?,?,?,?,'汉族',?,?,'BACHELOR','STAFF',NULL,?,'FORMAL',?,'BELONGS',NULL,'ACTIVE',?,?,?,1,?,'bench',?,'bench')");
                 PreparedStatement h = c.prepareStatement("INSERT INTO MEMBER_HISTORY (ID, MEMBER_ID, REVISION, CHANGED_AT, CHANGED_BY,"
                         + " CHANGE_KIND, BEFORE_STATE, AFTER_STATE) VALUES (?,?,1,?,'bench','IMPORT',NULL,?)")) {
                long id = firstId;
                int n = 0;
                for (String[] r : rows) {
                    m.setLong(1, id);
                    m.setLong(2, Long.parseLong(r[0]));
                    m.setString(3, r[1]);
                    m.setString(4, r[2].equals("男") ? "MALE" : "FEMALE");
                    m.setDate(5, Date.valueOf(r[4]));
                    m.setString(6, r[5]);
                    m.setDate(7, Date.valueOf(r[9]));
                    m.setString(8, r[11].isEmpty() ? null : r[11]);
                    m.setDate(9, Date.valueOf(TODAY));
                    m.setString(10, r[5]);
                    m.setString(11, r[0] + ":" + r[5]);
                    m.setTimestamp(12, now);
                    m.setTimestamp(13, now);
                    m.addBatch();
                    h.setLong(1, id);
                    h.setLong(2, id);
                    h.setTimestamp(3, now);
                    // about the length of the service's history text of a new member
                    h.setString(4, "organisationId=" + r[0] + "; name=" + r[1] + "; gender=" + r[2] + "; ethnicity=汉族; birthDate=" + r[4]
                            + "; citizenId=" + r[5].substring(0, 4) + "**********" + r[5].substring(14) + "; education=BACHELOR; position=STAFF;"
                            + " joinedOn=" + r[9] + "; kind=FORMAL; phone=***; affiliation=BELONGS; status=ACTIVE; statusSince=" + TODAY);
                    h.addBatch();
                    id++;
                    if (++n % 1000 == 0) {
                        m.executeBatch();
                        h.executeBatch();
                    }
                }
                m.executeBatch();
                h.executeBatch();
                c.commit();
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM MEMBER_HISTORY WHERE MEMBER_ID >= " + firstId);
            s.executeUpdate("DELETE FROM MEMBER WHERE ID >= " + firstId);
        }
        return ms;
    }

    // ---- set-up ----

    /** The members bundle's unit "castpb-members" as shipped, on the benchmark's data source. */
    private static EntityManagerFactory persistenceUnit(DataSource ds) {
        java.util.Map<String, Object> props = new java.util.HashMap<>();
        props.put("javax.persistence.nonJtaDataSource", ds);
        props.put("eclipselink.weaving", "false");
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory("castpb-members", props);
        if (emf == null) {
            throw new IllegalStateException("persistence unit castpb-members not found on the class path");
        }
        return emf;
    }

    /** The shipped defaults of pid org.castpb.members. */
    private static MembersConfig.Config config() {
        return new MembersConfig.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MembersConfig.Config.class;
            }

            @Override
            public int overdueDays() {
                return 30;
            }

            @Override
            public int retentionDays() {
                return 1825;
            }

            @Override
            public String[] pipelineRuleSets() {
                return new String[0];
            }
        };
    }
}
