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

/** The checkAdmission request: organisation coverage judged as of {@code asOf}, today (Beijing) when left out, as over REST. */
// written out because a generated wrapper cannot carry @XmlSchemaType: the date would be published as xs:string.
// CXF hands a wrapper's fields to the endpoint's parameters only when they carry @XmlElement.
@XmlRootElement(name = "checkAdmission")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "checkAdmission", propOrder = {"societyId", "asOf"})
public class CheckAdmissionRequest {
    @XmlElement(name = "societyId")
    public long societyId;
    @XmlElement(name = "asOf")
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
}
