package org.castpb.soap.internal.organisation;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;

/** An organisation's secretary and where he or she comes from. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "secretary", propOrder = {"name", "source"})
public class SecretaryXml {
    public String name;
    public SecretarySource source;

    static SecretaryXml of(Secretary s) {
        if (s == null) {
            return null;
        }
        SecretaryXml x = new SecretaryXml();
        x.name = s.name();
        x.source = s.source();
        return x;
    }

    static Secretary toSecretary(SecretaryXml x) {
        return x == null ? null : new Secretary(x.name, x.source);
    }
}
