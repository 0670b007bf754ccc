package org.castpb.soap.internal;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;

/** The writable fields of a society. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "societyDraft", propOrder = {"name", "nameEn", "uscc", "usccOverrideReason", "kind", "level", "regionCode",
        "discipline", "supervisingUnit", "groupMemberStatus", "groupMemberAppliedOn", "groupMemberAdmittedOn", "registrationStatus",
        "foundingYear", "contactName", "contactPhone", "contactEmail", "partyBuildingInCharter"})
public class SocietyDraftXml {
    public String name;
    public String nameEn;
    public String uscc;
    public String usccOverrideReason;
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

    SocietyDraft toDraft() {
        return new SocietyDraft(name, nameEn, uscc, usccOverrideReason, kind, level, regionCode, discipline, supervisingUnit,
                groupMemberStatus, groupMemberAppliedOn, groupMemberAdmittedOn, registrationStatus, foundingYear, contactName,
                contactPhone, contactEmail, partyBuildingInCharter);
    }
}
