package org.castpb.members.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import org.castpb.api.AuditEntry;

/** One audited change of a candidate (CANDIDATE) or a plan (PLAN): who, when, what, before and after. */
@Entity
@Table(name = "PIPELINE_AUDIT")
public class PipelineAuditEntity {

    private static final int STATE_MAX = 4000;

    @Id
    @TableGenerator(name = "pipeline_audit_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PIPELINE_AUDIT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pipeline_audit_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "SUBJECT", nullable = false)
    String subject;
    @Column(name = "SUBJECT_ID", nullable = false)
    long subjectId;
    @Column(name = "CHANGED_AT", nullable = false)
    Instant changedAt;
    @Column(name = "CHANGED_BY", nullable = false)
    String changedBy;
    @Column(name = "CHANGE_KIND", nullable = false)
    String changeKind;
    @Column(name = "BEFORE_STATE")
    String beforeState;
    @Column(name = "AFTER_STATE")
    String afterState;

    protected PipelineAuditEntity() {
    }

    PipelineAuditEntity(String subject, long subjectId, Instant at, String actor, String kind, String before, String after) {
        this.subject = subject;
        this.subjectId = subjectId;
        this.changedAt = at;
        this.changedBy = actor;
        this.changeKind = kind;
        this.beforeState = clip(before);
        this.afterState = clip(after);
    }

    AuditEntry toAuditEntry() {
        return new AuditEntry(changedAt, changedBy, changeKind, beforeState, afterState);
    }

    private static String clip(String s) {
        return s == null || s.length() <= STATE_MAX ? s : s.substring(0, STATE_MAX);
    }
}
