package org.castpb.soap.internal.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.coverage.AdmissionCheck;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.soap.internal.members.ReconciliationXml;

/**
 * The group-member admission check of a society: pass or fail, one reason per condition, the organisation first, and the
 * registered members against the ledger.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "admissionCheck", propOrder = {"societyId", "groupMemberStatus", "asOf", "pass", "reasons", "registeredMembers"})
public class AdmissionCheckXml {
    public long societyId;
    public GroupMemberStatus groupMemberStatus;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    public boolean pass;
    @XmlElement(name = "reason")
    public List<AdmissionReasonXml> reasons = new ArrayList<>();
    /** The applicant's registered members against its ledger, for information. */
    public ReconciliationXml registeredMembers;

    static AdmissionCheckXml of(AdmissionCheck c) {
        AdmissionCheckXml x = new AdmissionCheckXml();
        x.societyId = c.societyId();
        x.groupMemberStatus = c.groupMemberStatus();
        x.asOf = c.asOf();
        x.pass = c.pass();
        c.reasons().forEach(r -> x.reasons.add(AdmissionReasonXml.of(r)));
        x.registeredMembers = c.registeredMembers() == null ? null : ReconciliationXml.of(c.registeredMembers());
        return x;
    }

    AdmissionCheck toCheck() {
        return new AdmissionCheck(societyId, groupMemberStatus, asOf, pass, reasons.stream().map(AdmissionReasonXml::toReason).toList());
    }
}
