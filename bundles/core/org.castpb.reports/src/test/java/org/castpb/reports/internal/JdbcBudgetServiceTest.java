package org.castpb.reports.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.StaleVersionException;
import org.castpb.api.ValidationException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.castpb.api.budgets.BudgetDraft;
import org.castpb.api.budgets.BudgetSheet;
import org.castpb.api.budgets.BudgetSheetRow;
import org.castpb.api.budgets.PartyWorkBudget;
import org.castpb.api.budgets.SpendingCategory;
import org.junit.Before;
import org.junit.Test;

public class JdbcBudgetServiceTest {

    private static final Actor NATIONAL = new Actor("wang", Set.of("national-admin"));
    private static final Actor ZHEJIANG = new Actor("zj", Set.of("local-admin"), Scope.region("33"));
    private static final Actor VIEWER = new Actor("zhao", Set.of("viewer"), Scope.ALL);
    private static final Actor SECRETARY = new Actor("li", Set.of("society-secretary"), Scope.societies(List.of(4L)));

    private ReportDatabase db;
    private JdbcBudgetService service;

    @Before
    public void societies() {
        db = new ReportDatabase().society(1, "NATIONAL", "100000", "ACTIVE").society(2, "PROVINCIAL", "330000", "ACTIVE")
                .society(3, "PROVINCIAL", "330000", "DISSOLVED").society(4, "PROVINCIAL", "330100", "ACTIVE");
        service = new JdbcBudgetService(db.dataSource, Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), JdbcWorkReportService.BEIJING));
    }

    private static BudgetDraft draft(long society, String line, long version) {
        return new BudgetDraft(society, 2026, line == null ? null : new BigDecimal(line),
                Map.of(SpendingCategory.ACTIVITIES, new BigDecimal("12000.50"), SpendingCategory.EDUCATION, new BigDecimal("8000")),
                true, "党员活动室 60 平方米，配备投影设备", version);
    }

    @Test
    public void aBudgetIsRecordedWithItsSpendingByCategoryAndItsFacilitiesAndKeptInTheHistory() {
        PartyWorkBudget budget = service.record(ZHEJIANG, draft(2, "50000", 0));

        assertEquals(new BigDecimal("50000.00"), budget.budgetLine());
        assertEquals(new BigDecimal("20000.50"), budget.spent());
        assertEquals(new BigDecimal("0.00"), budget.spending().get(SpendingCategory.FACILITIES));
        assertTrue(budget.activityRoom());
        PartyWorkBudget changed = service.record(ZHEJIANG, new BudgetDraft(2, 2026, new BigDecimal("60000"), Map.of(), false, null, 1));
        assertEquals(2, changed.version());
        assertEquals(List.of("CREATE", "UPDATE"), service.history(NATIONAL, 2, 2026).stream().map(e -> e.change()).toList());
        assertTrue(service.history(NATIONAL, 2, 2026).get(1).after().startsWith("budgetLine=60000.00"));
        try {
            service.record(ZHEJIANG, draft(2, "1", 1));
            fail("a budget changed since was overwritten");
        } catch (StaleVersionException expected) {
            assertEquals(60000, service.get(NATIONAL, 2, 2026).budgetLine().intValue());
        }
    }

    @Test
    public void negativeOrOverPreciseAmountsAndAYearOutOfRangeAreRefusedNamingEachField() {
        try {
            service.record(NATIONAL, new BudgetDraft(1, 1800, new BigDecimal("-1"), Map.of(SpendingCategory.OTHER, new BigDecimal("1.005")),
                    false, null, 0));
            fail("refused nothing");
        } catch (ValidationException e) {
            assertEquals(List.of("year DATE_OUT_OF_RANGE", "budgetLine NEGATIVE", "spending.OTHER TOO_PRECISE"),
                    e.errors().stream().map(f -> f.field() + " " + f.code()).toList());
        }
        assertEquals(0, db.count("RPT_BUDGET"));
    }

    @Test
    public void societiesWithoutABudgetLineAreThoseWithNothingRecordedOrNoLineInTheirScope() {
        service.record(NATIONAL, draft(1, "30000", 0));
        service.record(ZHEJIANG, draft(2, null, 0));

        // 2 recorded without a line, 4 nothing at all; 3 is dissolved
        assertEquals(List.of("2 true", "4 false"), service.withoutBudgetLine(NATIONAL, 2026, 0, 50).items().stream()
                .map(s -> s.societyId() + " " + s.recorded()).toList());
        assertEquals(List.of(1L, 2L, 4L), service.withoutBudgetLine(VIEWER, 2025, 0, 50).items().stream().map(s -> s.societyId()).toList());
        assertEquals(2, service.withoutBudgetLine(ZHEJIANG, 2026, 0, 50).total());
        assertFalse(service.get(NATIONAL, 2, 2026).hasBudgetLine());
    }

    @Test
    public void aBudgetOutsideTheScopeIsNotWrittenOrRead() {
        try {
            service.record(ZHEJIANG, draft(1, "1", 0));
            fail("a local administrator recorded a national society's budget");
        } catch (ForbiddenException e) {
            assertEquals(ForbiddenException.OUT_OF_SCOPE, e.code());
        }
        try {
            service.record(VIEWER, draft(2, "1", 0));
            fail("a viewer recorded a budget");
        } catch (ForbiddenException expected) {
            // viewers read
        }
        service.record(NATIONAL, draft(1, "1", 0));
        try {
            service.bySociety(ZHEJIANG, 1);
            fail("a national society's budgets read by a local administrator");
        } catch (NotFoundException expected) {
            // outside the scope it does not exist
        }
    }

    // ---- the budget sheet ----

    private static final Map<SpendingCategory, BigDecimal> FIRST = Map.of(SpendingCategory.ACTIVITIES, new BigDecimal("12000.50"),
            SpendingCategory.ALLOWANCES, new BigDecimal("3600"));
    private static final Map<SpendingCategory, BigDecimal> SECOND = Map.of(SpendingCategory.ACTIVITIES, new BigDecimal("800.25"),
            SpendingCategory.OTHER, new BigDecimal("99.75"));

    /** 1 (national) lists a line and spends, 2 records spending without a line, 4 records nothing; 3 is dissolved. */
    private void recordForTheSheet() {
        service.record(NATIONAL, new BudgetDraft(1, 2026, new BigDecimal("30000"), FIRST, true, "党员活动室 60 平方米", 0));
        service.record(ZHEJIANG, new BudgetDraft(2, 2026, null, SECOND, false, "借用会议室", 0));
    }

    private static BigDecimal sum(Map<SpendingCategory, BigDecimal> spending) {
        return spending.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    public void theSheetHasEveryActiveSocietyWithItsSpendingPerCategoryTheTotalsAndWhoseLineIsMissing() {
        recordForTheSheet();

        BudgetSheet sheet = service.sheet(VIEWER, 2026, null);

        assertEquals(List.of(1L, 2L, 4L), sheet.rows().stream().map(BudgetSheetRow::societyId).toList());
        BudgetSheetRow first = sheet.rows().get(0);
        assertEquals(ReportDatabase.uscc(1), first.uscc());
        assertEquals(0, new BigDecimal("30000").compareTo(first.budgetLine()));
        assertEquals(0, sum(FIRST).compareTo(first.spent()));
        assertEquals(0, FIRST.get(SpendingCategory.ALLOWANCES).compareTo(first.spending().get(SpendingCategory.ALLOWANCES)));
        assertEquals(0, BigDecimal.ZERO.compareTo(first.spending().get(SpendingCategory.EDUCATION)));
        assertTrue(first.activityRoom());
        assertEquals(List.of(false, true, true), sheet.rows().stream().map(BudgetSheetRow::missingLine).toList());
        assertEquals(List.of(true, true, false), sheet.rows().stream().map(BudgetSheetRow::recorded).toList());
        BudgetSheetRow nothing = sheet.rows().get(2);
        assertEquals(null, nothing.spent());
        assertTrue(nothing.spending().isEmpty());
        // the totals are the rows' sums
        assertEquals(0, new BigDecimal("30000").compareTo(sheet.budgetLines()));
        assertEquals(0, sum(FIRST).add(sum(SECOND)).compareTo(sheet.spent()));
        assertEquals(0, FIRST.get(SpendingCategory.ACTIVITIES).add(SECOND.get(SpendingCategory.ACTIVITIES))
                .compareTo(sheet.spending().get(SpendingCategory.ACTIVITIES)));
        assertEquals(2, sheet.missingLines());
        // another year: nobody lists a line
        assertEquals(3, service.sheet(VIEWER, 2025, null).missingLines());
    }

    @Test
    public void theSheetHoldsOnlyTheReadersScope() {
        recordForTheSheet();

        assertEquals(List.of(2L, 4L), service.sheet(ZHEJIANG, 2026, null).rows().stream().map(BudgetSheetRow::societyId).toList());
        BudgetSheet own = service.sheet(SECRETARY, 2026, null);
        assertEquals(List.of(4L), own.rows().stream().map(BudgetSheetRow::societyId).toList());
        assertEquals(0, BigDecimal.ZERO.compareTo(own.spent()));
        assertEquals(List.of(2L), service.sheet(ZHEJIANG, 2026, 2L).rows().stream().map(BudgetSheetRow::societyId).toList());
        try {
            service.sheet(ZHEJIANG, 2026, 1L);
            fail("a local administrator read a national society's budget line");
        } catch (NotFoundException expected) {
            // outside the scope it does not exist
        }
        try {
            service.exportSheet(SECRETARY, 2026, 2L, false, new ByteArrayOutputStream());
            fail("a secretary exported another society's budget");
        } catch (NotFoundException expected) {
            // the same rule for the file
        }
    }

    @Test
    public void theSheetAsCsvHasChineseHeadersOneLinePerSocietyAndATotalsLine() {
        recordForTheSheet();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        service.exportSheet(ZHEJIANG, 2026, null, false, out);

        List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("\uFEFF编号,统一社会信用代码,学会名称,级别,行政区划代码,年度,党建工作经费预算（元）,组织活动（元）,教育培训（元）,阵地建设（元）,"
                + "党务工作者补贴（元）,其他（元）,支出合计（元）,党员活动室,阵地设施,已填报,未列党建工作经费", lines.get(0));
        assertEquals("2," + ReportDatabase.uscc(2) + ",Society 2,省级,330000,2026,,800.25,0.00,0.00,0.00,99.75,"
                + sum(SECOND).setScale(2).toPlainString() + ",否,借用会议室,是,是", lines.get(1));
        assertEquals("4," + ReportDatabase.uscc(4) + ",Society 4,省级,330100,2026,,,,,,,,,,否,是", lines.get(2));
        assertEquals(",,合计（2 个学会）,,,2026,0.00,800.25,0.00,0.00,0.00,99.75," + sum(SECOND).setScale(2).toPlainString()
                + ",,,,2 个学会未列", lines.get(3));
        assertEquals(4, lines.size());
    }

    @Test
    public void theSheetAsAWorkbookHasAmountsAsNumbersAndAFrozenHeader() throws Exception {
        recordForTheSheet();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        service.exportSheet(NATIONAL, 2026, null, true, out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("党建工作经费2026");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            Row header = sheet.getRow(0);
            assertEquals("党务工作者补贴（元）", header.getCell(10).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals(CellType.STRING, first.getCell(1).getCellType());
            assertEquals(ReportDatabase.uscc(1), first.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(6).getCellType());
            assertEquals(30000, first.getCell(6).getNumericCellValue(), 0);
            assertEquals(sum(FIRST).doubleValue(), first.getCell(12).getNumericCellValue(), 0.001);
            Row totals = sheet.getRow(4);
            assertEquals("合计（3 个学会）", totals.getCell(2).getStringCellValue());
            assertEquals(sum(FIRST).add(sum(SECOND)).doubleValue(), totals.getCell(12).getNumericCellValue(), 0.001);
            assertTrue(sheet.getColumnWidth(14) / 256 >= org.castpb.api.sheets.SheetFiles.displayWidth("党员活动室 60 平方米"));
        }
    }
}
