package org.castpb.records.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** Who changed which record when, with its state before and after. Written in the change's transaction. */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntryEntity {

    private static final int STATE_MAX = 4000;

    @Id
    @TableGenerator(name = "audit_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "AUDIT_ENTRY", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_seq")
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

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(Instant changedAt, String actor, String entityType, long entityId, String changeKind,
                     Object before, Object after) {
        this.changedAt = changedAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.changeKind = changeKind;
        this.beforeState = clip(before);
        this.afterState = clip(after);
    }

    org.castpb.api.AuditEntry toDto() {
        return new org.castpb.api.AuditEntry(changedAt, actor, changeKind, beforeState, afterState);
    }

    private static String clip(Object state) {
        if (state == null) {
            return null;
        }
        String s = state.toString();
        return s.length() <= STATE_MAX ? s : s.substring(0, STATE_MAX);
    }
}
