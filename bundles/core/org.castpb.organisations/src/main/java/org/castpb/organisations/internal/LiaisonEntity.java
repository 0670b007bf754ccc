package org.castpb.organisations.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.LiaisonDraft;
import org.castpb.api.organisation.LiaisonKind;

/** A liaison officer or instructor dispatched to a society for a period. */
@Entity
@Table(name = "PORG_LIAISON")
public class LiaisonEntity {

    @Id
    @TableGenerator(name = "porg_liaison_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PORG_LIAISON", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "porg_liaison_seq")
    @Column(name = "ID")
    private long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "LIAISON_KIND", nullable = false)
    private LiaisonKind kind;

    @Column(name = "PERSON_NAME", nullable = false)
    private String name;

    @Column(name = "SOCIETY_ID", nullable = false)
    private long societyId;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate fromDate;

    @Column(name = "TO_DATE")
    private LocalDate toDate;

    @Column(name = "DISPATCHED_BY")
    private String dispatchedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", nullable = false)
    private String updatedBy;

    protected LiaisonEntity() {
    }

    LiaisonEntity(LiaisonDraft valid, String actor, Instant now) {
        apply(valid, actor, now);
    }

    void apply(LiaisonDraft d, String actor, Instant now) {
        kind = d.kind();
        name = d.name();
        societyId = d.societyId();
        fromDate = d.fromDate();
        toDate = d.toDate();
        dispatchedBy = d.dispatchedBy();
        updatedAt = now;
        updatedBy = actor;
    }

    LiaisonAssignment toDto() {
        return new LiaisonAssignment(id, kind, name, societyId, fromDate, toDate, dispatchedBy, version);
    }

    long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }
}
