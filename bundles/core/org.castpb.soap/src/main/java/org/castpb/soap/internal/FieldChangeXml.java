package org.castpb.soap.internal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.FieldChange;

/** A ledger field that differs between two revisions; a value left out was empty. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "fieldChange", propOrder = {"field", "before", "after"})
public class FieldChangeXml {
    public String field;
    public String before;
    public String after;

    static FieldChangeXml of(FieldChange c) {
        FieldChangeXml x = new FieldChangeXml();
        x.field = c.field();
        x.before = c.before();
        x.after = c.after();
        return x;
    }
}
