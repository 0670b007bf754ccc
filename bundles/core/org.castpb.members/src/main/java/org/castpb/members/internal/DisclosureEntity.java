package org.castpb.members.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import org.castpb.api.members.Disclosure;

/** One read of a member's personal data in full. */
@Entity
@Table(name = "MEMBER_DISCLOSURE")
public class DisclosureEntity {

    @Id
    @TableGenerator(name = "member_disclosure_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "MEMBER_DISCLOSURE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "member_disclosure_seq")
    @Column(name = "ID")
    private long id;
    @Column(name = "READ_AT", nullable = false)
    private Instant readAt;
    @Column(name = "ACTOR", nullable = false)
    private String actor;
    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;
    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;
    @Column(name = "DOOR", nullable = false)
    private String door;

    protected DisclosureEntity() {
    }

    DisclosureEntity(Instant readAt, String actor, long memberId, long organisationId, String door) {
        this.readAt = readAt;
        this.actor = actor;
        this.memberId = memberId;
        this.organisationId = organisationId;
        this.door = door;
    }

    Disclosure toDto() {
        return new Disclosure(readAt, actor, memberId, organisationId, door);
    }
}
