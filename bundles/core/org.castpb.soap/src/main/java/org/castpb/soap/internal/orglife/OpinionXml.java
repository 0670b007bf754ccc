package org.castpb.soap.internal.orglife;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.matters.Opinion;
import org.castpb.api.matters.OpinionKind;
import org.castpb.soap.internal.LocalDateAdapter;

/** The party organisation's opinion on a matter. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "opinion", propOrder = {"kind", "text", "givenOn"})
public class OpinionXml {
    public OpinionKind kind;
    public String text;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate givenOn;

    Opinion toOpinion() {
        return new Opinion(kind, text, givenOn);
    }

    static OpinionXml of(Opinion o) {
        if (o == null) {
            return null;
        }
        OpinionXml x = new OpinionXml();
        x.kind = o.kind();
        x.text = o.text();
        x.givenOn = o.givenOn();
        return x;
    }
}
