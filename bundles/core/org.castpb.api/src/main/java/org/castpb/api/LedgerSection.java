package org.castpb.api;

/** The five sections of a society's ledger: each must be complete for the "five clears" (五个清). */
public enum LedgerSection {
    OPERATIONS,
    STAFF,
    PARTY_MEMBERS,
    LEADERS,
    NO_ORGANISATION_REASON
}
