package org.castpb.organisations.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import org.castpb.api.organisation.RuleWarning;
import org.castpb.api.organisation.WarningAcceptance;

/** A rule warning a request raises, and its acceptance by an approver once given. */
@Entity
@Table(name = "PORG_REQUEST_WARNING")
public class RequestWarningEntity {

    @Id
    @TableGenerator(name = "porg_rw_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PORG_REQUEST_WARNING", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "porg_rw_seq")
    @Column(name = "ID")
    private long id;

    @Column(name = "REQUEST_ID", nullable = false)
    private long requestId;

    @Column(name = "WARNING_CODE", nullable = false)
    private String code;

    @Column(name = "MESSAGE", nullable = false)
    private String message;

    @Column(name = "RULE_SET_VERSION", nullable = false)
    private String ruleSetVersion;

    @Column(name = "JUSTIFICATION")
    private String justification;

    @Column(name = "ACCEPTED_BY")
    private String acceptedBy;

    @Column(name = "ACCEPTED_AT")
    private Instant acceptedAt;

    protected RequestWarningEntity() {
    }

    RequestWarningEntity(long requestId, RuleWarning w) {
        this.requestId = requestId;
        refresh(w);
    }

    /** Takes the newest wording of the same warning; an acceptance stays. */
    void refresh(RuleWarning w) {
        this.code = w.code();
        this.message = w.message().length() <= 1000 ? w.message() : w.message().substring(0, 1000);
        this.ruleSetVersion = w.ruleSetVersion();
    }

    void accept(String justification, String actor, Instant at) {
        this.justification = justification;
        this.acceptedBy = actor;
        this.acceptedAt = at;
    }

    String getCode() {
        return code;
    }

    boolean isAccepted() {
        return acceptedAt != null;
    }

    RuleWarning toDto() {
        return new RuleWarning(code, message, ruleSetVersion);
    }

    WarningAcceptance acceptance() {
        return isAccepted() ? new WarningAcceptance(code, justification, acceptedBy, acceptedAt) : null;
    }
}
