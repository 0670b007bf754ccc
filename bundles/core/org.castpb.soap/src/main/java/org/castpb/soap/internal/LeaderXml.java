package org.castpb.soap.internal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;

/** One leader of a society. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "leader", propOrder = {"name", "role", "principal", "partyMember"})
public class LeaderXml {
    public String name;
    public LeaderRole role;
    public boolean principal;
    public boolean partyMember;

    static LeaderXml of(Leader l) {
        LeaderXml x = new LeaderXml();
        x.name = l.name();
        x.role = l.role();
        x.principal = l.principal();
        x.partyMember = l.partyMember();
        return x;
    }

    Leader toLeader() {
        return new Leader(name, role, principal, partyMember);
    }
}
