package org.castpb.records.internal;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;

@Embeddable
public class LeaderEmbeddable {

    @Column(name = "LEADER_NAME", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "LEADER_ROLE", nullable = false)
    private LeaderRole role;

    @Column(name = "PRINCIPAL", nullable = false)
    private boolean principal;

    @Column(name = "PARTY_MEMBER", nullable = false)
    private boolean partyMember;

    protected LeaderEmbeddable() {
    }

    LeaderEmbeddable(Leader leader) {
        name = leader.name();
        role = leader.role();
        principal = leader.principal();
        partyMember = leader.partyMember();
    }

    Leader toDto() {
        return new Leader(name, role, principal, partyMember);
    }
}
