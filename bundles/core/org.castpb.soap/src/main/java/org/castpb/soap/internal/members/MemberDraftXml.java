package org.castpb.soap.internal.members;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.LeaderRole;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.SocietyPosition;
import org.castpb.soap.internal.LocalDateAdapter;

/** A member's registered data, as for {@code POST /api/v1/members}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "memberDraft", propOrder = {"organisationId", "name", "gender", "ethnicity", "birthDate", "citizenId", "education",
        "position", "leaderRole", "joinedOn", "kind", "phone", "affiliation", "relationshipHeldBy"})
public class MemberDraftXml {
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

    MemberDraft toDraft() {
        return new MemberDraft(organisationId, name, gender, ethnicity, birthDate, citizenId, education, position, leaderRole, joinedOn,
                kind, phone, affiliation, relationshipHeldBy);
    }
}
