package org.castpb.soap.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Society;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;

/** A society as recorded. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "society", propOrder = {"id", "name", "nameEn", "uscc", "usccCheckOverridden", "kind", "level", "regionCode",
        "discipline", "supervisingUnit", "groupMemberStatus", "groupMemberAppliedOn", "groupMemberAdmittedOn", "registrationStatus",
        "foundingYear", "contactName", "contactPhone", "contactEmail", "partyBuildingInCharter", "version", "createdAt", "updatedAt"})
public class SocietyXml {
    public long id;
    public String name;
    public String nameEn;
    public String uscc;
    public boolean usccCheckOverridden;
    public SocietyKind kind;
    public SocietyLevel level;
    public String regionCode;
    public Discipline discipline;
    public String supervisingUnit;
    public GroupMemberStatus groupMemberStatus;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate groupMemberAppliedOn;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate groupMemberAdmittedOn;
    public RegistrationStatus registrationStatus;
    public Integer foundingYear;
    public String contactName;
    public String contactPhone;
    public String contactEmail;
    public Boolean partyBuildingInCharter;
    public long version;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant createdAt;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant updatedAt;

    static SocietyXml of(Society s) {
        SocietyXml x = new SocietyXml();
        x.id = s.id();
        x.name = s.name();
        x.nameEn = s.nameEn();
        x.uscc = s.uscc();
        x.usccCheckOverridden = s.usccCheckOverridden();
        x.kind = s.kind();
        x.level = s.level();
        x.regionCode = s.regionCode();
        x.discipline = s.discipline();
        x.supervisingUnit = s.supervisingUnit();
        x.groupMemberStatus = s.groupMemberStatus();
        x.groupMemberAppliedOn = s.groupMemberAppliedOn();
        x.groupMemberAdmittedOn = s.groupMemberAdmittedOn();
        x.registrationStatus = s.registrationStatus();
        x.foundingYear = s.foundingYear();
        x.contactName = s.contactName();
        x.contactPhone = s.contactPhone();
        x.contactEmail = s.contactEmail();
        x.partyBuildingInCharter = s.partyBuildingInCharter();
        x.version = s.version();
        x.createdAt = s.createdAt();
        x.updatedAt = s.updatedAt();
        return x;
    }
}
