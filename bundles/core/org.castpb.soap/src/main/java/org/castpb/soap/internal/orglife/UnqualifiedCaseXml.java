package org.castpb.soap.internal.orglife;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.UnqualifiedCase;
import org.castpb.soap.internal.LocalDateAdapter;

/** The handling of a member appraised UNQUALIFIED. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "unqualifiedCase", propOrder = {"id", "memberId", "memberName", "organisationId", "roundId", "year", "openedOn", "state",
        "closedOn", "outcome", "version"})
public class UnqualifiedCaseXml {
    public long id;
    public long memberId;
    public String memberName;
    public long organisationId;
    public long roundId;
    public int year;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate openedOn;
    public CaseState state;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate closedOn;
    public String outcome;
    public long version;

    static UnqualifiedCaseXml of(UnqualifiedCase c) {
        UnqualifiedCaseXml x = new UnqualifiedCaseXml();
        x.id = c.id();
        x.memberId = c.memberId();
        x.memberName = c.memberName();
        x.organisationId = c.organisationId();
        x.roundId = c.roundId();
        x.year = c.year();
        x.openedOn = c.openedOn();
        x.state = c.state();
        x.closedOn = c.closedOn();
        x.outcome = c.outcome();
        x.version = c.version();
        return x;
    }
}
