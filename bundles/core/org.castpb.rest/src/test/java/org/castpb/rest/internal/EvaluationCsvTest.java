package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.Page;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageRow;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.UncoveredSociety;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.junit.Test;

public class EvaluationCsvTest {

    private final EvaluationFakes.Evaluations evaluations = new EvaluationFakes.Evaluations();

    @Test
    public void resultsSheetHasOneRowPerSocietyAcrossPages() throws Exception {
        for (int i = 1; i <= CampaignResource.SHEET_PAGE + 2; i++) {
            evaluations.results.add(EvaluationFakes.evaluation(i, "学会" + i, Outcome.PASS));
        }
        List<String> lines = lines(sheet(new CampaignResource(evaluations).results("7", new ResultFilterParams(), "csv", null)));
        assertEquals(CampaignResource.SHEET_PAGE + 3, lines.size());
        assertEquals("\uFEFFID,名称,行政区划代码,结果,得分,等级,一票否决,原因", lines.get(0));
        assertEquals("502,学会502,110000,通过,85.5,良好,否,", lines.get(502));
        assertEquals(List.of(0, CampaignResource.SHEET_PAGE), evaluations.queries.stream().map(q -> q.offset()).toList());
    }

    @Test
    public void resultsSheetJoinsReasonsAndQuotesWhatNeedsIt() throws Exception {
        evaluations.results.add(EvaluationFakes.evaluation(3, "中国\"数学\"会", Outcome.FAIL, "党建一票否决", "等级为不合格, 需整改"));
        List<String> lines = lines(sheet(new CampaignResource(evaluations).results("7", new ResultFilterParams(), "csv", null)));
        assertEquals("3,\"中国\"\"数学\"\"会\",110000,未通过,85.5,不合格,是,\"党建一票否决; 等级为不合格, 需整改\"", lines.get(1));
    }

    @Test
    public void resultsSheetGivesTheReasonsAndVetoReasonsInChineseWhereTheyWereKeptInChinese() throws Exception {
        SocietyEvaluation english = EvaluationFakes.evaluation(4, "中国化学会", Outcome.FAIL,
                "cast.national vetoes: no party organisation on 2023-12-31", "b 2.1.0 gave no result: failed: boom");
        evaluations.results.add(new SocietyEvaluation(english.campaignId(), english.societyId(), english.societyName(),
                english.regionCode(), english.outcome(), english.score(), english.grade(), english.vetoed(), english.reasons(),
                english.evaluatedAt(), english.modules(), java.util.Map.of("zh",
                        List.of("cast.national 一票否决：2023-12-31 仍无党组织", "b 2.1.0 未给出结果：failed: boom"))));
        evaluations.results.add(EvaluationFakes.evaluation(5, "中国物理学会", Outcome.FAIL, "kept before: in English"));
        List<String> lines = lines(sheet(new CampaignResource(evaluations).results("7", new ResultFilterParams(), "csv", null)));
        assertEquals("4,中国化学会,110000,未通过,85.5,不合格,是,cast.national 一票否决：2023-12-31 仍无党组织; b 2.1.0 未给出结果：failed: boom",
                lines.get(1));
        assertEquals("5,中国物理学会,110000,未通过,85.5,不合格,是,kept before: in English", lines.get(2));
    }

    @Test
    public void allocationSheetExplainsEachAwardInChineseWhereTheSchemeWordedItSo() throws Exception {
        List<String> lines = lines(write(EvaluationCsv.allocation(EvaluationFakes.allocation(12,
                EvaluationFakes.award(1, "30000.00", "Passed with grade GOOD").translated("zh", "评估通过，等级良好")))));
        assertEquals("1,以奖代补,30000.00,评估通过，等级良好", lines.get(1));
    }

    @Test
    public void emptyResultsSheetHasItsHeaderOnly() throws Exception {
        assertEquals(1, lines(sheet(new CampaignResource(evaluations).results("7", new ResultFilterParams(), "csv", null))).size());
    }

    @Test
    public void allocationSheetListsEachAwardWithPlainAmounts() throws Exception {
        StreamingOutput sheet = EvaluationCsv.allocation(EvaluationFakes.allocation(12,
                EvaluationFakes.award(1, "30000.00", "优秀，得分95.0"), EvaluationFakes.award(2, "1E+4", "良好,\n得分85.0")));
        List<String> lines = lines(write(sheet));
        assertEquals("\uFEFF学会ID,资助渠道,金额(元),说明", lines.get(0));
        assertEquals("1,以奖代补,30000.00,优秀，得分95.0", lines.get(1));
        assertEquals("2,以奖代补,10000,\"良好,\n得分85.0\"", lines.get(2));
    }

    @Test
    public void formulaLikeCellsOfEverySheetAreNeutralised() throws Exception {
        evaluations.results.add(EvaluationFakes.evaluation(4, "=HYPERLINK(\"http://evil.example\")", Outcome.FAIL, "-2+3+cmd|' /C calc'!A0"));
        List<String> results = lines(sheet(new CampaignResource(evaluations).results("7", new ResultFilterParams(), "csv", null)));
        assertEquals("4,\"'=HYPERLINK(\"\"http://evil.example\"\")\",110000,未通过,85.5,不合格,是,'-2+3+cmd|' /C calc'!A0", results.get(1));

        List<String> awards = lines(write(EvaluationCsv.allocation(EvaluationFakes.allocation(12, EvaluationFakes.award(1, "5", "@SUM(A1)")))));
        assertEquals("1,以奖代补,5,'@SUM(A1)", awards.get(1));

        ByteArrayOutputStream uncovered = new ByteArrayOutputStream();
        CoverageCsv.uncovered(offset -> new Page<>(offset > 0 ? List.of() : List.of(new UncoveredSociety(9, "+中国数学会", "51100000500010568A",
                "100000", CoverageKind.ORGANISATION, NoOrganisationReason.OTHER, "\t=1+1")), 1, offset, 1000), uncovered);
        assertEquals("9,'+中国数学会,51100000500010568A,100000,组织覆盖,其他原因,'\t=1+1",
                lines(uncovered.toString(StandardCharsets.UTF_8)).get(1));
    }

    @Test
    public void coverageSheetNamesDisciplinesAndLevelsInChineseAndRegionsByCode() throws Exception {
        CoverageFigures four = CoverageFigures.of(4, 3, 4);
        CoverageReport byDiscipline = new CoverageReport(LocalDate.of(2016, 12, 31), CoverageScope.DEFAULT, four, GroupBy.DISCIPLINE,
                List.of(new CoverageRow("AGRICULTURE", four)));
        List<String> lines = lines(write(CoverageCsv.report(byDiscipline)));
        assertEquals("2016-12-31,农科,4,3,75.0,4,100.0", lines.get(1));
        assertEquals("2016-12-31,合计,4,3,75.0,4,100.0", lines.get(2));
        assertEquals("全国", CoverageCsv.groupLabel(GroupBy.LEVEL, "NATIONAL"));
        assertEquals("团体会员", CoverageCsv.groupLabel(GroupBy.GROUP_MEMBER_STATUS, "MEMBER"));
        assertEquals("330000", CoverageCsv.groupLabel(GroupBy.REGION, "330000"));
        assertEquals("330100", CoverageCsv.groupLabel(GroupBy.CITY, "330100"));
    }

    private static String sheet(Response response) throws Exception {
        assertEquals(MediaType.valueOf("text/csv; charset=UTF-8"), response.getMediaType());
        return write((StreamingOutput) response.getEntity());
    }

    private static String write(StreamingOutput sheet) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n"));
    }
}
