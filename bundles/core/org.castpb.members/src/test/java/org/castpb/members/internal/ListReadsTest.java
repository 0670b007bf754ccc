package org.castpb.members.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import org.castpb.api.members.Transfer;
import org.castpb.api.members.TransferStatus;
import org.junit.Test;

/** How the list reads answer without JPA's bookkeeping: the total a page tells, and a transfer built from its row. */
public class ListReadsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    public void aShortPageTellsTheTotalWithoutACount() {
        assertEquals(Long.valueOf(1), MemberScope.totalFromPage(0, 50, 1));
        assertEquals(Long.valueOf(49), MemberScope.totalFromPage(0, 50, 49));
        assertEquals(Long.valueOf(107), MemberScope.totalFromPage(100, 50, 7));
    }

    @Test
    public void anEmptyFirstPageMeansNoRows() {
        assertEquals(Long.valueOf(0), MemberScope.totalFromPage(0, 50, 0));
    }

    @Test
    public void aFullPageOrAnEmptyPageAfterTheFirstNeedsACount() {
        assertNull(MemberScope.totalFromPage(0, 50, 50));
        assertNull(MemberScope.totalFromPage(200, 50, 50));
        assertNull(MemberScope.totalFromPage(200, 50, 0));
        assertNull(MemberScope.totalFromPage(0, 1, 1));
    }

    private static Object[] row(String status, LocalDate requestedOn, LocalDate confirmedOn, String confirmedBy, String name) {
        return new Object[] {42L, 7L, 3L, null, null, "外单位党委", Date.valueOf(requestedOn), status,
                confirmedOn == null ? null : Date.valueOf(confirmedOn), "note", "sec-a", confirmedBy, 2L, name};
    }

    @Test
    public void aPendingTransferReadAsARowWaitsUntilTodayAndIsOverdueAfterTheConfiguredDays() {
        Object[] r = row("PENDING", TODAY.minusDays(31), null, null, "王小明");
        Transfer t = TransferEntity.of(r).toDto((String) r[TransferEntity.COLUMN_COUNT], TODAY, 30);
        assertEquals(new Transfer(42L, 7L, "王小明", 3L, null, null, "外单位党委", TODAY.minusDays(31), TransferStatus.PENDING, null, 31,
                true, "sec-a", null), t);
        assertFalse(TransferEntity.of(row("PENDING", TODAY.minusDays(30), null, null, "王小明")).toDto("王小明", TODAY, 30).overdue());
    }

    @Test
    public void aConfirmedTransferReadAsARowWaitedUntilItsConfirmationAndIsNeverOverdue() {
        Object[] r = row("CONFIRMED", TODAY.minusDays(90), TODAY.minusDays(20), "sec-b", null);
        Transfer t = TransferEntity.of(r).toDto((String) r[TransferEntity.COLUMN_COUNT], TODAY, 30);
        assertEquals(TransferStatus.CONFIRMED, t.status());
        assertEquals(TODAY.minusDays(20), t.confirmedOn());
        assertEquals(70, t.daysPending());
        assertFalse(t.overdue());
        assertEquals("sec-b", t.confirmedBy());
        assertNull(t.memberName());
        assertTrue(t.toOrganisationId() == null && t.fromOrganisationId() == 3L);
    }
}
