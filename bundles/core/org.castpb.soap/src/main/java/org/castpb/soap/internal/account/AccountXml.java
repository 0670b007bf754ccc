package org.castpb.soap.internal.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.account.Account;
import org.castpb.soap.internal.InstantAdapter;

/** An account: its user name, role and scope (everything, a region prefix, named societies), whether disabled. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "account", propOrder = {"userName", "role", "allSocieties", "regionPrefix", "societyIds", "disabled", "version",
        "createdAt", "createdBy", "updatedAt", "updatedBy"})
public class AccountXml {
    public String userName;
    public String role;
    public boolean allSocieties;
    public String regionPrefix;
    @XmlElement(name = "societyId")
    public List<Long> societyIds = new ArrayList<>();
    public boolean disabled;
    public long version;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant createdAt;
    public String createdBy;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant updatedAt;
    public String updatedBy;

    static AccountXml of(Account a) {
        AccountXml x = new AccountXml();
        x.userName = a.userName();
        x.role = a.role();
        x.allSocieties = a.scope().all();
        x.regionPrefix = a.scope().regionPrefix();
        x.societyIds = a.scope().societyIds().stream().sorted().toList();
        x.disabled = a.disabled();
        x.version = a.version();
        x.createdAt = a.createdAt();
        x.createdBy = a.createdBy();
        x.updatedAt = a.updatedAt();
        x.updatedBy = a.updatedBy();
        return x;
    }
}
