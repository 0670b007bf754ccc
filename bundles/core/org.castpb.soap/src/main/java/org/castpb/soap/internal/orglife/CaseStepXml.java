package org.castpb.soap.internal.orglife;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.appraisal.CaseStep;
import org.castpb.api.appraisal.HandlingStep;
import org.castpb.soap.internal.LocalDateAdapter;

/** A dated step of an unqualified-member case. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "caseStep", propOrder = {"number", "kind", "on", "deadline", "note", "recordedBy"})
public class CaseStepXml {
    public int number;
    public HandlingStep kind;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate on;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate deadline;
    public String note;
    public String recordedBy;

    static CaseStepXml of(CaseStep s) {
        CaseStepXml x = new CaseStepXml();
        x.number = s.number();
        x.kind = s.kind();
        x.on = s.on();
        x.deadline = s.deadline();
        x.note = s.note();
        x.recordedBy = s.recordedBy();
        return x;
    }
}
