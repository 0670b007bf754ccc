package org.castpb.soap.internal.workers;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.workers.Assessment;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.api.workers.WorkerKind;

/** A worker's grade for a year. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "assessment", propOrder = {"workerId", "societyId", "workerName", "kind", "year", "grade", "note", "assessedBy"})
public class AssessmentXml {
    public long workerId;
    public long societyId;
    public String workerName;
    public WorkerKind kind;
    public int year;
    public WorkerGrade grade;
    public String note;
    public String assessedBy;

    static AssessmentXml of(Assessment a) {
        AssessmentXml x = new AssessmentXml();
        x.workerId = a.workerId();
        x.societyId = a.societyId();
        x.workerName = a.workerName();
        x.kind = a.kind();
        x.year = a.year();
        x.grade = a.grade();
        x.note = a.note();
        x.assessedBy = a.assessedBy();
        return x;
    }
}
