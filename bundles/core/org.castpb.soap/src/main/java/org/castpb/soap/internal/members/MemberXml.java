package org.castpb.soap.internal.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.LeaderRole;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.SocietyPosition;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;

/** A registered member; {@code citizenId} and {@code phone} masked unless {@code masked} is false. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "member", propOrder = {"id", "organisationId", "name", "gender", "ethnicity", "birthDate", "citizenId", "education",
        "position", "leaderRole", "joinedOn", "kind", "phone", "affiliation", "relationshipHeldBy", "status", "statusSince", "masked",
        "version", "updatedAt", "updatedBy"})
public class MemberXml {
    public long id;
    public long organisationId;
    public String name;
    public Gender gender;
    public String ethnicity;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate birthDate;
    public String citizenId;
    public Education education;
    public SocietyPosition position;
    public LeaderRole leaderRole;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate joinedOn;
    public MembershipKind kind;
    public String phone;
    public Affiliation affiliation;
    public String relationshipHeldBy;
    public MemberStatus status;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate statusSince;
    public boolean masked;
    public long version;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant updatedAt;
    public String updatedBy;

    static MemberXml of(Member m) {
        MemberXml x = new MemberXml();
        x.id = m.id();
        x.organisationId = m.organisationId();
        x.name = m.name();
        x.gender = m.gender();
        x.ethnicity = m.ethnicity();
        x.birthDate = m.birthDate();
        x.citizenId = m.citizenId();
        x.education = m.education();
        x.position = m.position();
        x.leaderRole = m.leaderRole();
        x.joinedOn = m.joinedOn();
        x.kind = m.kind();
        x.phone = m.phone();
        x.affiliation = m.affiliation();
        x.relationshipHeldBy = m.relationshipHeldBy();
        x.status = m.status();
        x.statusSince = m.statusSince();
        x.masked = m.masked();
        x.version = m.version();
        x.updatedAt = m.updatedAt();
        x.updatedBy = m.updatedBy();
        return x;
    }

    static List<MemberXml> of(List<Member> members) {
        return members.stream().map(MemberXml::of).toList();
    }
}
