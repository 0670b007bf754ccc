package org.castpb.soap.internal.account;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.account.AccountDraft;

/**
 * What creates or changes an account: the role, and the region prefix and/or societies of its scope; on creation
 * also the user name and the first password. The service checks every field and names the bad ones.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "accountDraft", propOrder = {"userName", "role", "regionPrefix", "societyIds", "password"})
public class AccountDraftXml {
    public String userName;
    public String role;
    public String regionPrefix;
    @XmlElement(name = "societyId")
    public List<Long> societyIds = new ArrayList<>();
    public String password;

    AccountDraft toDraft() {
        return new AccountDraft(userName, role, regionPrefix, societyIds, password);
    }

    @Override
    public String toString() {
        return toDraft().toString(); // never the password
    }
}
