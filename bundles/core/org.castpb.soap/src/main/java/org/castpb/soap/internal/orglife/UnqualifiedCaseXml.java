package org.castpb.soap.internal.orglife;

import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.appraisal.CaseResult;
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.UnqualifiedCase;
import org.castpb.soap.internal.LocalDateAdapter;

/** The handling of an unqualified member: its steps and result. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "unqualifiedCase", propOrder = {"id", "memberId", "memberName", "organisationId", "roundId", "year", "openedOn", "state",
        "closedOn", "outcome", "version", "openReason", "result", "steps"})
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
    public String openReason;
    public CaseResult result;
    @XmlElement(name = "step")
    public List<CaseStepXml> steps;

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
        x.openReason = c.openReason();
        x.result = c.result();
        x.steps = c.steps().stream().map(CaseStepXml::of).toList();
        return x;
    }
}
