package org.castpb.soap.internal.members;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.members.RetentionRun;
import org.castpb.soap.internal.LocalDateAdapter;

/** What a retention run did: the members who left before the date were reduced to counts. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "retentionRun", propOrder = {"leftBefore", "reduced"})
public class RetentionRunXml {
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate leftBefore;
    public int reduced;

    static RetentionRunXml of(RetentionRun r) {
        RetentionRunXml x = new RetentionRunXml();
        x.leftBefore = r.leftBefore();
        x.reduced = r.reduced();
        return x;
    }
}
