package org.castpb.shell.internal;

import static org.castpb.shell.internal.ShellTests.error;
import static org.castpb.shell.internal.ShellTests.fake;
import static org.castpb.shell.internal.ShellTests.run;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.ValidationException;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.FundingService;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.ModuleState;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultQuery;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.junit.Test;

public class EvaluationCommandsTest {

    static final Instant AT = Instant.parse("2026-11-26T02:00:00Z");
    static final Campaign COMPLETED = new Campaign(7, 2026, EvaluationKind.ANNUAL_INSPECTION, "2026 annual inspection (region 33)",
            LocalDate.of(2026, 12, 31), "33", CampaignStatus.COMPLETED, "admin", AT, AT, AT.plusSeconds(90), 3, 3, 1, 1, 1, 1, 4);
    static final SocietyEvaluation VETOED = new SocietyEvaluation(7, 12, "浙江省数学会", "330000", Outcome.FAIL, new BigDecimal("45.0"),
            Grade.UNQUALIFIED, true, List.of("national-party-building vetoed: 未建立党组织"), AT, List.of(
            new ModuleResult("national-party-building", "1.0.0", "", ResultStatus.OK, 9, 20, new BigDecimal("45.0"), Grade.UNQUALIFIED,
                    true, "未建立党组织", null, 12, List.of(
                    Finding.missed("ORGANISATION", "党组织建立", 10, "无党组织，亦无报批"),
                    Finding.met("LEDGER_FIVE_CLEARS", "台账五清", 9, "2026-12-31 台账五项齐全"),
                    Finding.notAssessed("LIAISON", "党建联络员", "未记录"))),
            new ModuleResult("zhejiang-extra", "1.2.0", "33", ResultStatus.ERROR, 0, 0, null, null, false, null,
                    "exceeded the time limit of 5000 ms", 5000, List.of())));

    private final List<String> calls = new ArrayList<>();
    private RuntimeException refusal;

    private final EvaluationService evaluations = fake(EvaluationService.class, (name, args) -> {
        calls.add(name + Arrays.toString(args));
        if (refusal != null) {
            throw refusal;
        }
        return switch (name) {
            case "modules" -> List.of(
                    new ModuleInfo("national-party-building", "全国党建评价", "1.0.0", "",
                            List.of(EvaluationKind.ANNUAL_INSPECTION, EvaluationKind.COMPREHENSIVE), "org.castpb.plugin.evaluation.national",
                            ModuleState.ACTIVE, AT),
                    new ModuleInfo("zhejiang-extra", "浙江省党建附加项", "1.2.0", "33", List.of(EvaluationKind.ANNUAL_INSPECTION),
                            "org.castpb.plugin.evaluation.zhejiang", ModuleState.REMOVED, AT));
            case "create" -> {
                CampaignDraft d = (CampaignDraft) args[1];
                yield new Campaign(8, d.year(), d.kind(), "2026 assessment (region 33)", LocalDate.of(2026, 12, 31), "33",
                        CampaignStatus.CREATED, "admin", AT, null, null, 0, 0, 0, 0, 0, 0, 1, d.correctsCampaignId());
            }
            case "list" -> new Page<>(List.of(COMPLETED), 1, (int) args[1], (int) args[2]);
            case "results" -> new Page<>(List.of(VETOED), 1, 0, 50);
            case "result" -> VETOED;
            default -> throw new UnsupportedOperationException(name);
        };
    });

    @Test
    public void modulesShowNationalForAnEmptyRegionWithTheirKindsAndState() {
        ListEvaluationModules command = new ListEvaluationModules();
        command.evaluations = evaluations;

        String out = run(command);

        String national = line(out, "national-party-building");
        assertTrue(out, national.contains("1.0.0") && national.contains("national")
                && national.contains("ANNUAL_INSPECTION, COMPREHENSIVE") && national.contains("ACTIVE"));
        String zhejiang = line(out, "zhejiang-extra");
        assertTrue(out, zhejiang.contains(" 33 ") && zhejiang.contains("REMOVED"));
    }

    @Test
    public void noSchemeInstalledSaysHowToInstallOne() {
        ListFundingSchemes command = new ListFundingSchemes();
        command.funding = fake(FundingService.class, (name, args) -> List.of());

        assertTrue(run(command).contains("no funding scheme installed: install one, e.g. feature:install castpb-plugin-funding-award"));
    }

    @Test
    public void createHandsOptionsAndArgumentsToTheServiceAndSaysHowToRunIt() {
        CreateCampaign command = new CreateCampaign();
        command.evaluations = evaluations;
        command.year = 2026;
        command.kind = EvaluationKind.ASSESSMENT;
        command.asOf = "2026-12-31";
        command.region = "33";

        String out = run(command);

        assertEquals(List.of("create[null, CampaignDraft[year=2026, kind=ASSESSMENT, title=null, asOf=2026-12-31, regionPrefix=33, correctsCampaignId=null]]"),
                calls);
        assertTrue(out, out.startsWith("Opened campaign 8: 2026 assessment (region 33) (ASSESSMENT 2026, records as of 2026-12-31, "
                + "region 33), CREATED\n"));
        assertTrue(out, out.contains("Run it with: evaluation:run --wait 8"));
    }

    @Test
    public void createWithCorrectsOpensACorrectionNamingTheCampaignItCorrects() {
        CreateCampaign command = new CreateCampaign();
        command.evaluations = evaluations;
        command.year = 2026;
        command.kind = EvaluationKind.ASSESSMENT;
        command.corrects = 7L;

        String out = run(command);

        assertEquals(List.of("create[null, CampaignDraft[year=2026, kind=ASSESSMENT, title=null, asOf=null, regionPrefix=null, "
                + "correctsCampaignId=7]]"), calls);
        assertTrue(out, out.startsWith("Opened campaign 8: 2026 assessment (region 33) (ASSESSMENT 2026, records as of 2026-12-31, "
                + "region 33), CREATED, correcting campaign 7\n"));
    }

    @Test
    public void createRefusesABadDateNamingItsOptionBeforeAskingTheService() {
        CreateCampaign command = new CreateCampaign();
        command.evaluations = evaluations;
        command.year = 2026;
        command.kind = EvaluationKind.ASSESSMENT;
        command.asOf = "2026-12";

        assertTrue(error(command).startsWith("Error: --as-of must be a date like 2016-12-31"));
        assertEquals(List.of(), calls);
    }

    @Test
    public void refusedDraftShowsTheCodeAndEveryField() {
        refusal = new ValidationException(List.of(new FieldError("year", "OUT_OF_RANGE", "the year must be from 2016 to 2027, not 2015"),
                new FieldError("regionPrefix", "INVALID", "'3x' is not a GB/T 2260 prefix")));
        CreateCampaign command = new CreateCampaign();
        command.evaluations = evaluations;
        command.year = 2015;
        command.kind = EvaluationKind.ASSESSMENT;

        assertEquals("Error: VALIDATION_FAILED: year: the year must be from 2016 to 2027, not 2015; "
                + "regionPrefix: '3x' is not a GB/T 2260 prefix", error(command));
    }

    @Test
    public void campaignsShowStatusProgressAndCounts() {
        ListCampaigns command = new ListCampaigns();
        command.evaluations = evaluations;

        String out = run(command);

        assertEquals(List.of("list[null, 0, 50]"), calls);
        String row = line(out, "2026 annual inspection");
        assertTrue(out, row.contains("COMPLETED") && row.contains("3/3") && row.contains("2026-11-26T10:01:30+08:00"));
        assertTrue(out, out.endsWith("1 of 1 campaigns (offset 0)\n"));
    }

    @Test
    public void resultFiltersBecomeTheQueryAndLeftOutOnesSelectEverything() {
        ListResults command = new ListResults();
        command.outcome = Outcome.FAIL;
        command.region = " 33 ";
        command.vetoed = true;
        command.limit = 20;
        assertEquals(new ResultQuery(Outcome.FAIL, "33", true, 0, 20), command.query());

        ListResults plain = new ListResults();
        plain.region = "";
        assertEquals(new ResultQuery(null, null, null, 0, 50), plain.query());
    }

    @Test
    public void resultsShowOutcomeScoreGradeVetoAndReasons() {
        ListResults command = new ListResults();
        command.evaluations = evaluations;
        command.campaignId = 7;
        command.outcome = Outcome.FAIL;

        String out = run(command);

        assertEquals(List.of("results[null, 7, ResultQuery[outcome=FAIL, regionPrefix=null, vetoed=null, offset=0, limit=50]]"), calls);
        String row = line(out, "浙江省数学会");
        assertTrue(out, row.contains("FAIL") && row.contains("45.0") && row.contains("UNQUALIFIED") && row.contains("VETO")
                && row.contains("national-party-building vetoed: 未建立党组织"));
        assertTrue(out, out.endsWith("1 of 1 results (offset 0); explain one with: evaluation:show 7 <societyId>\n"));
    }

    @Test
    public void showExplainsTheOutcomeThenEachModuleWithItsFindings() {
        ShowResult command = new ShowResult();
        command.evaluations = evaluations;
        command.campaignId = 7;
        command.societyId = 12;

        String out = run(command);

        assertEquals(List.of("result[null, 7, 12]"), calls);
        assertTrue(out, out.startsWith("Society 12 浙江省数学会 (region 330000) in campaign 7\n"
                + "Outcome    FAIL\nScore      45.0\nGrade      UNQUALIFIED\nVetoed     yes (one-vote veto)\n"));
        assertTrue(out, out.contains("Reasons:\n  - national-party-building vetoed: 未建立党组织\n"));
        assertTrue(out, out.contains("Module national-party-building 1.0.0 (national): OK, score 45.0 (9/20 points), grade UNQUALIFIED, "
                + "VETO, 12 ms\n  veto: 未建立党组织\n"));
        assertTrue(out, line(out, "ORGANISATION").contains("0/10") && line(out, "ORGANISATION").contains("无党组织，亦无报批"));
        assertTrue(out, line(out, "LEDGER_FIVE_CLEARS").contains("9/9"));
        assertTrue("a criterion not assessed is worth nothing: " + out, line(out, "LIAISON").contains("0/0"));
        assertTrue(out, out.contains("Module zhejiang-extra 1.2.0 (33): ERROR, no score, 5000 ms\n"
                + "  error: exceeded the time limit of 5000 ms\n"));
        assertFalse("no empty findings table for a module that failed: " + out, out.contains("no findings"));
    }

    /** The one line of the output holding {@code text}. */
    static String line(String out, String text) {
        return out.lines().filter(l -> l.contains(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not in\n" + out));
    }
}
