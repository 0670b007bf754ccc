package org.castpb.api;

import java.util.List;

/** What changed in a ledger between two revisions. */
public record LedgerComparison(long societyId, int fromRevision, int toRevision, List<FieldChange> changes) {
    public LedgerComparison {
        changes = List.copyOf(changes);
    }
}
