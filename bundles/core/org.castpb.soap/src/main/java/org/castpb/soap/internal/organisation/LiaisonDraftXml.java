package org.castpb.soap.internal.organisation;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.organisation.LiaisonDraft;
import org.castpb.api.organisation.LiaisonKind;

/** The writable fields of a liaison assignment. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "liaisonDraft", propOrder = {"kind", "name", "societyId", "fromDate", "toDate", "dispatchedBy"})
public class LiaisonDraftXml {
    public LiaisonKind kind;
    public String name;
    public Long societyId;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate fromDate;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate toDate;
    public String dispatchedBy;

    LiaisonDraft toDraft() {
        return new LiaisonDraft(kind, name, societyId, fromDate, toDate, dispatchedBy);
    }
}
