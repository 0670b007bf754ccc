package org.castpb.organisations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.RequestState;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;

/** An establishment request: the organisation asked for and where the request stands. */
@Entity
@Table(name = "PORG_REQUEST")
public class RequestEntity {

    @Id
    @TableGenerator(name = "porg_request_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PORG_REQUEST", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "porg_request_seq")
    @Column(name = "ID")
    private long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "REQUEST_STATE", nullable = false)
    private RequestState state;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "ORG_TYPE", nullable = false)
    private OrganisationType type;

    @Column(name = "PARENT_ID")
    private Long parentId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PORG_REQUEST_SOCIETY", joinColumns = @JoinColumn(name = "REQUEST_ID"))
    @OrderColumn(name = "SOCIETY_POSITION")
    @Column(name = "SOCIETY_ID")
    private List<Long> societyIds = new ArrayList<>();

    @Column(name = "SECRETARY_NAME", nullable = false)
    private String secretaryName;

    @Enumerated(EnumType.STRING)
    @Column(name = "SECRETARY_SOURCE", nullable = false)
    private SecretarySource secretarySource;

    @Column(name = "FORMAL_MEMBERS", nullable = false)
    private int formalMembers;

    @Column(name = "PROBATIONARY_MEMBERS", nullable = false)
    private int probationaryMembers;

    @Column(name = "COMMITTEE_SIZE")
    private Integer committeeSize;

    @Column(name = "ESTABLISHED_ON", nullable = false)
    private LocalDate establishedOn;

    @Column(name = "TERM_STARTS_ON")
    private LocalDate termStartsOn;

    @Column(name = "TERM_ENDS_ON")
    private LocalDate termEndsOn;

    @Column(name = "NOTE")
    private String note;

    @Column(name = "ORGANISATION_ID")
    private Long organisationId;

    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;

    /** Set by every step, so that every step increments the version. */
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", nullable = false)
    private String updatedBy;

    protected RequestEntity() {
    }

    RequestEntity(PartyOrganisationDraft valid, String actor, Instant now) {
        this.state = RequestState.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
        touch(actor, now);
        apply(valid);
    }

    void apply(PartyOrganisationDraft d) {
        name = d.name();
        type = d.type();
        parentId = d.parentId();
        societyIds.clear();
        societyIds.addAll(d.societyIds());
        secretaryName = d.secretary().name();
        secretarySource = d.secretary().source();
        formalMembers = d.formalMembers();
        probationaryMembers = d.probationaryMembers();
        committeeSize = d.committeeSize();
        establishedOn = d.establishedOn();
        termStartsOn = d.termStartsOn();
        termEndsOn = d.termEndsOn();
        note = d.note();
    }

    PartyOrganisationDraft toDraft() {
        return new PartyOrganisationDraft(name, type, parentId, List.copyOf(societyIds), new Secretary(secretaryName, secretarySource),
                formalMembers, probationaryMembers, committeeSize, establishedOn, termStartsOn, termEndsOn, note);
    }

    void touch(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    RequestState getState() {
        return state;
    }

    void setState(RequestState state) {
        this.state = state;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }
}
