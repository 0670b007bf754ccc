package org.castpb.records.internal;

import java.time.Instant;
import java.time.LocalDate;
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
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Society;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;

@Entity
@Table(name = "SOCIETY")
public class SocietyEntity {

    @Id
    @TableGenerator(name = "society_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "SOCIETY", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "society_seq")
    @Column(name = "ID")
    private long id;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "NAME_EN")
    private String nameEn;

    @Column(name = "USCC", nullable = false)
    private String uscc;

    @Column(name = "USCC_OVERRIDDEN", nullable = false)
    private boolean usccOverridden;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private SocietyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOCIETY_LEVEL", nullable = false)
    private SocietyLevel level;

    @Column(name = "REGION_CODE", nullable = false)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "DISCIPLINE", nullable = false)
    private Discipline discipline;

    @Column(name = "SUPERVISING_UNIT")
    private String supervisingUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "GROUP_MEMBER_STATUS", nullable = false)
    private GroupMemberStatus groupMemberStatus;

    @Column(name = "GROUP_MEMBER_APPLIED_ON")
    private LocalDate groupMemberAppliedOn;

    @Column(name = "GROUP_MEMBER_ADMITTED_ON")
    private LocalDate groupMemberAdmittedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "REGISTRATION_STATUS", nullable = false)
    private RegistrationStatus registrationStatus;

    @Column(name = "FOUNDING_YEAR")
    private Integer foundingYear;

    @Column(name = "CONTACT_NAME")
    private String contactName;

    @Column(name = "CONTACT_PHONE")
    private String contactPhone;

    @Column(name = "CONTACT_EMAIL")
    private String contactEmail;

    @Column(name = "PARTY_BUILDING_IN_CHARTER")
    private Boolean partyBuildingInCharter;

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

    /** Takes a validated draft's values. */
    void apply(SocietyDraft draft, String actor, Instant now) {
        name = draft.name();
        nameEn = draft.nameEn();
        uscc = draft.uscc();
        usccOverridden = draft.usccOverrideReason() != null;
        kind = draft.kind();
        level = draft.level();
        regionCode = draft.regionCode();
        discipline = draft.discipline();
        supervisingUnit = draft.supervisingUnit();
        groupMemberStatus = draft.groupMemberStatus();
        groupMemberAppliedOn = draft.groupMemberAppliedOn();
        groupMemberAdmittedOn = draft.groupMemberAdmittedOn();
        registrationStatus = draft.registrationStatus();
        foundingYear = draft.foundingYear();
        contactName = draft.contactName();
        contactPhone = draft.contactPhone();
        contactEmail = draft.contactEmail();
        partyBuildingInCharter = draft.partyBuildingInCharter();
        if (createdAt == null) {
            createdAt = now;
            createdBy = actor;
        }
        updatedAt = now;
        updatedBy = actor;
    }

    /** Makes this applicant a group member, admitted on {@code on}. */
    void admit(LocalDate on, String actor, Instant now) {
        groupMemberStatus = GroupMemberStatus.MEMBER;
        groupMemberAdmittedOn = on;
        updatedAt = now;
        updatedBy = actor;
    }

    /** Whether applying this validated draft would change nothing. */
    boolean matches(SocietyDraft d) {
        SocietyDraft withoutReason = new SocietyDraft(d.name(), d.nameEn(), d.uscc(), null, d.kind(), d.level(), d.regionCode(),
                d.discipline(), d.supervisingUnit(), d.groupMemberStatus(), d.groupMemberAppliedOn(), d.groupMemberAdmittedOn(),
                d.registrationStatus(), d.foundingYear(), d.contactName(), d.contactPhone(), d.contactEmail(),
                d.partyBuildingInCharter());
        return usccOverridden == (d.usccOverrideReason() != null) && toDraft().equals(withoutReason);
    }

    private SocietyDraft toDraft() {
        return new SocietyDraft(name, nameEn, uscc, null, kind, level, regionCode, discipline, supervisingUnit, groupMemberStatus,
                groupMemberAppliedOn, groupMemberAdmittedOn, registrationStatus, foundingYear, contactName, contactPhone,
                contactEmail, partyBuildingInCharter);
    }

    String getRegionCode() {
        return regionCode;
    }

    SocietyLevel getLevel() {
        return level;
    }

    long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getUscc() {
        return uscc;
    }

    Society toDto() {
        return new Society(id, name, nameEn, uscc, usccOverridden, kind, level, regionCode, discipline, supervisingUnit,
                groupMemberStatus, groupMemberAppliedOn, groupMemberAdmittedOn, registrationStatus, foundingYear,
                contactName, contactPhone, contactEmail, partyBuildingInCharter, version, createdAt, updatedAt);
    }
}
