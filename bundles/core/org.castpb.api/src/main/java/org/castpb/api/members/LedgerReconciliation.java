package org.castpb.api.members;

import java.util.List;

/**
 * The ledger of a society against the registry of the party organisations covering it now: every figure of the
 * party-member section, and whether all agree.
 */
public record LedgerReconciliation(long societyId, int ledgerRevision, List<Long> organisationIds, List<ReconciliationItem> items) {

    public LedgerReconciliation {
        organisationIds = List.copyOf(organisationIds);
        items = List.copyOf(items);
    }

    /** Whether every figure agrees. */
    public boolean agrees() {
        return items.stream().allMatch(ReconciliationItem::agrees);
    }

    /** The figures that differ: the reconciliation items to resolve. */
    public List<ReconciliationItem> differences() {
        return items.stream().filter(i -> !i.agrees()).toList();
    }
}
