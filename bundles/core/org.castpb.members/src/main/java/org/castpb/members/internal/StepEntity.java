package org.castpb.members.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import org.castpb.api.organisation.RuleWarning;
import org.castpb.api.organisation.WarningAcceptance;
import org.castpb.api.pipeline.PipelineStep;
import org.castpb.api.pipeline.StepDraft;
import org.castpb.api.pipeline.StepKind;

/** One step of a candidate with its evidence: taken ({@code done}) or waiting for an approver. */
@Entity
@Table(name = "PIPELINE_STEP")
public class StepEntity {

    @Id
    @TableGenerator(name = "pipeline_step_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PIPELINE_STEP", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pipeline_step_seq")
    @Column(name = "ID")
    long id;
    @Column(name = "CANDIDATE_ID", nullable = false)
    long candidateId;
    @Enumerated(EnumType.STRING)
    @Column(name = "STEP_KIND", nullable = false)
    StepKind kind;
    @Column(name = "STEP_ON", nullable = false)
    LocalDate on;
    @Column(name = "POLITICAL_REVIEW_ON")
    LocalDate politicalReviewOn;
    @Column(name = "TRAINING_HOURS")
    Integer trainingHours;
    /** The two sponsors' member ids, comma separated. */
    @Column(name = "SPONSOR_IDS")
    String sponsorIds;
    @Column(name = "VOTES_FOR")
    Integer votesFor;
    @Column(name = "VOTES_AGAINST")
    Integer votesAgainst;
    @Column(name = "EXTENSION_MONTHS")
    Integer extensionMonths;
    @Column(name = "NOTE")
    String note;
    @Column(name = "RULE_SET_VERSION", nullable = false)
    String ruleSetVersion;
    /** 1 when taken, 0 while it waits for an approver (EclipseLink compares booleans as 1/0 on Derby). */
    @Column(name = "DONE", nullable = false)
    short done;
    @Column(name = "ASKED_BY", nullable = false)
    String askedBy;
    @Column(name = "ASKED_AT", nullable = false)
    Instant askedAt;

    protected StepEntity() {
    }

    StepEntity(long candidateId, StepDraft s, String note, String ruleSetVersion, String actor, Instant at) {
        this.candidateId = candidateId;
        this.kind = s.kind();
        this.on = s.on();
        this.politicalReviewOn = s.politicalReviewOn();
        this.trainingHours = s.trainingHours();
        this.sponsorIds = s.sponsorIds() == null || s.sponsorIds().isEmpty() ? null
                : s.sponsorIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.votesFor = s.votesFor();
        this.votesAgainst = s.votesAgainst();
        this.extensionMonths = s.extensionMonths();
        this.note = note;
        this.ruleSetVersion = ruleSetVersion;
        this.askedBy = actor;
        this.askedAt = at;
    }

    List<Long> sponsors() {
        return sponsorIds == null ? List.of() : Arrays.stream(sponsorIds.split(",")).map(Long::valueOf).toList();
    }

    StepDraft toDraft() {
        return new StepDraft(kind, on, politicalReviewOn, trainingHours, sponsors(), votesFor, votesAgainst, extensionMonths, note, List.of());
    }

    String describe() {
        return kind + " on " + on + (politicalReviewOn == null ? "" : ", political review " + politicalReviewOn)
                + (trainingHours == null ? "" : ", " + trainingHours + " class hours") + (sponsorIds == null ? "" : ", sponsors " + sponsorIds)
                + (votesFor == null ? "" : ", votes " + votesFor + ":" + votesAgainst)
                + (extensionMonths == null ? "" : ", extended " + extensionMonths + " months") + " (rules " + ruleSetVersion + ")";
    }

    PipelineStep toDto(List<RuleWarning> warnings, List<WarningAcceptance> acceptances) {
        return new PipelineStep(id, kind, on, politicalReviewOn, trainingHours, sponsors(), votesFor, votesAgainst, extensionMonths, note,
                ruleSetVersion, done == 1, warnings, acceptances, askedBy, askedAt);
    }
}
