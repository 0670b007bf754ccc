package org.castpb.members.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerDraft;
import org.castpb.api.members.LedgerReconciliation;
import org.junit.Test;

public class RegistryLedgerTest {

    private static Ledger ledger(Integer formal, Integer probationary, Integer here, Integer elsewhere) {
        LedgerDraft d = new LedgerDraft(null, null, null, null, null, null, formal, probationary, here, elsewhere, List.of(), null, null, null, null);
        return new Ledger(7, 3, Instant.EPOCH, "sec", d, false, List.of());
    }

    @Test
    public void everyDifferingFigureIsAReconciliationItem() {
        LedgerReconciliation r = RegistryLedger.compare(ledger(5, 1, 6, 0), new RegistryLedger.Counts(List.of(11L), 4, 1, 4, 1));
        assertFalse(r.agrees());
        assertEquals(List.of("formalMembers", "relationshipsHere", "relationshipsElsewhere"),
                r.differences().stream().map(i -> i.field()).toList());
        assertEquals(3, r.ledgerRevision());
    }

    @Test
    public void aFigureNotFilledInIsADifferenceEvenAgainstZero() {
        LedgerReconciliation r = RegistryLedger.compare(ledger(null, 0, 0, 0), new RegistryLedger.Counts(List.of(), 0, 0, 0, 0));
        assertEquals(List.of("formalMembers"), r.differences().stream().map(i -> i.field()).toList());
    }

    @Test
    public void equalFiguresAgree() {
        assertTrue(RegistryLedger.compare(ledger(4, 1, 4, 1), new RegistryLedger.Counts(List.of(11L), 4, 1, 4, 1)).agrees());
    }
}
