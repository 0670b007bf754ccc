package org.castpb.soap.internal.members;

import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.members.Transfer;
import org.castpb.api.members.TransferStatus;
import org.castpb.soap.internal.LocalDateAdapter;

/** A transfer of a member's organisational relationship, with its age and whether it is overdue. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "transfer", propOrder = {"id", "memberId", "memberName", "fromOrganisationId", "fromUnit", "toOrganisationId", "toUnit",
        "requestedOn", "status", "confirmedOn", "daysPending", "overdue", "requestedBy", "confirmedBy"})
public class TransferXml {
    public long id;
    public long memberId;
    public String memberName;
    public Long fromOrganisationId;
    public String fromUnit;
    public Long toOrganisationId;
    public String toUnit;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate requestedOn;
    public TransferStatus status;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate confirmedOn;
    public long daysPending;
    public boolean overdue;
    public String requestedBy;
    public String confirmedBy;

    static TransferXml of(Transfer t) {
        TransferXml x = new TransferXml();
        x.id = t.id();
        x.memberId = t.memberId();
        x.memberName = t.memberName();
        x.fromOrganisationId = t.fromOrganisationId();
        x.fromUnit = t.fromUnit();
        x.toOrganisationId = t.toOrganisationId();
        x.toUnit = t.toUnit();
        x.requestedOn = t.requestedOn();
        x.status = t.status();
        x.confirmedOn = t.confirmedOn();
        x.daysPending = t.daysPending();
        x.overdue = t.overdue();
        x.requestedBy = t.requestedBy();
        x.confirmedBy = t.confirmedBy();
        return x;
    }

    static List<TransferXml> of(List<Transfer> transfers) {
        return transfers.stream().map(TransferXml::of).toList();
    }
}
