package org.castpb.members.internal;

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
import org.castpb.api.LeaderRole;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.Masks;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.SocietyPosition;

/** A member on (or once on) a party organisation's roll. */
@Entity
@Table(name = "MEMBER")
public class MemberEntity {

    @Id
    @TableGenerator(name = "member_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "MEMBER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "member_seq")
    @Column(name = "ID")
    private long id;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;
    @Column(name = "NAME", nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "GENDER", nullable = false)
    private Gender gender;
    @Column(name = "ETHNICITY", nullable = false)
    private String ethnicity;
    @Column(name = "BIRTH_DATE", nullable = false)
    private LocalDate birthDate;
    @Column(name = "CITIZEN_ID", nullable = false)
    private String citizenId;
    @Enumerated(EnumType.STRING)
    @Column(name = "EDUCATION", nullable = false)
    private Education education;
    @Enumerated(EnumType.STRING)
    @Column(name = "SOCIETY_POSITION", nullable = false)
    private SocietyPosition position;
    @Enumerated(EnumType.STRING)
    @Column(name = "LEADER_ROLE")
    private LeaderRole leaderRole;
    @Column(name = "JOINED_ON", nullable = false)
    private LocalDate joinedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "MEMBERSHIP_KIND", nullable = false)
    private MembershipKind kind;
    @Column(name = "PHONE")
    private String phone;
    @Enumerated(EnumType.STRING)
    @Column(name = "AFFILIATION", nullable = false)
    private Affiliation affiliation;
    @Column(name = "RELATIONSHIP_HELD_BY")
    private String relationshipHeldBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "MEMBER_STATUS", nullable = false)
    private MemberStatus status;
    @Column(name = "STATUS_SINCE", nullable = false)
    private LocalDate statusSince;
    @Column(name = "AFFILIATION_KEY")
    private String affiliationKey;
    @Column(name = "ROLL_KEY")
    private String rollKey;

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

    protected MemberEntity() {
    }

    MemberEntity(MemberDraft valid, MemberStatus status, LocalDate since, String actor, Instant at) {
        this.organisationId = valid.organisationId();
        this.createdAt = at;
        this.createdBy = actor;
        apply(valid, actor, at);
        setStatus(status, since, actor, at);
    }

    /** Takes the draft's fields (the organisation too: a confirmed transfer moves the member). */
    void apply(MemberDraft d, String actor, Instant at) {
        this.organisationId = d.organisationId();
        this.name = d.name();
        this.gender = d.gender();
        this.ethnicity = d.ethnicity();
        this.birthDate = d.birthDate();
        this.citizenId = d.citizenId();
        this.education = d.education();
        this.position = d.position();
        this.leaderRole = d.leaderRole();
        this.joinedOn = d.joinedOn();
        this.kind = d.kind();
        this.phone = d.phone();
        this.affiliation = d.affiliation();
        this.relationshipHeldBy = d.relationshipHeldBy();
        touched(actor, at);
    }

    void setStatus(MemberStatus newStatus, LocalDate since, String actor, Instant at) {
        this.status = newStatus;
        this.statusSince = since;
        keys();
        touched(actor, at);
    }

    /** The uniqueness keys follow the state: set while on the roll, cleared when the member left. */
    private void keys() {
        boolean onRoll = status.onRoll();
        this.affiliationKey = onRoll && affiliation == Affiliation.BELONGS ? citizenId : null;
        this.rollKey = onRoll ? organisationId + ":" + citizenId : null;
    }

    private void touched(String actor, Instant at) {
        this.updatedAt = at;
        this.updatedBy = actor;
        if (status != null) {
            keys();
        }
    }

    MemberDraft toDraft() {
        return new MemberDraft(organisationId, name, gender, ethnicity, birthDate, citizenId, education, position, leaderRole,
                joinedOn, kind, phone, affiliation, relationshipHeldBy);
    }

    /** The member with personal data masked, or in full when {@code full}. */
    Member toDto(boolean full) {
        return new Member(id, organisationId, name, gender, ethnicity, birthDate, full ? citizenId : Masks.citizenId(citizenId),
                education, position, leaderRole, joinedOn, kind, full ? phone : Masks.phone(phone), affiliation, relationshipHeldBy,
                status, statusSince, !full, version, updatedAt, updatedBy);
    }

    long getId() {
        return id;
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getName() {
        return name;
    }

    String getCitizenId() {
        return citizenId;
    }

    MemberStatus getStatus() {
        return status;
    }

    LocalDate getJoinedOn() {
        return joinedOn;
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
