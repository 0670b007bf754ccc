package org.castpb.soap.internal.federation;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.federation.InstanceIdentity;
import org.castpb.api.federation.InstanceLevel;

/** Who this instance is: its id, level and region, and the parent it reports to (if any). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "instance", propOrder = {"instanceId", "level", "regionCode", "displayName", "parentUrl", "reportingAccount"})
public class InstanceXml {
    public String instanceId;
    public InstanceLevel level;
    public String regionCode;
    public String displayName;
    public String parentUrl;
    public String reportingAccount;

    static InstanceXml of(InstanceIdentity i) {
        InstanceXml x = new InstanceXml();
        x.instanceId = i.instanceId();
        x.level = i.level();
        x.regionCode = i.regionCode();
        x.displayName = i.displayName();
        x.parentUrl = i.parentUrl();
        x.reportingAccount = i.reportingAccount();
        return x;
    }
}
