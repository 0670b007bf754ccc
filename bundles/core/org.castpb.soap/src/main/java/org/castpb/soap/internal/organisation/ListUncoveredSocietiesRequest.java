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

/**
 * The listUncoveredSocieties request: {@code asOf} today (Beijing) when left out, {@code work} false (organisation
 * coverage) when left out, {@code offset} 0 and {@code limit} 50 when left out, as over REST.
 */
// written out because a generated wrapper cannot carry @XmlSchemaType: the date would be published as xs:string.
// CXF hands a wrapper's fields to the endpoint's parameters only when they carry @XmlElement.
@XmlRootElement(name = "listUncoveredSocieties")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "listUncoveredSocieties", propOrder = {"asOf", "work", "offset", "limit"})
public class ListUncoveredSocietiesRequest {
    @XmlElement(name = "asOf")
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    @XmlElement(name = "work")
    public Boolean work;
    @XmlElement(name = "offset")
    public Integer offset;
    @XmlElement(name = "limit")
    public Integer limit;
}
