package org.castpb.soap.internal.organisation;

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
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;

/** The writable fields of a party organisation; left-out elements reach the service as unknown, where they are refused. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "partyOrganisationDraft", propOrder = {"name", "type", "parentId", "societyIds", "secretary", "formalMembers",
        "probationaryMembers", "committeeSize", "establishedOn", "termStartsOn", "termEndsOn", "note"})
public class PartyOrganisationDraftXml {
    public String name;
    public OrganisationType type;
    public Long parentId;
    @XmlElement(name = "societyId")
    public List<Long> societyIds = new ArrayList<>();
    public SecretaryXml secretary;
    public Integer formalMembers;
    public Integer probationaryMembers;
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

    static PartyOrganisationDraftXml of(PartyOrganisationDraft d) {
        PartyOrganisationDraftXml x = new PartyOrganisationDraftXml();
        x.name = d.name();
        x.type = d.type();
        x.parentId = d.parentId();
        x.societyIds.addAll(d.societyIds());
        x.secretary = SecretaryXml.of(d.secretary());
        x.formalMembers = d.formalMembers();
        x.probationaryMembers = d.probationaryMembers();
        x.committeeSize = d.committeeSize();
        x.establishedOn = d.establishedOn();
        x.termStartsOn = d.termStartsOn();
        x.termEndsOn = d.termEndsOn();
        x.note = d.note();
        return x;
    }

    PartyOrganisationDraft toDraft() {
        return new PartyOrganisationDraft(name, type, parentId, societyIds, SecretaryXml.toSecretary(secretary), formalMembers,
                probationaryMembers, committeeSize, establishedOn, termStartsOn, termEndsOn, note);
    }
}
