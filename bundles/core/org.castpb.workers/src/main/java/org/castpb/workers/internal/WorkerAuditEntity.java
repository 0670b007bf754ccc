package org.castpb.workers.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import org.castpb.api.AuditEntry;

/** One change in the workers context: who, when, what kind, before and after. */
@Entity
@Table(name = "WORKER_AUDIT")
public class WorkerAuditEntity {

    private static final int STATE_MAX = 4000;

    @Id
    @TableGenerator(name = "worker_audit_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "WORKER_AUDIT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "worker_audit_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "CHANGED_AT", nullable = false)
    Instant at;
    @Column(name = "ACTOR", nullable = false)
    String actor;
    @Column(name = "SOCIETY_ID", nullable = false)
    long societyId;
    @Column(name = "WORKER_ID")
    Long workerId;
    @Column(name = "CHANGE_KIND", nullable = false)
    String change;
    @Column(name = "BEFORE_STATE")
    String before;
    @Column(name = "AFTER_STATE")
    String after;

    protected WorkerAuditEntity() {
    }

    WorkerAuditEntity(Instant at, String actor, long societyId, Long workerId, String change, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.societyId = societyId;
        this.workerId = workerId;
        this.change = change;
        this.before = clip(before);
        this.after = clip(after);
    }

    AuditEntry toAuditEntry() {
        return new AuditEntry(at, actor, change, before, after);
    }

    private static String clip(String s) {
        return s == null || s.length() <= STATE_MAX ? s : s.substring(0, STATE_MAX);
    }
}
