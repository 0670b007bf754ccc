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

/** The group-member admission check of a society: pass or fail, and one reason per condition, the organisation first. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "admissionCheck", propOrder = {"societyId", "groupMemberStatus", "asOf", "pass", "reasons"})
public class AdmissionCheckXml {
    public long societyId;
    public GroupMemberStatus groupMemberStatus;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    public boolean pass;
    @XmlElement(name = "reason")
    public List<AdmissionReasonXml> reasons = new ArrayList<>();

    static AdmissionCheckXml of(AdmissionCheck c) {
        AdmissionCheckXml x = new AdmissionCheckXml();
        x.societyId = c.societyId();
        x.groupMemberStatus = c.groupMemberStatus();
        x.asOf = c.asOf();
        x.pass = c.pass();
        c.reasons().forEach(r -> x.reasons.add(AdmissionReasonXml.of(r)));
        return x;
    }

    AdmissionCheck toCheck() {
        return new AdmissionCheck(societyId, groupMemberStatus, asOf, pass, reasons.stream().map(AdmissionReasonXml::toReason).toList());
    }
}
