package org.castpb.soap.internal.organisation;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.RectificationStatus;
import org.castpb.api.coverage.RectificationTask;
import org.castpb.soap.internal.LocalDateAdapter;

/** A rectification task (整改): a society in scope missed a coverage a passed target asked for. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "rectificationTask", propOrder = {"id", "societyId", "societyName", "targetDate", "kind", "dueOn", "status", "overdue",
        "closedOn", "closedBy", "closingNote"})
public class RectificationTaskXml {
    public long id;
    public long societyId;
    public String societyName;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate targetDate;
    public CoverageKind kind;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate dueOn;
    public RectificationStatus status;
    public boolean overdue;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate closedOn;
    public String closedBy;
    public String closingNote;

    static RectificationTaskXml of(RectificationTask t) {
        RectificationTaskXml x = new RectificationTaskXml();
        x.id = t.id();
        x.societyId = t.societyId();
        x.societyName = t.societyName();
        x.targetDate = t.targetDate();
        x.kind = t.kind();
        x.dueOn = t.dueOn();
        x.status = t.status();
        x.overdue = t.overdue();
        x.closedOn = t.closedOn();
        x.closedBy = t.closedBy();
        x.closingNote = t.closingNote();
        return x;
    }

    RectificationTask toTask() {
        return new RectificationTask(id, societyId, societyName, targetDate, kind, dueOn, status, overdue, closedOn, closedBy, closingNote);
    }
}
