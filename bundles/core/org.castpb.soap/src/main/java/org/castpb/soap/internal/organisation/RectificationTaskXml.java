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
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.RectificationOrigin;
import org.castpb.api.coverage.RectificationStatus;
import org.castpb.api.coverage.RectificationTask;
import org.castpb.soap.internal.LocalDateAdapter;

/**
 * A rectification task (整改): a society in scope missed a coverage a passed target asked for, or failed an evaluation
 * campaign (origin EVALUATION: no target date or kind, the campaign and its failed criteria instead).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "rectificationTask", propOrder = {"id", "societyId", "societyName", "targetDate", "kind", "dueOn", "status", "overdue",
        "closedOn", "closedBy", "closingNote", "origin", "campaignId", "vetoed", "criteria", "reevaluatedInCampaignId"})
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
    public RectificationOrigin origin;
    public Long campaignId;
    public boolean vetoed;
    @XmlElement(name = "criterion")
    public List<String> criteria = new ArrayList<>();
    public Long reevaluatedInCampaignId;

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
        x.origin = t.origin();
        x.campaignId = t.campaignId();
        x.vetoed = t.vetoed();
        x.criteria = new ArrayList<>(t.criteria());
        x.reevaluatedInCampaignId = t.reevaluatedInCampaignId();
        return x;
    }

    RectificationTask toTask() {
        return new RectificationTask(id, societyId, societyName, targetDate, kind, dueOn, status, overdue, closedOn, closedBy,
                closingNote, origin, campaignId, vetoed, criteria, reevaluatedInCampaignId);
    }
}
