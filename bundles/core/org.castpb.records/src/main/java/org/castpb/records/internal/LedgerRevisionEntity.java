package org.castpb.records.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import org.castpb.api.InspectionResult;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerDraft;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.RunningState;
import org.castpb.api.SectionStatus;

/**
 * One revision of a ledger. Revisions are only ever added; the newest is flagged current so that
 * "who is not clear" is one indexed join, with the clear flag stored beside the content.
 */
@Entity
@Table(name = "LEDGER_REVISION")
public class LedgerRevisionEntity {

    @Id
    @TableGenerator(name = "ledger_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "LEDGER_REVISION", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ledger_seq")
    @Column(name = "ID")
    private long id;

    @Column(name = "SOCIETY_ID", nullable = false)
    private long societyId;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    /** 1 for the society's newest revision, else 0 (numbers, so that JPQL compares them alike on every database). */
    @Column(name = "IS_CURRENT", nullable = false)
    private int current;

    /** 1 when all five sections are complete, else 0. */
    @Column(name = "IS_CLEAR", nullable = false)
    private int clear;

    @Column(name = "UNCLEAR_SECTIONS")
    private String unclearSections;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    @Column(name = "RECORDED_BY", nullable = false)
    private String recordedBy;

    @Column(name = "NOTE")
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "RUNNING_STATE")
    private RunningState runningState;

    @Enumerated(EnumType.STRING)
    @Column(name = "INSPECTION_RESULT")
    private InspectionResult inspectionResult;

    @Column(name = "INSPECTION_YEAR")
    private Integer inspectionYear;

    @Column(name = "ACTIVITIES_IN_YEAR")
    private Integer activitiesInYear;

    @Column(name = "FULL_TIME_STAFF")
    private Integer fullTimeStaff;

    @Column(name = "STAFF_PARTY_MEMBERS")
    private Integer staffPartyMembers;

    @Column(name = "FORMAL_MEMBERS")
    private Integer formalMembers;

    @Column(name = "PROBATIONARY_MEMBERS")
    private Integer probationaryMembers;

    @Column(name = "RELATIONSHIPS_HERE")
    private Integer relationshipsHere;

    @Column(name = "RELATIONSHIPS_ELSEWHERE")
    private Integer relationshipsElsewhere;

    @Column(name = "ORGANISATION_ESTABLISHED")
    private Boolean organisationEstablished;

    @Enumerated(EnumType.STRING)
    @Column(name = "NO_ORGANISATION_REASON")
    private NoOrganisationReason noOrganisationReason;

    @Column(name = "NO_ORGANISATION_TEXT")
    private String noOrganisationText;

    // in position order when read on their own; a query that joins them in (the export's) gives them in any order,
    // so content() sorts them by position
    @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<LeaderEntity> leaders = new ArrayList<>();

    protected LedgerRevisionEntity() {
    }

    LedgerRevisionEntity(long societyId, int revision, LedgerDraft d, String actor, Instant now) {
        this.societyId = societyId;
        this.revision = revision;
        this.current = 1;
        this.recordedAt = now;
        this.recordedBy = actor;
        this.note = d.note();
        this.runningState = d.runningState();
        this.inspectionResult = d.lastInspectionResult();
        this.inspectionYear = d.lastInspectionYear();
        this.activitiesInYear = d.activitiesInYear();
        this.fullTimeStaff = d.fullTimeStaff();
        this.staffPartyMembers = d.staffPartyMembers();
        this.formalMembers = d.formalMembers();
        this.probationaryMembers = d.probationaryMembers();
        this.relationshipsHere = d.relationshipsHere();
        this.relationshipsElsewhere = d.relationshipsElsewhere();
        this.organisationEstablished = d.partyOrganisationEstablished();
        this.noOrganisationReason = d.noOrganisationReason();
        this.noOrganisationText = d.noOrganisationText();
        for (int i = 0; i < d.leaders().size(); i++) {
            leaders.add(new LeaderEntity(this, i, d.leaders().get(i)));
        }
        List<SectionStatus> sections = LedgerRules.status(d);
        this.clear = LedgerRules.clear(sections) ? 1 : 0;
        this.unclearSections = clear == 1 ? null : sections.stream().filter(s -> !s.clear()).map(s -> s.section().name())
                .collect(Collectors.joining(","));
    }

    LedgerDraft content() {
        return new LedgerDraft(runningState, inspectionResult, inspectionYear, activitiesInYear, fullTimeStaff, staffPartyMembers,
                formalMembers, probationaryMembers, relationshipsHere, relationshipsElsewhere,
                leaders.stream().sorted(java.util.Comparator.comparingInt(LeaderEntity::getPosition)).map(LeaderEntity::toDto).toList(), organisationEstablished, noOrganisationReason,
                noOrganisationText, note);
    }

    Ledger toDto() {
        LedgerDraft content = content();
        List<SectionStatus> sections = LedgerRules.status(content);
        return new Ledger(societyId, revision, recordedAt, recordedBy, content, LedgerRules.clear(sections), sections);
    }

    long getSocietyId() {
        return societyId;
    }

    int getRevision() {
        return revision;
    }

    boolean isClear() {
        return clear == 1;
    }

    String getNote() {
        return note;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    void supersede() {
        current = 0;
    }
}
