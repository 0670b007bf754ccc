package org.castpb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.castpb.api.Actor;
import org.castpb.api.Society;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.coverage.RectificationTask;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The ledger, transfer, party-organisation and coverage commands of the console in the shipped
 * distribution: the demo data set, the list of unclear ledgers, recording and reading ledger
 * revisions, a CSV export that imports back unchanged, an establishment request from creation to
 * approval with an accepted warning, liaison assignments, and rectification tasks and the trend.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellLedgerIT extends CastpbTestSupport {

    private static final String SAMPLE = "demo/national-societies-sample.csv";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern REPORT = Pattern.compile(
            "(\\d+) rows read from [^\\n]*: (\\d+) created, (\\d+) updated, (\\d+) unchanged, (\\d+) refused");

    /** What the first castpb:demo of this container printed; the tests share one container, whatever their order. */
    private static String firstDemoRun;

    @Inject
    @Filter(timeout = 120_000)
    SocietyService societies;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    @Filter(timeout = 120_000)
    RectificationService rectifications;

    @Inject
    BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @org.junit.Before
    public void commandsAreRegistered() {
        awaitCommands(sessionFactory, "coverage:report", "coverage:targets", "coverage:uncovered", "coverage:admission",
                "coverage:rectifications", "porg:pending", "porg:list", "porg:decide", "castpb:demo", "society:add", "society:export", "society:import", "ledger:set", "ledger:show",
                "ledger:unclear", "ledger:revisions", "ledger:compare", "porg:request-create", "porg:accept-warning", "porg:liaison-assign",
                "porg:liaisons", "coverage:rectification-close", "coverage:snapshots", "coverage:trend");
    }

    @Test
    public void coverageCommandsReportTheDemoSocietiesAndTheTargets() throws Exception {
        loadDemoOnce();
        String report = executeCommand(sessionFactory, "coverage:report --group-by LEVEL");
        assertTrue(report, report.contains("TOTAL"));
        assertTrue(report, report.contains("NATIONAL"));
        String targets = executeCommand(sessionFactory, "coverage:targets");
        assertTrue(targets, targets.contains("2016-12-31") && targets.contains("2017-06-30"));
        String uncovered = executeCommand(sessionFactory, "coverage:uncovered --limit 5");
        assertTrue(uncovered, uncovered.contains("societies without organisation coverage"));
        String admission = executeCommand(sessionFactory, "coverage:admission 1");
        // the demo records the organisation society 1's ledger names; whether its ledger is clear depends on the other tests
        assertTrue(admission, admission.contains("ok   ORGANISATION: a party organisation covers the society")
                && admission.contains("LEDGER_"));
        assertTrue(executeCommand(sessionFactory, "porg:pending").contains("Request"));
        assertTrue(executeCommand(sessionFactory, "porg:list 1").contains("Type"));
        assertTrue(executeCommand(sessionFactory, "coverage:rectifications").contains("tasks (offset 0)"));
        try {
            executeCommand(sessionFactory, "coverage:report --as-of 2016-13-01");
            org.junit.Assert.fail("a bad date is refused");
        } catch (Exception e) {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append(" | ");
            }
            assertTrue(messages.toString(), messages.toString().contains("--as-of must be a date"));
        }
    }

    @Test
    public void demoLoadsEverySampleSocietyOnceAndARerunChangesNothing() throws Exception {
        int sample = sampleRows();

        String first = loadDemoOnce();
        assertReport(first, sample, sample, 0, 0, 0);

        String again = executeCommand(sessionFactory, "castpb:demo");
        assertReport(again, sample, 0, 0, sample, 0);
        Matcher organisations = Pattern.compile("demo ledgers: (\\d+) recorded, 0 already there").matcher(first);
        assertTrue(first, organisations.find());
        assertTrue(again, again.contains("demo ledgers: 0 recorded, " + organisations.group(1) + " already there"));

        long national = societies.list(Actor.SYSTEM, new SocietyQuery(SocietyLevel.NATIONAL, "100000", null, null, null, 0, SocietyQuery.MAX_LIMIT)).total();
        assertTrue(national + " national societies", national >= sample);
        String listed = executeCommand(sessionFactory, "society:list --level NATIONAL --limit 500");
        assertTrue(listed, listed.contains("中国数学会"));
        // the sample's 促进会, 联合会 and 基金会 are stored as their own kinds, the longest name included
        Map<String, SocietyKind> kinds = societies.list(Actor.SYSTEM, new SocietyQuery(SocietyLevel.NATIONAL, "100000", null, null, null, 0, SocietyQuery.MAX_LIMIT))
                .items().stream().collect(Collectors.toMap(Society::name, Society::kind, (a, b) -> a));
        assertEquals(SocietyKind.PROMOTION_ASSOCIATION, kinds.get("中国产学研合作促进会"));
        assertEquals(SocietyKind.FEDERATION, kinds.get("国际粉体检测与控制联合会"));
        assertEquals(SocietyKind.FOUNDATION, kinds.get("中国科技馆发展基金会"));
    }

    @Test
    public void unclearListsTheDemoSocietiesWhoseLedgerMissesSections() throws Exception {
        loadDemoOnce();
        int sample = sampleRows();

        String out = executeCommand(sessionFactory, "ledger:unclear --level NATIONAL --region 100000 --limit 500");

        Matcher footer = Pattern.compile("(\\d+) of (\\d+) societies whose ledger is not clear").matcher(out);
        assertTrue(out, footer.find());
        long unclear = Long.parseLong(footer.group(2));
        assertTrue(out, unclear > 0 && unclear < sample);
        assertEquals(out, unclear, Long.parseLong(footer.group(1)));
        assertTrue(out, Pattern.compile("(OPERATIONS|STAFF|PARTY_MEMBERS|LEADERS|NO_ORGANISATION_REASON): ").matcher(out).find());
    }

    @Test
    public void ledgerSetRecordsRevisionsThatShowRevisionsAndCompareReport() throws Exception {
        String added = executeCommand(sessionFactory, "society:add --name 上海市声学学会 --uscc " + Usccs.valid("310000", 7001)
                + " --level PROVINCIAL --region 310000 --discipline SCIENCE");
        Matcher recorded = Pattern.compile("Recorded society (\\d+):").matcher(added);
        assertTrue(added, recorded.find());
        String id = recorded.group(1);

        String none = executeCommand(sessionFactory, "ledger:show " + id);
        assertTrue(none, none.contains("none: no ledger recorded"));
        assertTrue(none, none.contains("NOT CLEAR"));

        String first = executeCommand(sessionFactory, "ledger:set --running-state NORMAL --inspection-result QUALIFIED"
                + " --inspection-year 2016 --activities 12 --full-time-staff 8 --staff-party-members 3 --formal-members 4"
                + " --probationary-members 1 --relationships-here 5 --relationships-elsewhere 0"
                + " --leader \"王小明|理事长|是|是\" --leader \"李华|SECRETARY_GENERAL|是|是\" --party-organisation 是 --note 首次建账 " + id);
        assertTrue(first, first.contains("Recorded revision 1 of the ledger of society " + id + ": five clears"));

        String shown = executeCommand(sessionFactory, "ledger:show " + id);
        assertTrue(shown, shown.contains("1, recorded"));
        assertTrue(shown, shown.contains("首次建账"));
        assertTrue(shown, Pattern.compile("Five clears\\s+CLEAR").matcher(shown).find());
        assertTrue(shown, shown.contains("王小明"));
        assertTrue(shown, shown.contains("秘书长"));

        String second = executeCommand(sessionFactory, "ledger:set --activities 20 --unset leader --note 更新活动次数 " + id);
        assertTrue(second, second.contains("Recorded revision 2 of the ledger of society " + id + ": not clear, missing LEADERS: leaders"));

        String current = executeCommand(sessionFactory, "ledger:show " + id);
        assertTrue(current, current.contains("2, recorded"));
        assertTrue(current, current.contains("NOT CLEAR"));
        String earlier = executeCommand(sessionFactory, "ledger:show --revision 1 " + id);
        assertTrue(earlier, earlier.contains("王小明"));
        String before2017 = executeCommand(sessionFactory, "ledger:show --as-of 2016-12-31 " + id);
        assertTrue(before2017, before2017.contains("none: no ledger recorded by 2016-12-31"));

        String revisions = executeCommand(sessionFactory, "ledger:revisions " + id);
        assertTrue(revisions, revisions.contains("更新活动次数"));
        assertTrue(revisions, revisions.contains("首次建账"));
        assertTrue("newest first: " + revisions, revisions.indexOf("更新活动次数") < revisions.indexOf("首次建账"));

        String compared = executeCommand(sessionFactory, "ledger:compare " + id + " 1 2");
        // cells of a column holding Chinese text are padded with ideographic spaces (U+3000), which \\s does not match
        String gap = "[\\s\\u3000]*[|│][\\s\\u3000]*";
        assertTrue(compared, Pattern.compile("activitiesInYear" + gap + "12" + gap + "20").matcher(compared).find());
        assertTrue(compared, compared.contains("leaders[0]"));
    }

    @Test
    public void requestCreatedOnTheConsoleIsApprovedOnceItsWarningIsAccepted() throws Exception {
        String id = addSociety("中国真空学会", 7101);
        LocalDate today = LocalDate.now(BEIJING);

        // two formal members are one short of a branch: the rule check warns, it does not refuse
        String created = executeCommand(sessionFactory, "porg:request-create --name 中国真空学会党支部 --type BRANCH --secretary 王小明"
                + " --secretary-source PRINCIPAL_LEADER --formal-members 2 --probationary-members 1 --established-on " + today
                + " --term-ends-on " + today.plusYears(3).minusDays(1) + " --note 首次报批 " + id);
        Matcher request = Pattern.compile("Created request (\\d+) \\(DRAFT, version \\d+\\): 中国真空学会党支部, BRANCH, societies \\["
                + id + "\\]").matcher(created);
        assertTrue(created, request.find());
        String requestId = request.group(1);
        assertTrue(created, created.contains("Rule warnings its submission would raise today:"));
        assertTrue(created, created.contains("TOO_FEW_MEMBERS"));
        assertTrue(created, created.contains("porg:decide submit " + requestId));

        String incomplete = refusal("porg:request-create --name 中国真空学会党支部 " + id);
        assertTrue(incomplete, incomplete.contains("Error: VALIDATION_FAILED") && incomplete.contains("type"));

        assertTrue(executeCommand(sessionFactory, "porg:decide submit " + requestId).contains("Request " + requestId + " is SUBMITTED"));
        String unaccepted = refusal("porg:decide approve " + requestId);
        assertTrue(unaccepted, unaccepted.contains("Error: UNACCEPTED_WARNINGS"));

        String accepted = executeCommand(sessionFactory, "porg:accept-warning " + requestId
                + " TOO_FEW_MEMBERS \"拟与中国力学学会组建联合党支部, 过渡期内先行成立\"");
        assertTrue(accepted, accepted.contains("Request " + requestId + " (SUBMITTED, version "));
        assertTrue(accepted, accepted.contains("warning TOO_FEW_MEMBERS accepted"));
        assertTrue(accepted, accepted.contains("by admin: 拟与中国力学学会组建联合党支部, 过渡期内先行成立"));
        String notRaised = refusal("porg:accept-warning " + requestId + " TERM_LENGTH 不适用");
        assertTrue(notRaised, notRaised.contains("Error: WARNING_NOT_RAISED"));

        String approved = executeCommand(sessionFactory, "porg:decide approve " + requestId);
        assertTrue(approved, approved.contains("Request " + requestId + " is APPROVED; party organisation"));
        assertTrue(executeCommand(sessionFactory, "porg:list " + id).contains("中国真空学会党支部"));
    }

    @Test
    public void liaisonsAssignedOnTheConsoleAreListedNewestFirstAndByDay() throws Exception {
        String id = addSociety("中国粉体工业学会", 7102);

        String officer = executeCommand(sessionFactory, "porg:liaison-assign --from 2016-09-01 --to 2019-08-31"
                + " --dispatched-by 中国科协科技社团党委 " + id + " LIAISON_OFFICER 张三");
        assertTrue(officer, officer.contains("LIAISON_OFFICER 张三 to society " + id + " from 2016-09-01 to 2019-08-31"));
        String instructor = executeCommand(sessionFactory, "porg:liaison-assign --from 2020-03-01 " + id + " INSTRUCTOR 李华");
        assertTrue(instructor, instructor.contains("INSTRUCTOR 李华 to society " + id + " from 2020-03-01"));

        String all = executeCommand(sessionFactory, "porg:liaisons " + id);
        assertTrue(all, all.contains("张三") && all.contains("中国科协科技社团党委") && all.contains("2019-08-31"));
        assertTrue("newest first: " + all, all.indexOf("李华") >= 0 && all.indexOf("李华") < all.indexOf("张三"));
        String in2017 = executeCommand(sessionFactory, "porg:liaisons --as-of 2017-01-01 " + id);
        assertTrue(in2017, in2017.contains("张三") && !in2017.contains("李华"));
        String before = executeCommand(sessionFactory, "porg:liaisons --as-of 2016-08-31 " + id);
        assertTrue(before, before.contains("no liaison assignment to society " + id + " running on 2016-08-31"));

        String undated = refusal("porg:liaison-assign " + id + " INSTRUCTOR 王五");
        assertTrue(undated, undated.contains("Error: VALIDATION_FAILED") && undated.contains("fromDate"));
    }

    @Test
    public void rectificationTaskIsClosedByHandAndTheTrendCoversEveryMonth() throws Exception {
        String id = addSociety("中国颗粒工程学会", 7103);
        LocalDate today = LocalDate.now(BEIJING);
        rectifications.generate(new Actor(USER, Set.of("admin")), today);
        RectificationTask task = rectifications.open(new Actor(USER, Set.of("admin")), 0, 1000).items().stream()
                .filter(t -> Long.toString(t.societyId()).equals(id)).findFirst().orElseThrow();
        assertTrue(executeCommand(sessionFactory, "coverage:rectifications --limit 1000").contains("中国颗粒工程学会"));

        String closed = executeCommand(sessionFactory, "coverage:rectification-close " + task.id() + " \"已建立党组织, 材料已核\"");
        assertTrue(closed, closed.contains("Closed rectification task " + task.id() + " of society " + id + " 中国颗粒工程学会"));
        assertTrue(closed, closed.contains("on " + today + " by admin: 已建立党组织, 材料已核"));
        String again = refusal("coverage:rectification-close " + task.id() + " again");
        assertTrue(again, again.contains("Error: ALREADY_CLOSED"));

        YearMonth now = YearMonth.now(BEIJING);
        String trend = executeCommand(sessionFactory, "coverage:trend " + now.minusMonths(2) + " " + now);
        for (YearMonth month : new YearMonth[] {now.minusMonths(2), now.minusMonths(1), now}) {
            assertTrue(trend, trend.contains(month.toString()));
        }
        String stored = executeCommand(sessionFactory, "coverage:snapshots 2016-01 2016-12");
        assertTrue(stored, stored.contains("no snapshot stored for 2016-01 to 2016-12"));
        String badMonth = refusal("coverage:trend 2016-13");
        assertTrue(badMonth, badMonth.contains("Error: from must be a month like 2016-12"));
    }

    @Test
    public void anExportImportsBackUnchanged() throws Exception {
        loadDemoOnce();
        Path file = Paths.get(System.getProperty("karaf.data"), "exchange", "shell-ledger-it-export.csv");
        Files.deleteIfExists(file);

        // a name relative to the exchange directory, which is where the file lands
        String exported = executeCommand(sessionFactory, "society:export shell-ledger-it-export.csv");
        Matcher counts = Pattern.compile("Exported (\\d+) societies \\((\\d+) bytes\\) to").matcher(exported);
        assertTrue(exported, counts.find());
        int rows = Integer.parseInt(counts.group(1));
        assertTrue(exported, rows >= sampleRows());
        assertEquals(exported, Files.size(file), Long.parseLong(counts.group(2)));

        String imported = executeCommand(sessionFactory, "society:import \"" + file + "\"");
        assertReport(imported, rows, 0, 0, rows, 0);
    }

    @Test
    public void consoleFileCommandsStayInsideTheExchangeDirectory() throws Exception {
        Path home = Paths.get(System.getProperty("karaf.home"));
        Path etc = home.resolve("etc");
        Path exchange = Paths.get(System.getProperty("karaf.data"), "exchange");
        Files.createDirectories(exchange);
        for (String name : new String[] {"../../etc/org.castpb.evil.cfg", etc.resolve("org.castpb.evil.cfg").toString()}) {
            assertTrue(refusal("society:export --force \"" + name + "\"").contains("is outside the exchange directory"));
        }
        assertTrue("nothing written into etc/", !Files.exists(etc.resolve("org.castpb.evil.cfg")));
        Path users = etc.resolve("users.properties");
        long before = Files.size(users);
        assertTrue(refusal("society:export --force \"" + users + "\"").contains("is outside the exchange directory"));
        assertEquals(before, Files.size(users));

        // reading: no file outside, not through a link, and never an echo of what a file holds
        String passwd = refusal("society:import /etc/passwd");
        assertTrue(passwd, passwd.contains("is outside the exchange directory") && !passwd.contains("root:"));
        Path link = exchange.resolve("users-link.csv");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, users);
        String linked = refusal("society:import users-link.csv");
        assertTrue(linked, linked.contains("is outside the exchange directory") && !linked.contains("admin"));
        Files.copy(users, exchange.resolve("users-copy.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String copied = refusal("society:import users-copy.csv");
        assertTrue(copied, copied.contains("the first row must hold the column headers") && !copied.contains("admin") && !copied.contains("_g_"));
    }

    // ---- helpers ----

    /** Records a national member society on the console and returns its id. */
    private String addSociety(String name, long serial) throws Exception {
        String added = executeCommand(sessionFactory, "society:add --name " + name + " --uscc " + Usccs.valid("100000", serial)
                + " --level NATIONAL --region 100000 --discipline ENGINEERING --member MEMBER");
        Matcher recorded = Pattern.compile("Recorded society (\\d+):").matcher(added);
        assertTrue(added, recorded.find());
        return recorded.group(1);
    }

    /** What a refused command says: the messages of the failure and its causes. */
    private String refusal(String command) {
        return refusal(sessionFactory, command);
    }

    private String loadDemoOnce() throws Exception {
        synchronized (ShellLedgerIT.class) {
            if (firstDemoRun == null) {
                firstDemoRun = executeCommand(sessionFactory, "castpb:demo");
            }
            return firstDemoRun;
        }
    }

    /** Data rows of the demo sample as shipped in the shell bundle. */
    private int sampleRows() throws Exception {
        for (Bundle bundle : bundleContext.getBundles()) {
            if ("org.castpb.shell".equals(bundle.getSymbolicName())) {
                URL sample = bundle.getEntry(SAMPLE);
                assertTrue("the shell bundle ships " + SAMPLE, sample != null);
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(sample.openStream(), StandardCharsets.UTF_8))) {
                    return (int) reader.lines().filter(line -> !line.isBlank()).count() - 1;
                }
            }
        }
        throw new AssertionError("no org.castpb.shell bundle");
    }

    private static void assertReport(String out, int rows, int created, int updated, int unchanged, int refused) {
        Matcher m = REPORT.matcher(out);
        assertTrue(out, m.find());
        assertEquals(out, rows + " " + created + " " + updated + " " + unchanged + " " + refused,
                m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5));
    }
}
