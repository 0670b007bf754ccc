package org.castpb.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The calls the web console's overview page makes, timed against {@code GET /societies/{id}} in the same run, on a
 * running castpb: {@code java benchmarks/src/main/java/org/castpb/benchmarks/OverviewCalls.java [base] [user]
 * [password] [rows]} (JDK only). With fewer societies than {@code rows} recorded, it first imports generated ones
 * (60% national, the rest provincial across the provinces; fixed seed). Each call: 2 warm-ups (the first one's time
 * printed: it is the one that counts a day's coverage figures when none are kept), then the median of 7. Last, one
 * society is imported and the totals read twice: the first read must count it.
 */
public final class OverviewCalls {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String[] PROVINCES = {"110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000",
        "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000", "420000", "430000", "440000", "450000",
        "460000", "500000", "510000", "520000", "530000", "540000", "610000", "620000", "630000", "640000", "650000"};
    private static final String[] DISCIPLINES = {"理科", "工科", "农科", "医科", "交叉"};

    private final HttpClient http = HttpClient.newHttpClient();
    private final String api;
    private final String authorization;

    private OverviewCalls(String base, String user, String password) {
        this.api = base + "/api/v1";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8181";
        OverviewCalls bench = new OverviewCalls(base, args.length > 1 ? args[1] : "admin", args.length > 2 ? args[2] : "admin");
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        bench.ensureSocieties(rows);
        String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        String firstId = bench.firstSocietyId();
        double single = bench.median("/societies/" + firstId)[1];
        System.out.printf("| call | first call ms | median ms | / GET /societies/{id} |%n|---|---|---|---|%n"
                + "| GET /societies/{id} | | %.1f | 1.0 |%n", single);
        for (String path : List.of("/instance", "/coverage?groupBy=REGION", "/coverage?groupBy=CITY", "/coverage?groupBy=DISCIPLINE",
                "/coverage/targets", "/coverage/snapshots?from=2016-01&to=" + month, "/rectifications?status=open&limit=1",
                "/rectifications?status=overdue&limit=1", "/evaluation/campaigns?limit=50")) {
            double[] ms = bench.median(path);
            System.out.printf("| GET %s | %.1f | %.1f | %.1f |%n", path, ms[0], ms[1], ms[1] / single);
        }
        bench.changeIsCountedAtOnce(rows);
    }

    /**
     * Imports one more national member society and reads the totals again: kept figures must count it at once (the
     * first read after a change counts the day again, its time is printed), and the next read is kept again.
     */
    private void changeIsCountedAtOnce(int rows) throws Exception {
        long before = inScope();
        String csv = "名称,统一社会信用代码,类型,级别,行政区划代码,学科,团体会员状态,登记状态\n测试学会" + System.nanoTime() + ","
                + uscc("100000", 700_000L + rows + System.currentTimeMillis() % 100_000_000L) + ",学会,全国,100000,理科,团体会员,正常\n";
        HttpResponse<String> imported = send("POST", "/imports/societies?mode=VALID_ROWS", csv);
        if (imported.statusCode() / 100 != 2) {
            throw new IllegalStateException("the import answered " + imported.statusCode() + ": " + imported.body());
        }
        long start = System.nanoTime();
        long after = inScope();
        double first = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        long again = inScope();
        double second = (System.nanoTime() - start) / 1e6;
        System.out.printf("%n# one national member society imported: societies counted %d before, %d on the next call (%.1f ms,"
                + " counted again), %d on the one after (%.1f ms, kept)%n", before, after, first, again, second);
        if (after != before + 1 || again != after) {
            throw new IllegalStateException("the society imported is not counted at once: " + before + " -> " + after + " -> " + again);
        }
    }

    private long inScope() throws Exception {
        HttpResponse<String> report = send("GET", "/coverage", null);
        check(report, "/coverage");
        return Long.parseLong(report.body().replaceAll("(?s).*?\"totals\":\\{[^}]*\"inScope\":(\\d+).*", "$1"));
    }

    private void ensureSocieties(int rows) throws Exception {
        String page = send("GET", "/societies?limit=1", null).body();
        long total = Long.parseLong(page.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
        if (total >= rows) {
            return;
        }
        StringBuilder csv = new StringBuilder("名称,统一社会信用代码,类型,级别,行政区划代码,学科,团体会员状态,登记状态\n");
        Random random = new Random(7);
        for (int i = 0; i < rows; i++) {
            boolean national = i % 5 < 3;
            String region = national ? "100000" : PROVINCES[random.nextInt(PROVINCES.length)];
            csv.append("测试学会").append(String.format("%06d", i)).append(',').append(uscc(region, 700_000 + i)).append(",学会,")
                    .append(national ? "全国" : "省级").append(',').append(region).append(',')
                    .append(DISCIPLINES[random.nextInt(DISCIPLINES.length)]).append(',')
                    .append(random.nextInt(3) < 2 ? "团体会员" : "非会员").append(",正常\n");
        }
        long start = System.nanoTime();
        HttpResponse<String> report = send("POST", "/imports/societies?mode=VALID_ROWS", csv.toString());
        System.out.printf("imported %d generated societies in %.1f s: %s%n", rows, (System.nanoTime() - start) / 1e9,
                report.body().length() > 200 ? report.body().substring(0, 200) : report.body());
    }

    private String firstSocietyId() throws Exception {
        return send("GET", "/societies?limit=1", null).body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
    }

    /** The first call's time and the median of 7 after a second warm-up. */
    private double[] median(String path) throws Exception {
        long first = System.nanoTime();
        check(send("GET", path, null), path);
        double firstMs = (System.nanoTime() - first) / 1e6;
        check(send("GET", path, null), path);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            check(send("GET", path, null), path);
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return new double[] {firstMs, times.get(3)};
    }

    private static void check(HttpResponse<String> response, String path) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpResponse<String> send(String method, String path, String csv) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", authorization);
        if (csv != null) {
            request.header("Content-Type", "text/csv").method(method, HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String uscc(String region, long serial) {
        String first17 = "51" + region + String.format("%09d", serial);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return first17 + CHARSET.charAt(check == 31 ? 0 : check);
    }
}
