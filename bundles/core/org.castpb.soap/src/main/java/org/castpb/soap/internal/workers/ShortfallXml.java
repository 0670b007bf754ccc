package org.castpb.soap.internal.workers;

import java.math.BigDecimal;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.workers.TrainingShortfall;
import org.castpb.api.workers.WorkerKind;

/** A worker whose training hours in the year are below the target. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "trainingShortfall", propOrder = {"workerId", "societyId", "societyName", "name", "kind", "year", "target", "hours",
        "missing", "ruleVersion"})
public class ShortfallXml {
    public long workerId;
    public long societyId;
    public String societyName;
    public String name;
    public WorkerKind kind;
    public int year;
    public BigDecimal target;
    public BigDecimal hours;
    public BigDecimal missing;
    public String ruleVersion;

    static ShortfallXml of(TrainingShortfall s) {
        ShortfallXml x = new ShortfallXml();
        x.workerId = s.workerId();
        x.societyId = s.societyId();
        x.societyName = s.societyName();
        x.name = s.name();
        x.kind = s.kind();
        x.year = s.year();
        x.target = s.target();
        x.hours = s.hours();
        x.missing = s.missing();
        x.ruleVersion = s.ruleVersion();
        return x;
    }
}
