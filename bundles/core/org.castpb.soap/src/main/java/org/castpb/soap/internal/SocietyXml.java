package org.castpb.soap.internal;

import java.time.Instant;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Society;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;

/** A society as recorded. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "society", propOrder = {"id", "name", "nameEn", "uscc", "kind", "level", "regionCode", "discipline",
        "groupMemberStatus", "version", "createdAt", "updatedAt"})
public class SocietyXml {
    public long id;
    public String name;
    public String nameEn;
    public String uscc;
    public SocietyKind kind;
    public SocietyLevel level;
    public String regionCode;
    public Discipline discipline;
    public GroupMemberStatus groupMemberStatus;
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
        x.kind = s.kind();
        x.level = s.level();
        x.regionCode = s.regionCode();
        x.discipline = s.discipline();
        x.groupMemberStatus = s.groupMemberStatus();
        x.version = s.version();
        x.createdAt = s.createdAt();
        x.updatedAt = s.updatedAt();
        return x;
    }
}
