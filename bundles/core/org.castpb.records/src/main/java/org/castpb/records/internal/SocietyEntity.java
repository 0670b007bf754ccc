package org.castpb.records.internal;

import java.time.Instant;
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
import org.castpb.api.Society;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;

@Entity
@Table(name = "SOCIETY")
public class SocietyEntity {

    @Id
    @TableGenerator(name = "society_seq", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "SOCIETY", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "society_seq")
    @Column(name = "ID")
    private long id;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "NAME_EN")
    private String nameEn;

    @Column(name = "USCC", nullable = false)
    private String uscc;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "GROUP_MEMBER_STATUS", nullable = false)
    private GroupMemberStatus groupMemberStatus;

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

    void apply(SocietyDraft draft, String actor, Instant now) {
        name = draft.name();
        nameEn = draft.nameEn();
        uscc = draft.uscc();
        kind = draft.kind();
        level = draft.level();
        regionCode = draft.regionCode();
        discipline = draft.discipline();
        groupMemberStatus = draft.groupMemberStatus();
        if (createdAt == null) {
            createdAt = now;
            createdBy = actor;
        }
        updatedAt = now;
        updatedBy = actor;
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
        return new Society(id, name, nameEn, uscc, kind, level, regionCode, discipline, groupMemberStatus,
                version, createdAt, updatedAt);
    }
}
