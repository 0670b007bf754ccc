package org.castpb.soap.internal.organisation;

import java.time.Instant;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.organisation.WarningAcceptance;

/** An approver's acceptance of one rule warning. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "warningAcceptance", propOrder = {"code", "justification", "acceptedBy", "acceptedAt"})
public class WarningAcceptanceXml {
    public String code;
    public String justification;
    public String acceptedBy;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant acceptedAt;

    static WarningAcceptanceXml of(WarningAcceptance a) {
        WarningAcceptanceXml x = new WarningAcceptanceXml();
        x.code = a.code();
        x.justification = a.justification();
        x.acceptedBy = a.acceptedBy();
        x.acceptedAt = a.acceptedAt();
        return x;
    }
}
