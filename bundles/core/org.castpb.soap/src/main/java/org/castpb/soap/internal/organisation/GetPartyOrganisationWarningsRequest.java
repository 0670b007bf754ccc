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

/** The getPartyOrganisationWarnings request: the organisation and the day (today when left out). */
// written out so that asOf is published as xs:date (see GetPartyOrganisationRequest)
@XmlRootElement(name = "getPartyOrganisationWarnings")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "getPartyOrganisationWarnings", propOrder = {"id", "asOf"})
public class GetPartyOrganisationWarningsRequest {
    @XmlElement(name = "id")
    public long id;
    @XmlElement(name = "asOf")
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
}
