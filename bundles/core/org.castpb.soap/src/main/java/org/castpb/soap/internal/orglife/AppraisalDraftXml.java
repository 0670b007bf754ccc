package org.castpb.soap.internal.orglife;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.appraisal.AppraisalDraft;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.GradeEntry;
import org.castpb.soap.internal.LocalDateAdapter;

/** A round as recorded: the organisation, the year, the day held, a grade per member and the justification if needed. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "appraisalDraft", propOrder = {"organisationId", "year", "heldOn", "grades", "justification"})
public class AppraisalDraftXml {
    public long organisationId;
    public int year;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate heldOn;
    @XmlElement(name = "grade")
    public List<GradeXml> grades = new ArrayList<>();
    public String justification;

    /** One member's grade. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "gradeEntry", propOrder = {"memberId", "grade"})
    public static class GradeXml {
        public long memberId;
        public AppraisalGrade grade;
    }

    AppraisalDraft toDraft() {
        return new AppraisalDraft(organisationId, year, heldOn, grades.stream().map(g -> g == null ? null : new GradeEntry(g.memberId, g.grade)).toList(),
                justification);
    }
}
