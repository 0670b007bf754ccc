package org.castpb.members.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.castpb.api.LeaderRole;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.Masks;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.SocietyPosition;
import org.castpb.api.pipeline.Candidate;
import org.castpb.api.pipeline.PipelineRuleSet;
import org.castpb.api.pipeline.PipelineStage;
import org.castpb.api.pipeline.PipelineStep;
import org.castpb.api.pipeline.StepKind;

/** A person in a party organisation's development pipeline, with the days of the steps taken. */
@Entity
@Table(name = "PIPELINE_CANDIDATE")
public class CandidateEntity {

    @Id
    @TableGenerator(name = "pipeline_candidate_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PIPELINE_CANDIDATE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pipeline_candidate_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "ORGANISATION_ID", nullable = false)
    long organisationId;
    @Column(name = "NAME", nullable = false)
    String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "GENDER", nullable = false)
    Gender gender;
    @Column(name = "ETHNICITY", nullable = false)
    String ethnicity;
    @Column(name = "BIRTH_DATE", nullable = false)
    LocalDate birthDate;
    @Column(name = "CITIZEN_ID", nullable = false)
    String citizenId;
    @Enumerated(EnumType.STRING)
    @Column(name = "EDUCATION", nullable = false)
    Education education;
    @Enumerated(EnumType.STRING)
    @Column(name = "SOCIETY_POSITION", nullable = false)
    SocietyPosition position;
    @Enumerated(EnumType.STRING)
    @Column(name = "LEADER_ROLE")
    LeaderRole leaderRole;
    @Column(name = "PHONE")
    String phone;
    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false)
    PipelineStage stage;
    @Column(name = "STAGE_SINCE", nullable = false)
    LocalDate stageSince;
    @Column(name = "APPLIED_ON", nullable = false)
    LocalDate appliedOn;
    @Column(name = "ACTIVIST_ON")
    LocalDate activistOn;
    @Column(name = "CANDIDATE_ON")
    LocalDate candidateOn;
    @Column(name = "PROBATIONARY_ON")
    LocalDate probationaryOn;
    @Column(name = "EXTENSION_MONTHS", nullable = false)
    int extensionMonths;
    @Column(name = "EXTENSIONS", nullable = false)
    int extensions;
    @Column(name = "FORMAL_ON")
    LocalDate formalOn;
    @Column(name = "MEMBER_ID")
    Long memberId;
    /** The step waiting for an approver, if any. */
    @Column(name = "PENDING_STEP_ID")
    Long pendingStepId;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
    @Column(name = "UPDATED_BY", nullable = false)
    String updatedBy;

    protected CandidateEntity() {
    }

    /** An applicant from a validated registry draft (its joinedOn is the day of the application). */
    CandidateEntity(MemberDraft d, String actor, Instant at) {
        this.organisationId = d.organisationId();
        this.name = d.name();
        this.gender = d.gender();
        this.ethnicity = d.ethnicity();
        this.birthDate = d.birthDate();
        this.citizenId = d.citizenId();
        this.education = d.education();
        this.position = d.position();
        this.leaderRole = d.leaderRole();
        this.phone = d.phone();
        this.appliedOn = d.joinedOn();
        this.stage = PipelineStage.APPLICANT;
        this.stageSince = d.joinedOn();
        touched(actor, at);
    }

    /** The registry's draft of this person as a probationary member from {@code on}. */
    MemberDraft memberDraft(LocalDate on) {
        return new MemberDraft(organisationId, name, gender, ethnicity, birthDate, citizenId, education, position, leaderRole, on,
                MembershipKind.PROBATIONARY, phone, Affiliation.BELONGS, null);
    }

    PipelineRules.Progress progress() {
        LocalDate last = stageSince;
        return new PipelineRules.Progress(stage, birthDate, last, activistOn, probationaryOn, extensionMonths, extensions);
    }

    /** Records a step taken: the stage it leads to and its day. */
    void advance(StepKind kind, LocalDate on, Integer months, String actor, Instant at) {
        switch (kind) {
            case DESIGNATE_ACTIVIST -> activistOn = on;
            case ADMIT_CANDIDATE -> candidateOn = on;
            case ADMIT_PROBATIONARY -> probationaryOn = on;
            case EXTEND_PROBATION -> {
                extensionMonths += months;
                extensions++;
            }
            case CONFIRM_FORMAL -> formalOn = on;
            default -> {
            }
        }
        stage = kind.leadsTo();
        stageSince = on;
        pendingStepId = null;
        touched(actor, at);
    }

    void touched(String actor, Instant at) {
        this.updatedAt = at;
        this.updatedBy = actor;
    }

    /** A short state for the audit trail; no personal data beyond the name. */
    String state() {
        return "organisation=" + organisationId + ", name=" + name + ", stage=" + stage + " since " + stageSince
                + (memberId == null ? "" : ", member=" + memberId) + (pendingStepId == null ? "" : ", awaiting approval");
    }

    Candidate toDto(List<PipelineStep> steps, PipelineRuleSet rules) {
        return new Candidate(id, organisationId, name, gender, ethnicity, birthDate, Masks.citizenId(citizenId), education, position, leaderRole,
                Masks.phone(phone), stage, stageSince, appliedOn, activistOn, candidateOn, probationaryOn,
                stage == PipelineStage.PROBATIONARY ? progress().probationEndsOn(rules) : null, formalOn, memberId, pendingStepId != null,
                steps, version, updatedAt, updatedBy);
    }
}
