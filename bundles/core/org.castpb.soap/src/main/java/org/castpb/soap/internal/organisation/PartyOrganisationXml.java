package org.castpb.soap.internal.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;

/** A party organisation as recorded. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "partyOrganisation", propOrder = {"id", "name", "type", "parentId", "societyIds", "secretary", "formalMembers",
        "probationaryMembers", "committeeSize", "establishedOn", "termStartsOn", "termEndsOn", "note", "status", "dissolvedOn",
        "version", "updatedAt", "updatedBy"})
public class PartyOrganisationXml {
    public long id;
    public String name;
    public OrganisationType type;
    public Long parentId;
    @XmlElement(name = "societyId")
    public List<Long> societyIds = new ArrayList<>();
    public SecretaryXml secretary;
    public int formalMembers;
    public int probationaryMembers;
    public Integer committeeSize;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate establishedOn;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate termStartsOn;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate termEndsOn;
    public String note;
    public OrganisationStatus status;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate dissolvedOn;
    public long version;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant updatedAt;
    public String updatedBy;

    static PartyOrganisationXml of(PartyOrganisation o) {
        PartyOrganisationXml x = new PartyOrganisationXml();
        x.id = o.id();
        x.name = o.name();
        x.type = o.type();
        x.parentId = o.parentId();
        x.societyIds.addAll(o.societyIds());
        x.secretary = SecretaryXml.of(o.secretary());
        x.formalMembers = o.formalMembers();
        x.probationaryMembers = o.probationaryMembers();
        x.committeeSize = o.committeeSize();
        x.establishedOn = o.establishedOn();
        x.termStartsOn = o.termStartsOn();
        x.termEndsOn = o.termEndsOn();
        x.note = o.note();
        x.status = o.status();
        x.dissolvedOn = o.dissolvedOn();
        x.version = o.version();
        x.updatedAt = o.updatedAt();
        x.updatedBy = o.updatedBy();
        return x;
    }

    static List<PartyOrganisationXml> of(List<PartyOrganisation> organisations) {
        return organisations.stream().map(PartyOrganisationXml::of).toList();
    }
}
