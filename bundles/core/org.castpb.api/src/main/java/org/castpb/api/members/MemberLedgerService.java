package org.castpb.api.members;

import org.castpb.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The ledger agrees with the registry: compares a society's ledger party-member section with the members on the rolls
 * of the party organisations covering it now (formal and probationary members who belong there, those who belong
 * there, and those who only participate there because their relationship stays elsewhere), and fills the section from
 * the registry in one action. Scoped like the ledger: read for any castpb role in scope, fill for those who may write
 * the ledger.
 */
@ProviderType
public interface MemberLedgerService {

    /** The ledger's figures against the registry's. */
    LedgerReconciliation reconcile(Actor actor, long societyId);

    /**
     * Writes a ledger revision whose party-member section is the registry's counts (the rest unchanged) if the ledger
     * is still at {@code expectedRevision}; returns the reconciliation afterwards (every figure agrees).
     */
    LedgerReconciliation fillLedger(Actor actor, long societyId, int expectedRevision);
}
