package org.castpb.organisations.internal;

import java.time.Instant;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationDraft;

/** A party organisation as it stands now; its covered societies are rows of {@link OrganisationSocietyEntity}. */
@Entity
@Table(name = "PORG_ORGANISATION")
public class OrganisationEntity {

    @Id
    @TableGenerator(name = "porg_organisation_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PORG_ORGANISATION", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "porg_organisation_seq")
    @Column(name = "ID")
    private long id;

    @Embedded
    private OrganisationState state;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", nullable = false)
    private String updatedBy;

    protected OrganisationEntity() {
    }

    OrganisationEntity(OrganisationState state, String actor, Instant now) {
        this.state = state;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    void change(OrganisationState next, String actor, Instant now) {
        this.state = next;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    PartyOrganisation toDto(List<Long> societyIds) {
        return Organisations.dto(id, state, societyIds, version, updatedAt, updatedBy);
    }

    PartyOrganisationDraft toDraft(List<Long> societyIds) {
        return state.toDraft(societyIds);
    }

    long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    OrganisationState getState() {
        return state;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
