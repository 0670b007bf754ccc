package org.castpb.organisations.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import org.castpb.api.AuditEntry;
import org.castpb.api.organisation.PartyOrganisation;

/**
 * One change of an organisation: who, when, what changed (before and after, as text) and the whole state
 * after it, so that the organisation as of any day is the newest row recorded before that day ended.
 */
@Entity
@Table(name = "PORG_ORGANISATION_HISTORY")
public class OrganisationHistoryEntity {

    private static final int STATE_MAX = 4000;

    @Id
    @TableGenerator(name = "porg_history_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PORG_ORGANISATION_HISTORY", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "porg_history_seq")
    @Column(name = "ID")
    private long id;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;

    /** The organisation's version after the change. */
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

    @Embedded
    private OrganisationState state;

    /** The covered societies after the change, comma-separated. */
    @Column(name = "SOCIETY_IDS", nullable = false)
    private String societyIds;

    protected OrganisationHistoryEntity() {
    }

    OrganisationHistoryEntity(OrganisationEntity after, List<Long> societies, String changeKind, String before, String afterText) {
        this.organisationId = after.getId();
        this.revision = after.getVersion();
        this.changedAt = after.getUpdatedAt();
        this.changedBy = after.getUpdatedBy();
        this.changeKind = changeKind;
        this.beforeState = clip(before);
        this.afterState = clip(afterText);
        this.state = after.getState().copy();
        this.societyIds = societies.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    PartyOrganisation toDto() {
        List<Long> societies = societyIds.isEmpty() ? List.of() : Arrays.stream(societyIds.split(",")).map(Long::valueOf).toList();
        return Organisations.dto(organisationId, state, societies, revision, changedAt, changedBy);
    }

    AuditEntry toAuditEntry() {
        return new AuditEntry(changedAt, changedBy, changeKind, beforeState, afterState);
    }

    private static String clip(String s) {
        return s == null || s.length() <= STATE_MAX ? s : s.substring(0, STATE_MAX);
    }
}
