package org.castpb.soap.internal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;

/** The writable fields of a society. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "societyDraft", propOrder = {"name", "nameEn", "uscc", "kind", "level", "regionCode", "discipline", "groupMemberStatus"})
public class SocietyDraftXml {
    public String name;
    public String nameEn;
    public String uscc;
    public SocietyKind kind;
    public SocietyLevel level;
    public String regionCode;
    public Discipline discipline;
    public GroupMemberStatus groupMemberStatus;

    SocietyDraft toDraft() {
        return new SocietyDraft(name, nameEn, uscc, kind, level, regionCode, discipline, groupMemberStatus);
    }
}
