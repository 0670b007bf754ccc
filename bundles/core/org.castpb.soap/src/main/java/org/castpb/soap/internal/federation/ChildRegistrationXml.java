package org.castpb.soap.internal.federation;

import java.time.Instant;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.federation.ChildRegistration;
import org.castpb.api.federation.InstanceLevel;
import org.castpb.soap.internal.InstantAdapter;

/** A child instance registered here: only registered children's reports are accepted. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "childRegistration", propOrder = {"instanceId", "level", "regionCode", "displayName", "registeredAt", "registeredBy"})
public class ChildRegistrationXml {
    public String instanceId;
    public InstanceLevel level;
    public String regionCode;
    public String displayName;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant registeredAt;
    public String registeredBy;

    static ChildRegistrationXml of(ChildRegistration r) {
        ChildRegistrationXml x = new ChildRegistrationXml();
        x.instanceId = r.instanceId();
        x.level = r.level();
        x.regionCode = r.regionCode();
        x.displayName = r.displayName();
        x.registeredAt = r.registeredAt();
        x.registeredBy = r.registeredBy();
        return x;
    }

    static List<ChildRegistrationXml> of(List<ChildRegistration> registrations) {
        return registrations.stream().map(ChildRegistrationXml::of).toList();
    }
}
