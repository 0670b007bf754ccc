package org.castpb.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.util.List;
import org.castpb.api.InspectionResult;
import org.castpb.api.LedgerDraft;
import org.castpb.api.RunningState;
import org.junit.Test;

public class ImportedInspectionTest {

    private static LedgerDraft ledger(InspectionResult result, Integer year, Integer activities) {
        return new LedgerDraft(RunningState.NORMAL, result, year, activities, null, null, null, null, null, null, List.of(),
                null, null, null, null);
    }

    @Test
    public void anImportWithAnOlderOrNoInspectionYearKeepsTheRecordedInspectionAndTakesEverythingElse() {
        LedgerDraft recorded = ledger(InspectionResult.UNQUALIFIED, 2025, 3);
        LedgerDraft kept = JpaSocietyTransferService.keepRecordedInspection(recorded, ledger(InspectionResult.QUALIFIED, 2023, 7));
        assertEquals(InspectionResult.UNQUALIFIED, kept.lastInspectionResult());
        assertEquals(Integer.valueOf(2025), kept.lastInspectionYear());
        assertEquals(Integer.valueOf(7), kept.activitiesInYear());
        assertEquals(Integer.valueOf(2025), JpaSocietyTransferService.keepRecordedInspection(recorded, ledger(null, null, 7))
                .lastInspectionYear());
    }

    @Test
    public void anImportWithTheSameOrALaterYearSetsTheInspection() {
        LedgerDraft recorded = ledger(InspectionResult.UNQUALIFIED, 2025, 3);
        LedgerDraft later = ledger(InspectionResult.QUALIFIED, 2026, 3);
        assertSame(later, JpaSocietyTransferService.keepRecordedInspection(recorded, later));
        LedgerDraft same = ledger(InspectionResult.QUALIFIED, 2025, 3);
        assertSame(same, JpaSocietyTransferService.keepRecordedInspection(recorded, same));
        LedgerDraft first = ledger(InspectionResult.QUALIFIED, 2020, 1);
        assertSame(first, JpaSocietyTransferService.keepRecordedInspection(null, first));
    }
}
