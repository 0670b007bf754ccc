package org.castpb.soap.internal.organisation;

import java.time.Instant;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.organisation.RequestAction;
import org.castpb.api.organisation.RequestState;
import org.castpb.api.organisation.RequestTransition;

/** One recorded step of an establishment request. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "requestTransition", propOrder = {"action", "from", "to", "actor", "at", "comment"})
public class RequestTransitionXml {
    public RequestAction action;
    public RequestState from;
    public RequestState to;
    public String actor;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant at;
    public String comment;

    static RequestTransitionXml of(RequestTransition t) {
        RequestTransitionXml x = new RequestTransitionXml();
        x.action = t.action();
        x.from = t.from();
        x.to = t.to();
        x.actor = t.actor();
        x.at = t.at();
        x.comment = t.comment();
        return x;
    }
}
