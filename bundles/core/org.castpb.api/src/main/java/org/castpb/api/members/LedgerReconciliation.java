package org.castpb.api.members;

import java.util.List;

/**
 * The ledger of a society against the registry of the party organisations covering it now: every figure of the
 * party-member section, those that differ (the reconciliation items to resolve), and whether all agree.
 */
public record LedgerReconciliation(long societyId, int ledgerRevision, List<Long> organisationIds, List<ReconciliationItem> items,
                                   List<ReconciliationItem> differences, boolean agrees) {

    public LedgerReconciliation {
        organisationIds = List.copyOf(organisationIds);
        items = List.copyOf(items);
        differences = List.copyOf(differences);
    }

    /** The reconciliation of these figures: the differences and the verdict follow from them. */
    public static LedgerReconciliation of(long societyId, int ledgerRevision, List<Long> organisationIds, List<ReconciliationItem> items) {
        List<ReconciliationItem> differences = items.stream().filter(i -> !i.agrees()).toList();
        return new LedgerReconciliation(societyId, ledgerRevision, organisationIds, items, differences, differences.isEmpty());
    }
}
