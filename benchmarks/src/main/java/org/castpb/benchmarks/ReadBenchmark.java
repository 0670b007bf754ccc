package org.castpb.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.Page;
import org.castpb.api.SocietyQuery;
import org.castpb.records.internal.JpaSocietyService;
import org.castpb.records.internal.JpaSocietyTransferService;

/**
 * Reading at scale, the service against raw JDBC on the same database in the same run (Derby 10.14.2.0, records schema
 * from the bundle's change log, N societies with ledgers written by {@link RawJdbcImport}):
 *
 * <ol>
 *   <li>the society list, 50 per page, at the start, the middle and the end of the list: the service by offset
 *       against {@code COUNT(*)} plus {@code OFFSET ? ROWS FETCH NEXT 50 ROWS ONLY} in JDBC, the service after an
 *       id (keyset, which counts nothing unless asked) against {@code WHERE ID > ? ... FETCH FIRST 50 ROWS ONLY}, and
 *       the service after an id asked for the total against {@code COUNT(*)} plus that page;</li>
 *   <li>the CSV export of every society with its current ledger, streamed to a counting sink, against one JDBC read
 *       of the same rows (societies with current ledgers, then their leaders), each value written as text; and the
 *       peak of the heap during each.</li>
 * </ol>
 *
 * Goals: every service page within 1.5 x its raw twin (median); the export at least 0.5 x the raw read's rate, its
 * peak heap not growing with N. System properties: bench.rows (100000), bench.queryIterations (30), bench.dir,
 * bench.readExport (true; false times the pages only).
 */
public final class ReadBenchmark {

    private static final long SEED = 20_161_231L;
    private static final int PAGE = 50;
    private static final int WARMUP = 10;
    private static final double PAGE_GOAL = 1.5;
    private static final double EXPORT_GOAL = 0.5;

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        int iterations = Integer.getInteger("bench.queryIterations", 30);
        Path home = Path.of(System.getProperty("bench.dir", "target/derby-read")).toAbsolutePath().normalize();
        System.out.printf(Locale.ROOT, "castpb read benchmark: %,d societies; JDK %s, %d cores, max heap %d MB%n", rows,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        // the bundle jars in the local repository may be rebuilt during the run: load every class now
        ImportBenchmark.preload(JpaSocietyTransferService.class);
        ImportBenchmark.preload(Actor.class);
        try (DerbySystem derby = new DerbySystem(home)) {
            DataSource ds = derby.dataSource("read");
            derby.migrate(ds);
            long t = System.nanoTime();
            RawJdbcImport.insert(ds, "bench", new SocietyGenerator(SEED).generate(rows));
            System.out.printf(Locale.ROOT, "wrote %,d societies by JDBC in %d ms%n", rows, (System.nanoTime() - t) / 1_000_000);
            EntityManagerFactory emf = DerbySystem.persistenceUnit(ds, false);
            LocalJpaTemplate jpa = new LocalJpaTemplate(emf);
            JpaSocietyService societies = new JpaSocietyService(jpa, ds, null, new ImportBenchmark.LargeFiles.AnyNames());
            JpaSocietyTransferService transfers = new JpaSocietyTransferService(jpa, null, new ImportBenchmark.LargeFiles());
            long[] ids = ids(ds);

            List<String[]> table = new ArrayList<>();
            boolean pagesPass = true;
            for (int offset : new int[] {0, rows / 2, rows - PAGE}) {
                long after = offset == 0 ? 0 : ids[offset - 1];
                // each page and its raw twin timed in turn; the pages without a count take well under a millisecond, so
                // they get ten times the calls
                QueryLatency.Result[] byOffsetPair = QueryLatency.alternately("offset", () -> societies.list(Actor.SYSTEM, SocietyQuery.all().page(offset, PAGE)),
                        "raw offset", () -> rawPage(ds, offset, null, true), WARMUP, iterations);
                QueryLatency.Result[] byAfterPair = QueryLatency.alternately("after", () -> societies.list(Actor.SYSTEM, SocietyQuery.all().pageAfter(after, PAGE)),
                        "raw after", () -> rawPage(ds, 0, after, false), 10 * WARMUP, 10 * iterations);
                QueryLatency.Result[] countedPair = QueryLatency.alternately("after, counted",
                        () -> societies.list(Actor.SYSTEM, SocietyQuery.all().withTotal(true).pageAfter(after, PAGE)),
                        "raw after, counted", () -> rawPage(ds, 0, after, true), WARMUP, iterations);
                QueryLatency.Result serviceOffset = byOffsetPair[0];
                QueryLatency.Result rawOffset = byOffsetPair[1];
                QueryLatency.Result serviceAfter = byAfterPair[0];
                QueryLatency.Result rawAfter = byAfterPair[1];
                QueryLatency.Result serviceCounted = countedPair[0];
                QueryLatency.Result rawCounted = countedPair[1];
                double byOffset = serviceOffset.medianMs() / rawOffset.medianMs();
                double byAfter = serviceAfter.medianMs() / rawAfter.medianMs();
                double byCounted = serviceCounted.medianMs() / rawCounted.medianMs();
                pagesPass &= byOffset <= PAGE_GOAL && byAfter <= PAGE_GOAL && byCounted <= PAGE_GOAL;
                table.add(row("offset=" + offset + " (with the total)", serviceOffset, rawOffset, byOffset));
                table.add(row("after=" + after + " (the same page, no total)", serviceAfter, rawAfter, byAfter));
                table.add(row("after=" + after + "&includeTotal=true", serviceCounted, rawCounted, byCounted));
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "| list page of %d at %,d societies | service median (p95) ms | raw JDBC median (p95) ms | service / raw |%n",
                    PAGE, rows);
            System.out.println("|---|---|---|---|");
            table.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |"));

            if (!Boolean.parseBoolean(System.getProperty("bench.readExport", "true"))) {
                System.out.println("\npages within " + PAGE_GOAL + " x raw: " + (pagesPass ? "PASS" : "FAIL") + " (export not run)");
                emf.close();
                return;
            }
            // the export: one warm-up each, then three timed runs each, alternating
            CountingSink sink = new CountingSink();
            transfers.exportCsv(Actor.SYSTEM, SocietyQuery.all(), sink);
            rawExport(ds, new CountingSink());
            double[] serviceMs = new double[3];
            double[] rawMs = new double[3];
            long servicePeak = 0;
            long rawPeak = 0;
            long serviceBytes = 0;
            long rawBytes = 0;
            for (int i = 0; i < 3; i++) {
                CountingSink s = new CountingSink();
                resetPeaks();
                long start = System.nanoTime();
                transfers.exportCsv(Actor.SYSTEM, SocietyQuery.all(), s);
                serviceMs[i] = (System.nanoTime() - start) / 1e6;
                servicePeak = Math.max(servicePeak, heapPeak());
                serviceBytes = s.bytes;
                CountingSink r = new CountingSink();
                resetPeaks();
                start = System.nanoTime();
                rawExport(ds, r);
                rawMs[i] = (System.nanoTime() - start) / 1e6;
                rawPeak = Math.max(rawPeak, heapPeak());
                rawBytes = r.bytes;
            }
            Arrays.sort(serviceMs);
            Arrays.sort(rawMs);
            double serviceRate = rows / (serviceMs[1] / 1000);
            double rawRate = rows / (rawMs[1] / 1000);
            boolean exportPass = serviceRate / rawRate >= EXPORT_GOAL;
            System.out.println();
            System.out.println("| export of every society with its ledger | median of 3 | societies/s | bytes | peak heap during it |");
            System.out.println("|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| service `exportCsv` (streamed, keyset chunks of 1,000) | %,.0f ms | %,.0f | %,d | %d MB |%n",
                    serviceMs[1], serviceRate, serviceBytes, servicePeak >> 20);
            System.out.printf(Locale.ROOT, "| raw JDBC read of the same rows, values written as text | %,.0f ms | %,.0f | %,d | %d MB |%n",
                    rawMs[1], rawRate, rawBytes, rawPeak >> 20);
            System.out.printf(Locale.ROOT, "%nservice / raw export rate: %.2f%n", serviceRate / rawRate);
            System.out.println();
            System.out.println("pages within " + PAGE_GOAL + " x raw: " + (pagesPass ? "PASS" : "FAIL") + "; export >= " + EXPORT_GOAL
                    + " x raw: " + (exportPass ? "PASS" : "FAIL"));
            emf.close();
        }
    }

    private static String[] row(String what, QueryLatency.Result service, QueryLatency.Result raw, double ratio) {
        return new String[] {what, String.format(Locale.ROOT, "%.1f (%.1f)", service.medianMs(), service.p95Ms()),
                String.format(Locale.ROOT, "%.1f (%.1f)", raw.medianMs(), raw.p95Ms()), String.format(Locale.ROOT, "%.2f", ratio)};
    }

    /** The same page in plain JDBC: the count if asked, then 50 rows of every column, by offset or after an id. */
    private static Page<Object[]> rawPage(DataSource ds, int offset, Long after, boolean count) {
        String sql = after == null ? "SELECT * FROM SOCIETY ORDER BY ID OFFSET ? ROWS FETCH NEXT " + PAGE + " ROWS ONLY"
                : "SELECT * FROM SOCIETY WHERE ID > ? ORDER BY ID FETCH FIRST " + PAGE + " ROWS ONLY";
        try (Connection c = ds.getConnection()) {
            long total = Page.UNCOUNTED;
            if (count) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM SOCIETY")) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object[]> items = new ArrayList<>(PAGE);
            try (PreparedStatement p = c.prepareStatement(sql)) {
                if (after == null) {
                    p.setInt(1, offset);
                } else {
                    p.setLong(1, after);
                }
                try (ResultSet rs = p.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        items.add(row);
                    }
                }
            }
            return new Page<>(items, total, offset, PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every society with its current ledger, then the leaders of those ledgers, streamed, each value written as text. */
    private static void rawExport(DataSource ds, OutputStream out) throws SQLException, IOException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.setFetchSize(1000);
            write(s.executeQuery("SELECT S.*, L.* FROM SOCIETY S LEFT JOIN LEDGER_REVISION L ON L.SOCIETY_ID = S.ID AND L.IS_CURRENT = 1"
                    + " ORDER BY S.ID"), out);
            write(s.executeQuery("SELECT LL.* FROM LEDGER_LEADER LL, LEDGER_REVISION L WHERE LL.REVISION_ID = L.ID AND L.IS_CURRENT = 1"
                    + " ORDER BY L.SOCIETY_ID, LL.LEADER_POSITION"), out);
        }
        out.flush();
    }

    private static void write(ResultSet rs, OutputStream out) throws SQLException, IOException {
        try (rs) {
            int columns = rs.getMetaData().getColumnCount();
            StringBuilder line = new StringBuilder(512);
            while (rs.next()) {
                line.setLength(0);
                for (int i = 1; i <= columns; i++) {
                    String v = rs.getString(i);
                    line.append(v == null ? "" : v).append(i < columns ? ',' : '\n');
                }
                out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static long[] ids(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID FROM SOCIETY ORDER BY ID")) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: garbage included, so an upper bound of what was held. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** An output stream that keeps nothing, only the number of bytes. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
