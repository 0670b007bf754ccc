package org.castpb.members.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import org.castpb.api.pipeline.DevelopmentPlan;
import org.castpb.api.pipeline.DevelopmentPlanDraft;

/** An organisation's development plan for a year. */
@Entity
@Table(name = "PIPELINE_PLAN")
public class PlanEntity {

    @Id
    @TableGenerator(name = "pipeline_plan_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PIPELINE_PLAN", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pipeline_plan_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "ORGANISATION_ID", nullable = false)
    long organisationId;
    @Column(name = "PLAN_YEAR", nullable = false)
    int year;
    @Column(name = "TARGET_TOTAL", nullable = false)
    int targetTotal;
    @Column(name = "TARGET_LEADERS", nullable = false)
    int targetLeaders;
    @Column(name = "TARGET_KEY_PROFESSIONALS", nullable = false)
    int targetKeyProfessionals;
    @Column(name = "NOTE")
    String note;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
    @Column(name = "UPDATED_BY", nullable = false)
    String updatedBy;

    protected PlanEntity() {
    }

    PlanEntity(long organisationId, int year) {
        this.organisationId = organisationId;
        this.year = year;
    }

    void apply(DevelopmentPlanDraft d, String note, String actor, Instant at) {
        this.targetTotal = d.targetTotal();
        this.targetLeaders = d.targetLeaders();
        this.targetKeyProfessionals = d.targetKeyProfessionals();
        this.note = note;
        this.updatedAt = at;
        this.updatedBy = actor;
    }

    String state() {
        return "organisation=" + organisationId + ", year=" + year + ", total=" + targetTotal + ", leaders=" + targetLeaders
                + ", keyProfessionals=" + targetKeyProfessionals + (note == null ? "" : ", note=" + note);
    }

    DevelopmentPlan toDto() {
        return new DevelopmentPlan(id, organisationId, year, targetTotal, targetLeaders, targetKeyProfessionals, note, version, updatedAt,
                updatedBy);
    }
}
