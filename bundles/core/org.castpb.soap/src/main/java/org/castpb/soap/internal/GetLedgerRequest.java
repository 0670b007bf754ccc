package org.castpb.soap.internal;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * The getLedger request, written out because a generated wrapper cannot carry {@code @XmlSchemaType}:
 * without it the WSDL would publish {@code asOf} as xs:string instead of xs:date.
 */
@XmlRootElement(name = "getLedger")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "getLedger", propOrder = {"societyId", "asOf"})
public class GetLedgerRequest {
    // CXF hands a wrapper's fields to the endpoint's parameters only when they carry @XmlElement
    @XmlElement(name = "societyId")
    public long societyId;
    @XmlElement(name = "asOf")
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
}
