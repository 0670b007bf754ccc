package org.castpb.api.organisation;

/** Where an organisation's secretary comes from (2016 opinions, art. 6). */
public enum SecretarySource {
    /** The society's principal leader who is a party member: the normal case. */
    PRINCIPAL_LEADER,
    /** Dispatched by a higher party organisation. */
    DISPATCHED,
    /** Neither: the rule check flags it. */
    OTHER
}
