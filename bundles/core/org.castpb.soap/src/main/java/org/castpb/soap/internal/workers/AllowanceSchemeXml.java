package org.castpb.soap.internal.workers;

import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.workers.AllowanceSchemeInfo;

/** An allowance scheme plugin installed here: its id, name and region. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "allowanceScheme", propOrder = {"id", "name", "region"})
public class AllowanceSchemeXml {
    public String id;
    public String name;
    public String region;

    static List<AllowanceSchemeXml> of(List<AllowanceSchemeInfo> schemes) {
        return schemes.stream().map(s -> {
            AllowanceSchemeXml x = new AllowanceSchemeXml();
            x.id = s.id();
            x.name = s.name();
            x.region = s.region();
            return x;
        }).toList();
    }
}
