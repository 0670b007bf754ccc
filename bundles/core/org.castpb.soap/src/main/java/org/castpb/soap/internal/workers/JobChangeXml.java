package org.castpb.soap.internal.workers;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.workers.JobChange;
import org.castpb.api.workers.JobChangeKind;

/** A job change of a full-time worker with its due day and, once filed, its report. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "jobChange", propOrder = {"id", "workerId", "societyId", "workerName", "kind", "changedOn", "before", "after", "dueOn",
        "filedOn", "filedBy", "report", "overdue", "late"})
public class JobChangeXml {
    public long id;
    public long workerId;
    public long societyId;
    public String workerName;
    public JobChangeKind kind;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate changedOn;
    public String before;
    public String after;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate dueOn;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate filedOn;
    public String filedBy;
    public String report;
    public boolean overdue;
    public boolean late;

    static JobChangeXml of(JobChange c) {
        JobChangeXml x = new JobChangeXml();
        x.id = c.id();
        x.workerId = c.workerId();
        x.societyId = c.societyId();
        x.workerName = c.workerName();
        x.kind = c.kind();
        x.changedOn = c.changedOn();
        x.before = c.before();
        x.after = c.after();
        x.dueOn = c.dueOn();
        x.filedOn = c.filedOn();
        x.filedBy = c.filedBy();
        x.report = c.report();
        x.overdue = c.overdue();
        x.late = c.late();
        return x;
    }
}
