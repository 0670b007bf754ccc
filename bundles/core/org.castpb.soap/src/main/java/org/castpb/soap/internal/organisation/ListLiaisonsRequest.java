package org.castpb.soap.internal.organisation;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.LocalDateAdapter;

/** The listLiaisons request: every assignment to the society, or with {@code asOf} those running that day. */
// written out because a generated wrapper cannot carry @XmlSchemaType: the date would be published as xs:string.
// CXF hands a wrapper's fields to the endpoint's parameters only when they carry @XmlElement.
@XmlRootElement(name = "listLiaisons")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "listLiaisons", propOrder = {"societyId", "asOf"})
public class ListLiaisonsRequest {
    @XmlElement(name = "societyId")
    public long societyId;
    @XmlElement(name = "asOf")
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
}
