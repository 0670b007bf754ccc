package org.castpb.organisations.internal;

import java.time.LocalDate;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;

/** An organisation's content, the same columns in the organisation and in each of its history rows. */
@Embeddable
public class OrganisationState {

    @Column(name = "NAME", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "ORG_TYPE", nullable = false)
    private OrganisationType type;

    @Column(name = "PARENT_ID")
    private Long parentId;

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

    @Column(name = "TERM_STARTS_ON", nullable = false)
    private LocalDate termStartsOn;

    @Column(name = "TERM_ENDS_ON")
    private LocalDate termEndsOn;

    @Column(name = "NOTE")
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "ORG_STATUS", nullable = false)
    private OrganisationStatus status;

    @Column(name = "DISSOLVED_ON")
    private LocalDate dissolvedOn;

    protected OrganisationState() {
    }

    /** The content of a validated draft, ACTIVE. */
    static OrganisationState of(PartyOrganisationDraft d) {
        OrganisationState s = new OrganisationState();
        s.name = d.name();
        s.type = d.type();
        s.parentId = d.parentId();
        s.secretaryName = d.secretary().name();
        s.secretarySource = d.secretary().source();
        s.formalMembers = d.formalMembers();
        s.probationaryMembers = d.probationaryMembers();
        s.committeeSize = d.committeeSize();
        s.establishedOn = d.establishedOn();
        s.termStartsOn = d.termStartsOn();
        s.termEndsOn = d.termEndsOn();
        s.note = d.note();
        s.status = OrganisationStatus.ACTIVE;
        return s;
    }

    OrganisationState copy() {
        OrganisationState s = of(toDraft(List.of()));
        s.status = status;
        s.dissolvedOn = dissolvedOn;
        return s;
    }

    OrganisationState dissolved(LocalDate on) {
        OrganisationState s = copy();
        s.status = OrganisationStatus.DISSOLVED;
        s.dissolvedOn = on;
        return s;
    }

    PartyOrganisationDraft toDraft(List<Long> societyIds) {
        return new PartyOrganisationDraft(name, type, parentId, societyIds, new Secretary(secretaryName, secretarySource),
                formalMembers, probationaryMembers, committeeSize, establishedOn, termStartsOn, termEndsOn, note);
    }

    OrganisationStatus status() {
        return status;
    }

    LocalDate dissolvedOn() {
        return dissolvedOn;
    }

    LocalDate establishedOn() {
        return establishedOn;
    }

    Long parentId() {
        return parentId;
    }
}
