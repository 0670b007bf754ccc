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

/** The checkPartyOrganisation request: a draft and the day its rules are checked on (today when left out). */
// written out so that asOf is published as xs:date (see GetPartyOrganisationRequest)
@XmlRootElement(name = "checkPartyOrganisation")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "checkPartyOrganisation", propOrder = {"draft", "asOf"})
public class CheckPartyOrganisationRequest {
    @XmlElement(name = "draft")
    public PartyOrganisationDraftXml draft;
    @XmlElement(name = "asOf")
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
}
