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

/** One change of a member: who, when, what kind, and what changed, with the citizen ID and phone masked. */
@Entity
@Table(name = "MEMBER_HISTORY")
public class MemberHistoryEntity {

    private static final int STATE_MAX = 4000;

    @Id
    @TableGenerator(name = "member_history_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "MEMBER_HISTORY", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "member_history_seq")
    @Column(name = "ID")
    private long id;
    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;
    @Column(name = "REVISION", nullable = false)
    private long revision;
    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;
    @Column(name = "CHANGED_BY", nullable = false)
    private String changedBy;
    @Column(name = "CHANGE_KIND", nullable = false)
    private String changeKind;
    @Column(name = "BEFORE_STATE")
    private String beforeState;
    @Column(name = "AFTER_STATE")
    private String afterState;

    protected MemberHistoryEntity() {
    }

    MemberHistoryEntity(MemberEntity after, String changeKind, String before, String afterText) {
        this(after, after.getVersion(), changeKind, before, afterText);
    }

    /** An entry of the given revision, for a member whose version is not written yet. */
    MemberHistoryEntity(MemberEntity after, long revision, String changeKind, String before, String afterText) {
        this.memberId = after.getId();
        this.revision = revision;
        this.changedAt = after.getUpdatedAt();
        this.changedBy = after.getUpdatedBy();
        this.changeKind = changeKind;
        this.beforeState = clip(before);
        this.afterState = clip(afterText);
    }

    AuditEntry toAuditEntry() {
        return new AuditEntry(changedAt, changedBy, changeKind, beforeState, afterState);
    }

    private static String clip(String s) {
        return s == null || s.length() <= STATE_MAX ? s : s.substring(0, STATE_MAX);
    }
}
