package org.castpb.soap.internal.orglife;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;

/** A recorded round of democratic appraisal. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "appraisalRound", propOrder = {"id", "organisationId", "organisationName", "year", "heldOn", "grades", "warnings",
        "justification", "ruleSetVersion", "version", "updatedAt", "updatedBy"})
public class AppraisalRoundXml {
    public long id;
    public long organisationId;
    public String organisationName;
    public int year;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate heldOn;
    @XmlElement(name = "grade")
    public List<AppraisedXml> grades = new ArrayList<>();
    @XmlElement(name = "warning")
    public List<String> warnings = new ArrayList<>();
    public String justification;
    public String ruleSetVersion;
    public long version;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant updatedAt;
    public String updatedBy;

    /** A member's grade in the round. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "appraisedMember", propOrder = {"memberId", "name", "grade"})
    public static class AppraisedXml {
        public long memberId;
        public String name;
        public AppraisalGrade grade;
    }

    static AppraisalRoundXml of(AppraisalRound r) {
        AppraisalRoundXml x = new AppraisalRoundXml();
        x.id = r.id();
        x.organisationId = r.organisationId();
        x.organisationName = r.organisationName();
        x.year = r.year();
        x.heldOn = r.heldOn();
        r.grades().forEach(g -> {
            AppraisedXml a = new AppraisedXml();
            a.memberId = g.memberId();
            a.name = g.name();
            a.grade = g.grade();
            x.grades.add(a);
        });
        x.warnings.addAll(r.warnings());
        x.justification = r.justification();
        x.ruleSetVersion = r.ruleSetVersion();
        x.version = r.version();
        x.updatedAt = r.updatedAt();
        x.updatedBy = r.updatedBy();
        return x;
    }
}
