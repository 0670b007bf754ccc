package org.castpb.benchmarks;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.Discipline;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.records.internal.JpaLedgerService;
import org.castpb.records.internal.JpaSocietyService;
import org.castpb.records.internal.JpaSocietyTransferService;
import org.castpb.records.internal.RecordsAccess;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;

/**
 * castpb's CSV import against a raw JDBC baseline, then query latency at full size, in one run
 * on one embedded Derby system (Derby 10.14.2.0, records schema from the bundle's Liquibase log):
 *
 * <ol>
 *   <li>generate N societies with ledgers (fixed seed) and write them as the import CSV;</li>
 *   <li>warm up both write paths on small throw-away databases, so neither pays for JIT and
 *       EclipseLink start-up inside its timing;</li>
 *   <li>time the service's read+parse+validate phase alone (the same file plus one invalid row:
 *       the all-or-nothing import refuses it before writing anything);</li>
 *   <li>time {@code JpaSocietyTransferService.importCsv} on the full file into the "service" database;</li>
 *   <li>time the raw JDBC batch insert of the same societies into the "raw" database, freshly
 *       migrated in the same Derby system, so both writers start from empty tables;</li>
 *   <li>check both databases hold the same number of rows of each kind;</li>
 *   <li>time list and not-clear pages through the real services on the "service" database.</li>
 * </ol>
 *
 * System properties: bench.rows (default 100000), bench.dir (Derby home, default target/derby),
 * bench.profile (sample the import's stack, default false), bench.queryIterations (default 50),
 * bench.commitOrderFix (auto: apply {@link LedgerAfterSociety} only if the shipped unit fails; on; off).
 */
public final class ImportBenchmark {

    /** Fixed seed: every run imports the same file. */
    private static final long SEED = 20_161_231L;
    private static final String ACTOR = "bench";
    private static final double GOAL = 0.5;
    private static final int QUERY_WARMUP = 10;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        int queryIterations = Integer.getInteger("bench.queryIterations", 50);
        boolean profile = Boolean.getBoolean("bench.profile");
        String commitOrderFix = System.getProperty("bench.commitOrderFix", "auto");
        Path derbyHome = Path.of(System.getProperty("bench.dir", "target/derby")).toAbsolutePath().normalize();
        Path work = derbyHome.getParent();
        Actor actor = new Actor(ACTOR, Set.of("admin"));

        System.out.printf(Locale.ROOT, "castpb import benchmark: %,d societies; JDK %s, %d cores, max heap %d MB%n", rows,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("Derby durability: %s; commit-order workaround: %s; stack sampling: %s%n",
                System.getProperty("bench.derbyDurability", "default"), commitOrderFix, profile);
        // The bundle jars in the local repository are rebuilt while other work goes on; load every
        // class now so that a jar replaced mid-run cannot break class loading minutes later.
        preload(JpaSocietyTransferService.class);
        preload(Actor.class);
        checkCsvColumns();

        // 1. data and files
        long t = System.nanoTime();
        List<SocietyGenerator.Generated> data = new SocietyGenerator(SEED).generate(rows);
        checkUsccs(data);
        int warmRows = Math.max(200, Math.min(2_000, rows / 10));
        List<SocietyGenerator.Generated> warmData = new SocietyGenerator(SEED + 1).generate(warmRows);
        Path csv = work.resolve("societies-" + rows + ".csv");
        Path csvInvalid = work.resolve("societies-" + rows + "-invalid.csv");
        Path csvWarm = work.resolve("societies-warmup.csv");
        CsvFile.write(csv, data, false);
        CsvFile.write(csvInvalid, data, true);
        CsvFile.write(csvWarm, warmData, false);
        long clearCount = data.stream().filter(g -> RecordsAccess.sections(g.ledger()).stream().allMatch(s -> s.clear())).count();
        System.out.printf(Locale.ROOT, "generated %,d societies (%,d clear ledgers, %,d not clear), CSV %,d KB, in %d ms%n",
                rows, clearCount, rows - clearCount, Files.size(csv) >> 10, ms(t));

        try (DerbySystem derby = new DerbySystem(derbyHome)) {
            DataSource warmServiceDs = derby.dataSource("warmup_service");
            DataSource warmRawDs = derby.dataSource("warmup_raw");
            DataSource serviceDs = derby.dataSource("service");
            DataSource rawDs = derby.dataSource("raw");
            for (DataSource ds : List.of(warmServiceDs, warmRawDs, serviceDs, rawDs)) {
                long migrateMs = derby.migrate(ds);
                System.out.printf(Locale.ROOT, "migrated %s with db/changelog.xml in %d ms%n",
                        ((org.apache.derby.jdbc.EmbeddedDataSource) ds).getDatabaseName(), migrateMs);
            }

            // 2. warm-up of both write paths, on their own databases. The service first runs with the
            //    persistence unit exactly as shipped; only if that cannot import at all is the
            //    commit-order workaround switched on (mode auto), and the results say so.
            boolean workaround = "on".equals(commitOrderFix);
            String shippedOutcome = "not tried (bench.commitOrderFix=on)";
            if (!workaround) {
                try {
                    ImportReport warm = warmUp(warmServiceDs, false, actor, csvWarm);
                    require(warm.created() == warmRows && warm.errors().isEmpty(), "warm-up import failed: " + summary(warm));
                    shippedOutcome = "imports";
                } catch (RuntimeException e) {
                    SQLException sql = sqlCause(e);
                    if (sql == null || !"23503".equals(sql.getSQLState()) || "off".equals(commitOrderFix)) {
                        throw e;
                    }
                    shippedOutcome = "FAILS: " + sql.getMessage();
                    workaround = true;
                    System.out.println("!! the shipped persistence unit cannot import societies with ledgers: " + sql.getMessage());
                    System.out.println("!! EclipseLink commit order: " + commitOrder(warmServiceDs, false)
                            + " (LEDGER_REVISION is inserted before the SOCIETY it references)");
                    System.out.println("!! measuring with the workaround LedgerAfterSociety (constraint dependency), commit order: "
                            + commitOrder(warmServiceDs, true));
                }
            }
            if (workaround) {
                ImportReport warm = warmUp(warmServiceDs, true, actor, csvWarm);
                require(warm.created() == warmRows && warm.errors().isEmpty(), "warm-up import failed: " + summary(warm));
            }
            RawJdbcImport.insert(warmRawDs, ACTOR, warmData);
            System.out.printf(Locale.ROOT, "warmed up both write paths with %,d societies each%n", warmRows);

            EntityManagerFactory emf = DerbySystem.persistenceUnit(serviceDs, workaround);
            try {
                emf.createEntityManager().close(); // EclipseLink deploys the unit and logs in lazily: not inside the timing
                LocalJpaTemplate jpa = new LocalJpaTemplate(emf);
                JpaSocietyTransferService transfer = transferService(emf);

                // 3. the service's read + parse + validate phase alone
                gc();
                t = System.nanoTime();
                ImportReport refused = importFile(transfer, actor, csvInvalid);
                long validateMs = ms(t);
                require(!refused.applied() && refused.errors().size() == 1 && refused.created() == 0,
                        "the file with one invalid row should be refused as a whole: " + summary(refused));
                System.out.printf(Locale.ROOT, "service read+parse+validate only (file refused for its one bad row): %,d ms%n", validateMs);

                // 4. the service import, timed
                gc();
                long heapBefore = heapUsed();
                resetPeaks();
                StackSampler sampler = profile ? new StackSampler(Thread.currentThread(), 50) : null;
                t = System.nanoTime();
                ImportReport report = importFile(transfer, actor, csv);
                long serviceMs = ms(t);
                if (sampler != null) {
                    sampler.close();
                }
                long peakHeap = peakHeap();
                System.out.printf(Locale.ROOT, "service import: %s in %,d ms%n", summary(report), serviceMs);
                require(report.applied() && report.created() == rows && report.updated() == 0 && report.unchanged() == 0
                        && report.errors().isEmpty(), "the service import did not create every society: " + summary(report));
                gc();
                long heapAfter = heapUsed();

                // 5. the raw JDBC baseline, timed, into the second fresh database
                t = System.nanoTime();
                long rawTableRows = RawJdbcImport.insert(rawDs, ACTOR, data);
                long rawMs = ms(t);
                System.out.printf(Locale.ROOT, "raw JDBC insert: %,d societies (%,d table rows) in %,d ms%n", rows, rawTableRows, rawMs);

                // 6. both hold the same data
                List<String> mismatches = compare(serviceDs, rawDs);
                require(mismatches.isEmpty(), "service and raw databases differ: " + mismatches);

                // 7. query latency at full size, through the real services
                JpaSocietyService societies = new JpaSocietyService(jpa, serviceDs, null, new LargeFiles.AnyNames());
                JpaLedgerService ledgers = new JpaLedgerService(jpa, null);
                SocietyQuery shanghaiProvincial = new SocietyQuery(SocietyLevel.PROVINCIAL, "31", null, null, null, 0, 50);
                SocietyQuery medicineMunicipal44 = new SocietyQuery(SocietyLevel.MUNICIPAL, "44", Discipline.MEDICINE, null, null, 0, 50);
                List<QueryLatency.Result> latencies = List.of(
                        QueryLatency.measure("list: level=PROVINCIAL, regionPrefix=31, first 50", QUERY_WARMUP, queryIterations,
                                () -> societies.list(Actor.SYSTEM, shanghaiProvincial)),
                        QueryLatency.measure("list: no filter, first 50", QUERY_WARMUP, queryIterations,
                                () -> societies.list(Actor.SYSTEM, SocietyQuery.all())),
                        QueryLatency.measure("not clear: no filter, first 50", QUERY_WARMUP, queryIterations,
                                () -> ledgers.unclear(Actor.SYSTEM, SocietyQuery.all())),
                        QueryLatency.measure("not clear: level=PROVINCIAL, regionPrefix=31, first 50", QUERY_WARMUP, queryIterations,
                                () -> ledgers.unclear(Actor.SYSTEM, shanghaiProvincial)),
                        QueryLatency.measure("not clear: MUNICIPAL, regionPrefix=44, MEDICINE, first 50", QUERY_WARMUP, queryIterations,
                                () -> ledgers.unclear(Actor.SYSTEM, medicineMunicipal44)));

                // 8. results
                double serviceRate = rows * 1000.0 / serviceMs;
                double rawRate = rows * 1000.0 / rawMs;
                double ratio = serviceRate / rawRate;
                long writeMs = serviceMs - validateMs;
                System.out.println();
                System.out.println("| measure | value |");
                System.out.println("|---|---|");
                System.out.printf(Locale.ROOT, "| societies imported | %,d (%,d table rows each way) |%n", rows, rawTableRows);
                System.out.printf(Locale.ROOT, "| shipped persistence unit | %s |%n", shippedOutcome);
                System.out.printf(Locale.ROOT, "| measured with commit-order workaround | %s |%n", workaround ? "yes (LedgerAfterSociety)" : "no");
                System.out.printf(Locale.ROOT, "| service import (importCsv, ALL_OR_NOTHING) | %,d ms = **%,.0f societies/s** |%n", serviceMs, serviceRate);
                System.out.printf(Locale.ROOT, "| of which read+parse+validate | %,d ms (%.0f%%) |%n", validateMs, 100.0 * validateMs / serviceMs);
                System.out.printf(Locale.ROOT, "| of which JPA write + commit (by difference) | %,d ms (%.0f%%) |%n", writeMs, 100.0 * writeMs / serviceMs);
                System.out.printf(Locale.ROOT, "| raw JDBC batch insert | %,d ms = **%,.0f societies/s** |%n", rawMs, rawRate);
                System.out.printf(Locale.ROOT, "| ratio service/raw | **%.2f** (goal >= %.2f): **%s** |%n", ratio, GOAL, ratio >= GOAL ? "PASS" : "FAIL");
                for (QueryLatency.Result r : latencies) {
                    System.out.printf(Locale.ROOT, "| %s (total %,d) | median %.1f ms, p95 %.1f ms, max %.1f ms (%d calls) |%n",
                            r.name(), r.total(), r.medianMs(), r.p95Ms(), r.maxMs(), r.iterations());
                }
                System.out.printf(Locale.ROOT, "| heap used after GC: before import / after import | %,d MB / %,d MB |%n", heapBefore >> 20, heapAfter >> 20);
                System.out.printf(Locale.ROOT, "| peak heap during import (incl. garbage) | %,d MB of %,d MB max |%n", peakHeap >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
                System.out.printf(Locale.ROOT, "| database size on disk: service / raw | %,d MB / %,d MB |%n", derby.sizeMb("service"), derby.sizeMb("raw"));
                System.out.println();
                System.out.printf(Locale.ROOT, "RESULT: service %,.0f societies/s, raw %,.0f societies/s, ratio %.2f -> %s%n",
                        serviceRate, rawRate, ratio, ratio >= GOAL ? "PASS" : "FAIL");
                if (sampler != null) {
                    sampler.print("service import");
                }
            } finally {
                emf.close();
            }
        }
    }

    /** One service import of the warm-up file on a fresh unit (rolled back entirely if it fails). */
    private static ImportReport warmUp(DataSource ds, boolean workaround, Actor actor, Path csv) throws Exception {
        EntityManagerFactory emf = DerbySystem.persistenceUnit(ds, workaround);
        try {
            return importFile(transferService(emf), actor, csv);
        } finally {
            emf.close();
        }
    }

    /** EclipseLink's order of insert groups in a flush, for the report. */
    private static String commitOrder(DataSource ds, boolean workaround) {
        EntityManagerFactory emf = DerbySystem.persistenceUnit(ds, workaround);
        try {
            emf.createEntityManager().close();
            return ((JpaEntityManagerFactory) emf).getServerSession().getCommitManager().getCommitOrder().stream()
                    .map(c -> ((Class<?>) c).getSimpleName()).toList().toString();
        } finally {
            emf.close();
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static JpaSocietyTransferService transferService(EntityManagerFactory emf) {
        // the schema condition is only a readiness marker for DS; the schema is already migrated here.
        return new JpaSocietyTransferService(new LocalJpaTemplate(emf), null, new LargeFiles());
    }

    private static ImportReport importFile(JpaSocietyTransferService service, Actor actor, Path csv) throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16)) {
            return service.importCsv(actor, in, ImportMode.ALL_OR_NOTHING);
        }
    }

    /** The component's configuration, as Config Admin would hand it over: large enough for the benchmark's file. */
    @SuppressWarnings("ClassExplicitlyAnnotation")
    static final class LargeFiles implements JpaSocietyTransferService.Config {
        @Override
        public int maxFileMegabytes() {
            return 512;
        }

        @Override
        public boolean refuseDuplicateNames() {
            return false;
        }

        @Override
        public int maxReportedErrors() {
            return 1000;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return JpaSocietyTransferService.Config.class;
        }

        /** The society service's share of the same configuration: duplicate names are warned about, not refused. */
        @SuppressWarnings("ClassExplicitlyAnnotation")
        static final class AnyNames implements JpaSocietyService.Names {
            @Override
            public boolean refuseDuplicateNames() {
                return false;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return JpaSocietyService.Names.class;
            }
        }
    }

    static void preload(Class<?> anchor) throws Exception {
        Path jar = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar)) {
            return;
        }
        int loaded = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : java.util.Collections.list(file.entries())) {
                if (e.getName().endsWith(".class") && !e.getName().contains("-")) {
                    try {
                        Class.forName(e.getName().replace('/', '.').substring(0, e.getName().length() - 6), false, anchor.getClassLoader());
                        loaded++;
                    } catch (LinkageError | ClassNotFoundException skipped) {
                        // a class needing an optional library (e.g. the Excel one): not used here
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "using %s (%,d bytes, built %s), %d classes loaded%n", jar.getFileName(), Files.size(jar),
                Files.getLastModifiedTime(jar), loaded);
    }

    /** The CSV writer must know every column of the bundle, or the import would miss data silently. */
    private static void checkCsvColumns() {
        List<String> bundle = RecordsAccess.csvHeaders();
        Set<String> unknown = new HashSet<>(bundle);
        CsvFile.KNOWN_HEADERS.forEach(unknown::remove);
        Set<String> gone = new HashSet<>(CsvFile.KNOWN_HEADERS);
        bundle.forEach(gone::remove);
        require(unknown.isEmpty() && gone.isEmpty(), "the bundle's CSV columns changed: new " + unknown + ", removed " + gone
                + "; update CsvFile");
        System.out.printf("CSV columns: the bundle's %d headers, in its order%n", bundle.size());
    }

    /** Every generated USCC is accepted by the bundle's own check and none repeats. */
    private static void checkUsccs(List<SocietyGenerator.Generated> data) {
        Set<String> seen = new HashSet<>();
        for (SocietyGenerator.Generated g : data) {
            String uscc = g.society().uscc();
            RecordsAccess.usccProblem(uscc).ifPresent(p -> {
                throw new IllegalStateException("generated USCC " + uscc + " is invalid: " + p);
            });
            require(seen.add(uscc), "generated USCC " + uscc + " repeats");
        }
    }

    /** Row counts per table and clear ledgers must be equal in both databases. */
    private static List<String> compare(DataSource a, DataSource b) throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String sql : List.of("SELECT COUNT(*) FROM SOCIETY", "SELECT COUNT(*) FROM AUDIT_ENTRY", "SELECT COUNT(*) FROM LEDGER_REVISION",
                "SELECT COUNT(*) FROM LEDGER_LEADER", "SELECT COUNT(*) FROM LEDGER_REVISION WHERE UNCLEAR_SECTIONS IS NULL",
                "SELECT COUNT(*) FROM SOCIETY WHERE SOCIETY_LEVEL = 'PROVINCIAL' AND REGION_CODE LIKE '31%'",
                "SELECT SUM(LENGTH(AFTER_STATE)) / COUNT(*) FROM AUDIT_ENTRY")) {
            long x = DerbySystem.number(a, sql);
            long y = DerbySystem.number(b, sql);
            System.out.printf(Locale.ROOT, "  check %-80s service %,12d  raw %,12d%n", sql, x, y);
            if (x != y && !sql.contains("LENGTH")) {
                mismatches.add(sql + ": " + x + " vs " + y);
            }
        }
        return mismatches;
    }

    private static void gc() {
        System.gc();
        System.gc();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound: pools peak at different times). */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String summary(ImportReport r) {
        return String.format(Locale.ROOT, "rows=%d created=%d updated=%d unchanged=%d applied=%s errors=%d%s", r.rows(), r.created(),
                r.updated(), r.unchanged(), r.applied(), r.errors().size(),
                r.errors().isEmpty() ? "" : " first: " + r.errors().subList(0, Math.min(5, r.errors().size())));
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
