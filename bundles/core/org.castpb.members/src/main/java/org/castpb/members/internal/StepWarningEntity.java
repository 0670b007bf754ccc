package org.castpb.members.internal;

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

/** A warning a step raised, and its acceptance by an approver once given. */
@Entity
@Table(name = "PIPELINE_WARNING")
public class StepWarningEntity {

    @Id
    @TableGenerator(name = "pipeline_warning_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PIPELINE_WARNING", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pipeline_warning_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "STEP_ID", nullable = false)
    long stepId;
    @Column(name = "CODE", nullable = false)
    String code;
    @Column(name = "MESSAGE", nullable = false)
    String message;
    @Column(name = "RULE_SET_VERSION", nullable = false)
    String ruleSetVersion;
    @Column(name = "JUSTIFICATION")
    String justification;
    @Column(name = "ACCEPTED_BY")
    String acceptedBy;
    @Column(name = "ACCEPTED_AT")
    Instant acceptedAt;

    protected StepWarningEntity() {
    }

    StepWarningEntity(long stepId, RuleWarning w) {
        this.stepId = stepId;
        this.code = w.code();
        this.message = w.message();
        this.ruleSetVersion = w.ruleSetVersion();
    }

    void accept(String why, String by, Instant at) {
        this.justification = why;
        this.acceptedBy = by;
        this.acceptedAt = at;
    }

    boolean accepted() {
        return acceptedBy != null;
    }

    RuleWarning toDto() {
        return new RuleWarning(code, message, ruleSetVersion);
    }

    WarningAcceptance acceptance() {
        return accepted() ? new WarningAcceptance(code, justification, acceptedBy, acceptedAt) : null;
    }
}
