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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
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
 * The ledger and transfer commands of the console in the shipped distribution: the demo data
 * set, the list of unclear ledgers, recording and reading ledger revisions, and a CSV export
 * that imports back unchanged.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellLedgerIT extends CastpbTestSupport {

    private static final String SAMPLE = "demo/national-societies-sample.csv";
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
    BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @org.junit.Before
    public void commandsAreRegistered() {
        awaitCommands(sessionFactory, "coverage:report", "coverage:targets", "coverage:uncovered", "coverage:admission",
                "coverage:rectifications", "porg:pending", "porg:list", "porg:decide", "castpb:demo", "society:add", "society:export", "society:import", "ledger:set", "ledger:show",
                "ledger:unclear", "ledger:revisions", "ledger:compare");
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
        assertTrue(admission, admission.contains("FAIL") && admission.contains("NO_ORGANISATION_OR_REQUEST"));
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

        long national = societies.list(new SocietyQuery(SocietyLevel.NATIONAL, "100000", null, null, null, 0, SocietyQuery.MAX_LIMIT)).total();
        assertTrue(national + " national societies", national >= sample);
        String listed = executeCommand(sessionFactory, "society:list --level NATIONAL --limit 500");
        assertTrue(listed, listed.contains("中国数学会"));
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
    public void anExportImportsBackUnchanged() throws Exception {
        loadDemoOnce();
        Path file = Paths.get(System.getProperty("karaf.data"), "shell-ledger-it-export.csv");
        Files.deleteIfExists(file);

        String exported = executeCommand(sessionFactory, "society:export \"" + file + "\"");
        Matcher counts = Pattern.compile("Exported (\\d+) societies \\((\\d+) bytes\\) to").matcher(exported);
        assertTrue(exported, counts.find());
        int rows = Integer.parseInt(counts.group(1));
        assertTrue(exported, rows >= sampleRows());
        assertEquals(exported, Files.size(file), Long.parseLong(counts.group(2)));

        String imported = executeCommand(sessionFactory, "society:import \"" + file + "\"");
        assertReport(imported, rows, 0, 0, rows, 0);
    }

    // ---- helpers ----

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
