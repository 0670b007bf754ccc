package org.castpb.soap.internal.account;

import java.time.Instant;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.account.AccessRefusal;
import org.castpb.soap.internal.InstantAdapter;

/** One refused access: when, who, by which door, what was asked, from which address, and the refusal's code. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "accessRefusal", propOrder = {"at", "userName", "door", "what", "address", "code"})
public class AccessRefusalXml {
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant at;
    public String userName;
    public String door;
    public String what;
    public String address;
    public String code;

    static List<AccessRefusalXml> of(List<AccessRefusal> refusals) {
        return refusals.stream().map(r -> {
            AccessRefusalXml x = new AccessRefusalXml();
            x.at = r.at();
            x.userName = r.userName();
            x.door = r.door();
            x.what = r.what();
            x.address = r.address();
            x.code = r.code();
            return x;
        }).toList();
    }
}
