package org.castpb.soap.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.InspectionResult;
import org.castpb.api.Leader;
import org.castpb.api.LedgerDraft;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.RunningState;

/** The content of a society's ledger (台账); any element may be left out while it is not known. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ledgerDraft", propOrder = {"runningState", "lastInspectionResult", "lastInspectionYear", "activitiesInYear",
        "fullTimeStaff", "staffPartyMembers", "formalMembers", "probationaryMembers", "relationshipsHere", "relationshipsElsewhere",
        "leaders", "partyOrganisationEstablished", "noOrganisationReason", "noOrganisationText", "note"})
public class LedgerDraftXml {
    public RunningState runningState;
    public InspectionResult lastInspectionResult;
    public Integer lastInspectionYear;
    public Integer activitiesInYear;
    public Integer fullTimeStaff;
    public Integer staffPartyMembers;
    public Integer formalMembers;
    public Integer probationaryMembers;
    public Integer relationshipsHere;
    public Integer relationshipsElsewhere;
    @XmlElement(name = "leader")
    public List<LeaderXml> leaders = new ArrayList<>();
    public Boolean partyOrganisationEstablished;
    public NoOrganisationReason noOrganisationReason;
    public String noOrganisationText;
    public String note;

    static LedgerDraftXml of(LedgerDraft d) {
        LedgerDraftXml x = new LedgerDraftXml();
        x.runningState = d.runningState();
        x.lastInspectionResult = d.lastInspectionResult();
        x.lastInspectionYear = d.lastInspectionYear();
        x.activitiesInYear = d.activitiesInYear();
        x.fullTimeStaff = d.fullTimeStaff();
        x.staffPartyMembers = d.staffPartyMembers();
        x.formalMembers = d.formalMembers();
        x.probationaryMembers = d.probationaryMembers();
        x.relationshipsHere = d.relationshipsHere();
        x.relationshipsElsewhere = d.relationshipsElsewhere();
        d.leaders().forEach(l -> x.leaders.add(LeaderXml.of(l)));
        x.partyOrganisationEstablished = d.partyOrganisationEstablished();
        x.noOrganisationReason = d.noOrganisationReason();
        x.noOrganisationText = d.noOrganisationText();
        x.note = d.note();
        return x;
    }

    LedgerDraft toDraft() {
        // an empty <leader/> still reaches the service, which names what it lacks; only xsi:nil ones (null) are dropped
        List<Leader> list = leaders == null ? List.of() : leaders.stream().filter(Objects::nonNull).map(LeaderXml::toLeader).toList();
        return new LedgerDraft(runningState, lastInspectionResult, lastInspectionYear, activitiesInYear, fullTimeStaff,
                staffPartyMembers, formalMembers, probationaryMembers, relationshipsHere, relationshipsElsewhere, list,
                partyOrganisationEstablished, noOrganisationReason, noOrganisationText, note);
    }
}
