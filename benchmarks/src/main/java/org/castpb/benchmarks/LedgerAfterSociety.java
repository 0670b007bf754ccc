package org.castpb.benchmarks;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Workaround, applied only when the shipped persistence unit cannot import (see
 * {@link ImportBenchmark}): LedgerRevisionEntity holds its society as a plain SOCIETY_ID column,
 * not a relationship, so EclipseLink sees no dependency between the two entities and its commit
 * order inserts all LEDGER_REVISION rows of a flush before the SOCIETY rows they reference
 * (commit order AuditEntry, Leader, LedgerRevision, Society). Derby then refuses the first ledger
 * with FK_LEDGER_SOCIETY. Declaring the constraint dependency puts SOCIETY first; it changes no
 * SQL and no batching, only the order of the statement groups in a flush.
 */
public final class LedgerAfterSociety implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        ClassLoader loader = LedgerAfterSociety.class.getClassLoader();
        session.getDescriptor(loader.loadClass("org.castpb.records.internal.LedgerRevisionEntity"))
                .addConstraintDependency(loader.loadClass("org.castpb.records.internal.SocietyEntity"));
    }
}
