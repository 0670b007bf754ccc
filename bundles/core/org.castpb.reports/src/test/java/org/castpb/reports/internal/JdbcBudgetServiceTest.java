package org.castpb.reports.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
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
import org.castpb.api.budgets.BudgetDraft;
import org.castpb.api.budgets.PartyWorkBudget;
import org.castpb.api.budgets.SpendingCategory;
import org.junit.Before;
import org.junit.Test;

public class JdbcBudgetServiceTest {

    private static final Actor NATIONAL = new Actor("wang", Set.of("national-admin"));
    private static final Actor ZHEJIANG = new Actor("zj", Set.of("local-admin"), Scope.region("33"));
    private static final Actor VIEWER = new Actor("zhao", Set.of("viewer"), Scope.ALL);

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
}
