package org.castpb.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Scope;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageRow;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.GroupBy;
import org.castpb.coverage.internal.CoverageAccess;

/**
 * The coverage report against one hand-written SQL aggregate over the same tables, in the same JVM and database:
 * {@code CoverageService#report(national actor, asOf, null)} and {@code report(national actor, asOf, REGION)} from the installed coverage jar
 * (non-OSGi constructor, default scope NATIONAL / MEMBER / ACTIVE) versus {@link #RAW_TOTALS} and its GROUP BY.
 * Each pair is checked to give the same numbers, warmed up, then timed alternately (service first on even
 * iterations, raw first on odd ones). Goal: service median <= 1.5 x raw median.
 *
 * <p>Then the same report for a local administrator of one province ({@code bench.province}, default 33: the
 * actor's scope becomes an SQL condition on SOCIETY) against the unscoped (national) report, in the same run and
 * alternately timed likewise. Goal: scoped median <= 1.2 x unscoped median.
 */
public final class CoverageBenchmark {

    /** The unscoped caller: a national administrator sees every society. */
    private static final Actor NATIONAL = new Actor("bench-national", java.util.Set.of("national-admin"));
    private static final String COVERING = "'COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH'";

    /**
     * Written independently of the service: the coverage rows running on the day are grouped per society once
     * (a derived table), the running liaisons likewise, and both are LEFT JOINed to the societies in scope.
     * Parameters: 4 dates (organisation rows), 2 dates (liaisons), then the scope's level, member and registration status.
     */
    private static final String RAW_FROM = " FROM SOCIETY S"
            + " LEFT JOIN (SELECT OS.SOCIETY_ID AS SID, MAX(CASE WHEN O.ORG_TYPE IN (" + COVERING + ") THEN 1 ELSE 0 END) AS ORG"
            + "   FROM PORG_ORGANISATION_SOCIETY OS, PORG_ORGANISATION O"
            + "   WHERE O.ID = OS.ORGANISATION_ID AND OS.FROM_DATE <= ? AND (OS.TO_DATE IS NULL OR OS.TO_DATE >= ?)"
            + "   AND O.ESTABLISHED_ON <= ? AND (O.DISSOLVED_ON IS NULL OR O.DISSOLVED_ON > ?)"
            + "   GROUP BY OS.SOCIETY_ID) C ON C.SID = S.ID"
            + " LEFT JOIN (SELECT DISTINCT L.SOCIETY_ID AS LID FROM PORG_LIAISON L"
            + "   WHERE L.FROM_DATE <= ? AND (L.TO_DATE IS NULL OR L.TO_DATE >= ?)) W ON W.LID = S.ID"
            + " WHERE S.SOCIETY_LEVEL IN (%s) AND S.GROUP_MEMBER_STATUS = ? AND S.REGISTRATION_STATUS = ?";
    private static final String RAW_FIGURES = "COUNT(*), SUM(CASE WHEN C.ORG = 1 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN C.SID IS NOT NULL OR W.LID IS NOT NULL THEN 1 ELSE 0 END)";
    static final String RAW_TOTALS = "SELECT 'ALL', " + RAW_FIGURES + RAW_FROM;
    static final String RAW_REGION = "SELECT SUBSTR(S.REGION_CODE, 1, 2) || '0000', " + RAW_FIGURES + RAW_FROM
            + " GROUP BY SUBSTR(S.REGION_CODE, 1, 2) || '0000' ORDER BY 1";

    record Timing(String name, String result, double[] serviceMs, double[] rawMs) {
        double ratio() {
            return median(serviceMs) / median(rawMs);
        }
    }

    private CoverageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int societies = Integer.getInteger("bench.rows", 100_000);
        int organisations = Integer.getInteger("bench.organisations", societies * 3 / 2);
        int liaisons = Integer.getInteger("bench.liaisons", societies / 4);
        int warmup = Integer.getInteger("bench.warmup", 5);
        int iterations = Integer.getInteger("bench.coverageIterations", 30);
        Path home = Path.of(System.getProperty("bench.dir", "target/derby-coverage"));
        System.out.printf(Locale.ROOT, "coverage benchmark: %,d societies, %,d organisations, %,d liaisons; %d warm-up + %d timed calls each; Java %s, -Xmx %d MB, %d cores%n",
                societies, organisations, liaisons, warmup, iterations, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        try (DerbySystem derby = new DerbySystem(home)) {
            DataSource ds = derby.dataSource("coverage");
            long migrate = derby.migrate(ds) + derby.migrate(ds, "db/organisations-changelog.xml");
            // Load every coverage class now, on the empty tables: the jar in the local repository may be reinstalled
            // by a build while the data is written, and a class read from a half-written jar fails.
            CoverageAccess.service(ds, CoverageScope.DEFAULT).report(NATIONAL, CoverageData.LAST, null);
            CoverageAccess.service(ds, CoverageScope.DEFAULT).report(NATIONAL, CoverageData.LAST, GroupBy.REGION);
            long start = System.nanoTime();
            CoverageData.Counts counts = new CoverageData(4242L).load(ds, societies, organisations, liaisons);
            long loadMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "migrated (records + organisations change logs) in %,d ms; loaded %,d table rows in %,d ms%n",
                    migrate, counts.tableRows(), loadMs);
            for (String table : List.of("SOCIETY", "PORG_ORGANISATION", "PORG_ORGANISATION_SOCIETY", "PORG_LIAISON", "LEDGER_REVISION")) {
                System.out.printf(Locale.ROOT, "  %-26s %,9d rows%n", table, DerbySystem.number(ds, "SELECT COUNT(*) FROM " + table));
            }
            try (Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
                // statistics as a maintained database would have them (Derby creates them for new indexes only)
                for (String t : List.of("SOCIETY", "PORG_ORGANISATION", "PORG_ORGANISATION_SOCIETY", "PORG_LIAISON")) {
                    st.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + t + "', NULL)");
                }
            }

            CoverageScope wide = new CoverageScope(EnumSet.allOf(SocietyLevel.class), EnumSet.of(GroupMemberStatus.MEMBER),
                    EnumSet.of(RegistrationStatus.ACTIVE));
            CoverageService service = CoverageAccess.service(ds, CoverageScope.DEFAULT);
            CoverageService wideService = CoverageAccess.service(ds, wide);
            LocalDate end2016 = LocalDate.of(2016, 12, 31);
            LocalDate today = CoverageData.LAST;

            List<Timing> timings = new ArrayList<>();
            long heapBefore = heapAfterGc();
            resetPeaks();
            // -Dbench.scopedOnly=true: only the scoped-against-unscoped pairs, e.g. on a machine too busy for both
            boolean scopedOnly = Boolean.getBoolean("bench.scopedOnly");
            if (!scopedOnly) {
                timings.add(time("totals as of 2016-12-31, default scope", warmup, iterations,
                        () -> format(service.report(NATIONAL, end2016, null)), () -> raw(ds, RAW_TOTALS, end2016, CoverageScope.DEFAULT)));
                timings.add(time("totals as of " + today + ", default scope", warmup, iterations,
                        () -> format(service.report(NATIONAL, today, null)), () -> raw(ds, RAW_TOTALS, today, CoverageScope.DEFAULT)));
                timings.add(time("REGION as of " + today + ", default scope", warmup, iterations,
                        () -> format(service.report(NATIONAL, today, GroupBy.REGION)), () -> raw(ds, RAW_REGION, today, CoverageScope.DEFAULT)));
                timings.add(time("REGION as of 2016-12-31, all levels (MEMBER, ACTIVE)", warmup, iterations,
                        () -> format(wideService.report(NATIONAL, end2016, GroupBy.REGION)), () -> raw(ds, RAW_REGION, end2016, wide)));
            }
            long peak = peaks();
            long heapAfter = heapAfterGc();

            String province = System.getProperty("bench.province", "33");
            Actor local = new Actor("bench-local-" + province, java.util.Set.of("local-admin"), Scope.region(province));
            if (Boolean.getBoolean("bench.listingOnly")) {
                listing(ds, local, province, warmup, iterations);
                return;
            }
            List<Timing> scoped = new ArrayList<>();
            scoped.add(timeScoped("totals as of 2016-12-31, all levels: local admin " + province + " vs national", warmup, iterations,
                    () -> format(wideService.report(local, end2016, null)), () -> format(wideService.report(NATIONAL, end2016, null))));
            scoped.add(timeScoped("REGION as of 2016-12-31, all levels: local admin " + province + " vs national", warmup, iterations,
                    () -> format(wideService.report(local, end2016, GroupBy.REGION)),
                    () -> format(wideService.report(NATIONAL, end2016, GroupBy.REGION))));
            scoped.add(timeScoped("totals as of " + today + ", default scope: local admin " + province + " vs national", warmup, iterations,
                    () -> format(service.report(local, today, null)), () -> format(service.report(NATIONAL, today, null))));
            // the scoped figures are the province's row of the national breakdown: national societies are never a region's
            String provinceRow = format(wideService.report(NATIONAL, end2016, GroupBy.REGION)).lines().findFirst().orElse("");
            String localTotals = format(wideService.report(local, end2016, null)).replace("ALL ", "");
            boolean sameFigures = java.util.Arrays.stream(provinceRow.split("; "))
                    .anyMatch(row -> row.equals(province + "0000 " + localTotals));

            boolean pass = table("| measure | service median | service p95 | raw SQL median | raw SQL p95 | service / raw | result (in scope / organisation-covered / work-covered) |",
                    timings, 1.5);
            System.out.printf(Locale.ROOT, "| heap used after GC, before / after the %d report calls | %d MB / %d MB | | | | | peak of the heap pools during the calls, garbage included: %d MB of %d MB |%n",
                    2 * timings.size() * (warmup + iterations), heapBefore >> 20, heapAfter >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.println();
            if (!scopedOnly) {
                System.out.println("result: " + (pass ? "PASS" : "FAIL") + " (goal: every service median <= 1.5 x the raw SQL median)");
            }
            boolean scopedPass = table("| measure (the same service) | scoped median | scoped p95 | unscoped median | unscoped p95 | scoped / unscoped | scoped result |",
                    scoped, 1.2) && sameFigures;
            System.out.println("the local administrator's totals " + (sameFigures ? "equal" : "DIFFER FROM") + " the province's row of the national breakdown");
            System.out.println("scoped result: " + (scopedPass ? "PASS" : "FAIL") + " (goal: every scoped median <= 1.2 x the unscoped median)");
            System.out.printf(Locale.ROOT, "database size on disk: %d MB%n", derby.sizeMb("coverage"));
            if (!scopedOnly && Boolean.parseBoolean(System.getProperty("bench.explain", "true"))) {
                // after the timings, so they are not inside them: one call of each statement with Derby's statistics on
                PlanCapture plans = new PlanCapture(ds);
                CoverageService traced = CoverageAccess.service(plans.dataSource, CoverageScope.DEFAULT);
                CoverageService tracedWide = CoverageAccess.service(plans.dataSource, wide);
                Path dir = home.resolveSibling(home.getFileName() + "-plans");
                java.nio.file.Files.createDirectories(dir);
                explain(dir, "service-totals-2016", plans, () -> format(traced.report(NATIONAL, end2016, null)));
                explain(dir, "raw-totals-2016", plans, () -> raw(plans.dataSource, RAW_TOTALS, end2016, CoverageScope.DEFAULT));
                explain(dir, "service-region-all-levels-2016", plans, () -> format(tracedWide.report(NATIONAL, end2016, GroupBy.REGION)));
                explain(dir, "raw-region-all-levels-2016", plans, () -> raw(plans.dataSource, RAW_REGION, end2016, wide));
            }
            if (Boolean.parseBoolean(System.getProperty("bench.tryIndexes", "false"))) {
                tryIndexes(ds, service, wideService, wide, warmup, Math.max(5, iterations / 3));
            }
            if (Boolean.parseBoolean(System.getProperty("bench.listing", "true"))) {
                listing(ds, local, province, warmup, iterations);
            }
        }
    }

    /**
     * The society listing behind GET /api/v1/societies ({@code JpaSocietyService#list} from the installed records jar on
     * its own persistence unit): pages for a local administrator of {@code province} against the same query unscoped,
     * timed alternately. Each scoped page must hold only the province's local societies, and its total must equal an
     * independent COUNT. Goal: scoped median <= 1.2 x unscoped median.
     */
    private static void listing(DataSource ds, Actor local, String province, int warmup, int iterations) throws Exception {
        javax.persistence.EntityManagerFactory emf = DerbySystem.persistenceUnit(ds, false);
        org.castpb.records.internal.JpaSocietyService societies = new org.castpb.records.internal.JpaSocietyService(new LocalJpaTemplate(emf), ds, null,
                new ImportBenchmark.LargeFiles.AnyNames());
        long expected = DerbySystem.number(ds, "SELECT COUNT(*) FROM SOCIETY WHERE REGION_CODE LIKE '" + province
                + "%' AND SOCIETY_LEVEL <> 'NATIONAL'");
        List<Timing> pages = new ArrayList<>();
        SocietyQuery first = SocietyQuery.all();
        SocietyQuery deep = SocietyQuery.all().page(500, 50);
        SocietyQuery provincial = new SocietyQuery(SocietyLevel.PROVINCIAL, null, null, null, null, 0, 50);
        SocietyQuery active = new SocietyQuery(null, null, null, null, RegistrationStatus.ACTIVE, 0, 500);
        boolean confined = true;
        for (SocietyQuery q : List.of(first, deep, provincial, active)) {
            org.castpb.api.Page<org.castpb.api.Society> page = societies.list(local, q);
            confined &= page.items().stream().allMatch(x -> x.regionCode().startsWith(province) && x.level() != SocietyLevel.NATIONAL);
        }
        confined &= societies.list(local, first).total() == expected;
        pages.add(timeScoped("list, no filter, first page of 50: local admin " + province + " vs national", warmup, iterations,
                () -> page(societies.list(local, first)), () -> page(societies.list(NATIONAL, first))));
        pages.add(timeScoped("list, no filter, page 11 (offset 500, 50)", warmup, iterations,
                () -> page(societies.list(local, deep)), () -> page(societies.list(NATIONAL, deep))));
        pages.add(timeScoped("list, level=PROVINCIAL, first page of 50", warmup, iterations,
                () -> page(societies.list(local, provincial)), () -> page(societies.list(NATIONAL, provincial))));
        pages.add(timeScoped("list, registrationStatus=ACTIVE, first page of 500 (the largest)", warmup, iterations,
                () -> page(societies.list(local, active)), () -> page(societies.list(NATIONAL, active))));
        boolean pass = table("| society listing at " + DerbySystem.number(ds, "SELECT COUNT(*) FROM SOCIETY")
                + " societies | scoped median | scoped p95 | unscoped median | unscoped p95 | scoped / unscoped | scoped page |", pages, 1.2);
        System.out.println("the local administrator's pages hold " + (confined ? "only" : "NOT ONLY") + " the " + expected
                + " local societies of " + province + ", and its total is their independent count");
        System.out.println("listing result: " + (pass && confined ? "PASS" : "FAIL") + " (goal: every scoped median <= 1.2 x the unscoped median)");
        emf.close();
    }

    /** A page in short: its total and the first and last ids it holds. */
    private static String page(org.castpb.api.Page<org.castpb.api.Society> page) {
        List<org.castpb.api.Society> items = page.items();
        return "total " + page.total() + ", " + items.size() + " items" + (items.isEmpty() ? ""
                : ", ids " + items.get(0).id() + ".." + items.get(items.size() - 1).id());
    }

    /** Prints the timings as a Markdown table under {@code header}; whether every ratio is at most {@code goal}. */
    private static boolean table(String header, List<Timing> timings, double goal) {
        System.out.println();
        System.out.println(header);
        System.out.println("|---|---|---|---|---|---|---|");
        boolean pass = true;
        for (Timing t : timings) {
            pass &= t.ratio() <= goal;
            System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | **%.2f** | %s |%n", t.name(), median(t.serviceMs()),
                    p95(t.serviceMs()), median(t.rawMs()), p95(t.rawMs()), t.ratio(), t.result());
        }
        return pass;
    }

    private static Timing time(String name, int warmup, int iterations, Callable<String> service, Callable<String> raw) throws Exception {
        String expected = service.call();
        String got = raw.call();
        if (!expected.equals(got)) {
            throw new IllegalStateException(name + ": the raw SQL disagrees with the service\n service: " + expected + "\n raw:     " + got);
        }
        double[][] ms = alternate(warmup, iterations, service, expected, raw, expected);
        System.out.printf(Locale.ROOT, "%s: service median %.1f ms, raw median %.1f ms; %s%n", name, median(ms[0]), median(ms[1]), expected);
        return new Timing(name, expected.length() > 120 ? expected.substring(0, expected.indexOf(';')) + "; ... (" + expected.split(";").length
                + " groups, all equal)" : expected, ms[0], ms[1]);
    }

    /**
     * Times two calls of the same service whose results differ (a scope and the whole instance): each must keep
     * its own result.
     */
    private static Timing timeScoped(String name, int warmup, int iterations, Callable<String> scoped, Callable<String> unscoped)
            throws Exception {
        String mine = scoped.call();
        double[][] ms = alternate(warmup, iterations, scoped, mine, unscoped, unscoped.call());
        System.out.printf(Locale.ROOT, "%s: scoped median %.1f ms, unscoped median %.1f ms; %s%n", name, median(ms[0]), median(ms[1]), mine);
        return new Timing(name, mine, ms[0], ms[1]);
    }

    /** Warms both calls up, then times them alternately first (a first on even iterations, b on odd ones). */
    private static double[][] alternate(int warmup, int iterations, Callable<String> a, String expectedA, Callable<String> b,
                                        String expectedB) throws Exception {
        for (int i = 0; i < warmup; i++) {
            a.call();
            b.call();
        }
        double[] ta = new double[iterations];
        double[] tb = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            if (i % 2 == 0) {
                ta[i] = timed(a, expectedA);
                tb[i] = timed(b, expectedB);
            } else {
                tb[i] = timed(b, expectedB);
                ta[i] = timed(a, expectedA);
            }
        }
        return new double[][] {ta, tb};
    }

    /**
     * A what-if, measured after everything above on the same data: covering indexes, so that the service's
     * per-society probes read index rows only (no "Index Row to Base Row" fetch of PORG_ORGANISATION_SOCIETY,
     * PORG_ORGANISATION and PORG_LIAISON rows). The same pairs are timed again with fewer iterations.
     */
    private static void tryIndexes(DataSource ds, CoverageService service, CoverageService wideService, CoverageScope wide,
                                   int warmup, int iterations) throws Exception {
        String[] ddl = {
            "CREATE INDEX BX_OS_COVER ON PORG_ORGANISATION_SOCIETY (SOCIETY_ID, FROM_DATE, TO_DATE, ORGANISATION_ID)",
            "CREATE INDEX BX_ORG_COVER ON PORG_ORGANISATION (ID, ESTABLISHED_ON, DISSOLVED_ON, ORG_TYPE)",
            "CREATE INDEX BX_LIAISON_COVER ON PORG_LIAISON (SOCIETY_ID, FROM_DATE, TO_DATE)",
        };
        try (Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
            for (String sql : ddl) {
                st.executeUpdate(sql);
                System.out.println("what-if: " + sql);
            }
        }
        LocalDate end2016 = LocalDate.of(2016, 12, 31);
        List<Timing> timings = new ArrayList<>();
        timings.add(time("what-if covering indexes: totals as of 2016-12-31, default scope", warmup, iterations,
                () -> format(service.report(NATIONAL, end2016, null)), () -> raw(ds, RAW_TOTALS, end2016, CoverageScope.DEFAULT)));
        timings.add(time("what-if covering indexes: REGION as of 2016-12-31, all levels (MEMBER, ACTIVE)", warmup, iterations,
                () -> format(wideService.report(NATIONAL, end2016, GroupBy.REGION)), () -> raw(ds, RAW_REGION, end2016, wide)));
        System.out.println();
        System.out.println("| what-if (" + iterations + " timed calls each) | service median | service p95 | raw SQL median | raw SQL p95 | service / raw |");
        System.out.println("|---|---|---|---|---|---|");
        for (Timing t : timings) {
            System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | **%.2f** |%n", t.name(), median(t.serviceMs()),
                    p95(t.serviceMs()), median(t.rawMs()), p95(t.rawMs()), t.ratio());
        }
    }

    /** Writes the whole plan to dir/name.txt and prints its scans and joins with their row counts. */
    private static void explain(Path dir, String name, PlanCapture plans, Callable<String> call) throws Exception {
        long start = System.nanoTime();
        call.call();
        double ms = (System.nanoTime() - start) / 1e6;
        String plan = plans.last;
        java.nio.file.Files.writeString(dir.resolve(name + ".txt"), plan);
        System.out.printf(Locale.ROOT, "%nplan %s (%.0f ms with statistics on; whole plan in %s):%n", name, ms, dir.resolve(name + ".txt"));
        for (String line : plan.split("\\R")) {
            String t = line.trim();
            if (t.matches("(?i).*(result ?set|scan|join|number of opens|rows seen|rows filtered|index name|hash table|subquery).*")
                    && !t.startsWith("Rows seen from") && t.length() < 160) {
                System.out.println("  " + line.replace("\t", "  "));
            }
        }
    }

    private static double timed(Callable<String> call, String expected) throws Exception {
        long start = System.nanoTime();
        String result = call.call();
        double ms = (System.nanoTime() - start) / 1e6;
        if (!expected.equals(result)) {
            throw new IllegalStateException("result changed between calls: " + result);
        }
        return ms;
    }

    /** "key inScope/organisation/work; ..." of the totals and rows, the same form for both sides. */
    private static String format(CoverageReport report) {
        List<CoverageRow> rows = report.groupBy() == null ? List.of(new CoverageRow("ALL", report.totals())) : report.rows();
        StringBuilder sb = new StringBuilder();
        for (CoverageRow row : rows) {
            append(sb, row.key(), row.figures().inScope(), row.figures().organisationCovered(), row.figures().workCovered());
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String key, long inScope, long org, long work) {
        sb.append(sb.length() == 0 ? "" : "; ").append(key.trim()).append(' ').append(inScope).append(" / ").append(org).append(" / ").append(work);
    }

    private static String raw(DataSource ds, String sqlTemplate, LocalDate asOf, CoverageScope scope) throws SQLException {
        List<SocietyLevel> levels = scope.levels().stream().sorted().toList();
        String sql = String.format(sqlTemplate, String.join(", ", java.util.Collections.nCopies(levels.size(), "?")));
        if (scope.groupMemberStatuses().size() != 1 || scope.registrationStatuses().size() != 1) {
            throw new IllegalArgumentException("the raw query takes one member status and one registration status");
        }
        StringBuilder sb = new StringBuilder();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Date d = Date.valueOf(asOf);
            int i = 1;
            for (; i <= 6; i++) {
                ps.setDate(i, d);
            }
            for (SocietyLevel level : levels) {
                ps.setString(i++, level.name());
            }
            ps.setString(i++, scope.groupMemberStatuses().iterator().next().name());
            ps.setString(i, scope.registrationStatuses().iterator().next().name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    append(sb, rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }
            }
        }
        return sb.toString();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return QueryLatency.percentile(sorted, 50);
    }

    static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return QueryLatency.percentile(sorted, 95);
    }
}
