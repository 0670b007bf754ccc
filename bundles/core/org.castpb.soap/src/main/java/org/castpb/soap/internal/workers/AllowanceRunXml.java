package org.castpb.soap.internal.workers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.workers.AllowanceLine;
import org.castpb.api.workers.AllowanceRun;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.soap.internal.InstantAdapter;

/** One allocation of a year's allowance budget with its lines in the caller's scope. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "allowanceRun", propOrder = {"id", "year", "schemeId", "schemeName", "budget", "total", "at", "by", "lines"})
public class AllowanceRunXml {
    public long id;
    public int year;
    public String schemeId;
    public String schemeName;
    public BigDecimal budget;
    public BigDecimal total;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant at;
    public String by;
    @XmlElement(name = "line")
    public List<Line> lines = new ArrayList<>();

    /** One worker's allowance. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "allowanceLine", propOrder = {"workerId", "societyId", "workerName", "grade", "amount", "explanation"})
    public static class Line {
        public long workerId;
        public long societyId;
        public String workerName;
        public WorkerGrade grade;
        public BigDecimal amount;
        public String explanation;
    }

    static AllowanceRunXml of(AllowanceRun r) {
        AllowanceRunXml x = new AllowanceRunXml();
        x.id = r.id();
        x.year = r.year();
        x.schemeId = r.schemeId();
        x.schemeName = r.schemeName();
        x.budget = r.budget();
        x.total = r.total();
        x.at = r.at();
        x.by = r.by();
        for (AllowanceLine l : r.lines()) {
            Line line = new Line();
            line.workerId = l.workerId();
            line.societyId = l.societyId();
            line.workerName = l.workerName();
            line.grade = l.grade();
            line.amount = l.amount();
            line.explanation = l.explanation();
            x.lines.add(line);
        }
        return x;
    }
}
