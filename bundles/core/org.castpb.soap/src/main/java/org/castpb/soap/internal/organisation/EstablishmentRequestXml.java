package org.castpb.soap.internal.organisation;

import java.time.Instant;
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
import org.castpb.api.organisation.EstablishmentRequest;
import org.castpb.api.organisation.RequestState;

/** An establishment request (报批) with its warnings, acceptances and steps; {@code version} is what the next step quotes. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "establishmentRequest", propOrder = {"id", "draft", "state", "warnings", "acceptances", "transitions",
        "organisationId", "submittedAt", "version"})
public class EstablishmentRequestXml {
    public long id;
    public PartyOrganisationDraftXml draft;
    public RequestState state;
    @XmlElement(name = "warning")
    public List<RuleWarningXml> warnings = new ArrayList<>();
    @XmlElement(name = "acceptance")
    public List<WarningAcceptanceXml> acceptances = new ArrayList<>();
    @XmlElement(name = "transition")
    public List<RequestTransitionXml> transitions = new ArrayList<>();
    public Long organisationId;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant submittedAt;
    public long version;

    static EstablishmentRequestXml of(EstablishmentRequest r) {
        EstablishmentRequestXml x = new EstablishmentRequestXml();
        x.id = r.id();
        x.draft = PartyOrganisationDraftXml.of(r.draft());
        x.state = r.state();
        r.warnings().forEach(w -> x.warnings.add(RuleWarningXml.of(w)));
        r.acceptances().forEach(a -> x.acceptances.add(WarningAcceptanceXml.of(a)));
        r.transitions().forEach(t -> x.transitions.add(RequestTransitionXml.of(t)));
        x.organisationId = r.organisationId();
        x.submittedAt = r.submittedAt();
        x.version = r.version();
        return x;
    }
}
