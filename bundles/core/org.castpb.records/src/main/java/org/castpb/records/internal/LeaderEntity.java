package org.castpb.records.internal;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;

/**
 * One leader named in a ledger revision. An entity of its own (not an element collection) because
 * EclipseLink writes element collections row by row right after their owner, which breaks JDBC
 * batching; as an entity its rows are written in one batch after all revisions of a flush.
 */
@Entity
@Table(name = "LEDGER_LEADER")
@IdClass(LeaderEntity.Key.class)
public class LeaderEntity {

    /** Primary key: the revision and the leader's position in it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long revision;
        public int position;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.revision == revision && k.position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(revision, position);
        }
    }

    @Id
    @ManyToOne
    @JoinColumn(name = "REVISION_ID", nullable = false)
    private LedgerRevisionEntity revision;

    @Id
    @Column(name = "LEADER_POSITION", nullable = false)
    private int position;

    @Column(name = "LEADER_NAME", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "LEADER_ROLE", nullable = false)
    private LeaderRole role;

    @Column(name = "PRINCIPAL", nullable = false)
    private boolean principal;

    @Column(name = "PARTY_MEMBER", nullable = false)
    private boolean partyMember;

    protected LeaderEntity() {
    }

    LeaderEntity(LedgerRevisionEntity revision, int position, Leader leader) {
        this.revision = revision;
        this.position = position;
        this.name = leader.name();
        this.role = leader.role();
        this.principal = leader.principal();
        this.partyMember = leader.partyMember();
    }

    int getPosition() {
        return position;
    }

    Leader toDto() {
        return new Leader(name, role, principal, partyMember);
    }
}
