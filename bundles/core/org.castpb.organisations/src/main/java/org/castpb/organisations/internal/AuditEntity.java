package org.castpb.organisations.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/**
 * Who changed which record of this context when, with its state before and after; written in the change's
 * transaction. Organisations keep their own, richer history ({@link OrganisationHistoryEntity}).
 */
@Entity
@Table(name = "PORG_AUDIT")
public class AuditEntity {

    private static final int STATE_MAX = 4000;

    @Id
    @TableGenerator(name = "porg_audit_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PORG_AUDIT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "porg_audit_seq")
    @Column(name = "ID")
    private long id;

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    @Column(name = "ACTOR", nullable = false)
    private String actor;

    @Column(name = "ENTITY_TYPE", nullable = false)
    private String entityType;

    @Column(name = "ENTITY_ID", nullable = false)
    private long entityId;

    @Column(name = "CHANGE_KIND", nullable = false)
    private String changeKind;

    @Column(name = "BEFORE_STATE")
    private String beforeState;

    @Column(name = "AFTER_STATE")
    private String afterState;

    protected AuditEntity() {
    }

    AuditEntity(Instant changedAt, String actor, String entityType, long entityId, String changeKind, Object before, Object after) {
        this.changedAt = changedAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.changeKind = changeKind;
        this.beforeState = clip(before);
        this.afterState = clip(after);
    }

    private static String clip(Object state) {
        if (state == null) {
            return null;
        }
        String s = state.toString();
        return s.length() <= STATE_MAX ? s : s.substring(0, STATE_MAX);
    }
}
