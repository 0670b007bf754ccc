package org.castpb.api.members;

/**
 * Single affiliation, multiple participation (一方隶属、参加多重组织生活): a member BELONGS to exactly one organisation,
 * the one holding their organisational relationship, and may PARTICIPATE in others' organisational life.
 */
public enum Affiliation {
    BELONGS,
    /** The relationship stays elsewhere (the ledger's relationshipsElsewhere); the member takes part here. */
    PARTICIPATES
}
