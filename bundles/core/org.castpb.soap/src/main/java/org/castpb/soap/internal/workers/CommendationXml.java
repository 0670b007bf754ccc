package org.castpb.soap.internal.workers;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.workers.Commendation;
import org.castpb.api.workers.CommendationDraft;

/** A commendation of a society, one of its party organisations or workers; as a draft, id is ignored. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "commendation", propOrder = {"id", "societyId", "workerId", "organisationId", "title", "awardedOn", "awardedBy"})
public class CommendationXml {
    public long id;
    public long societyId;
    public Long workerId;
    public Long organisationId;
    public String title;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate awardedOn;
    public String awardedBy;

    static CommendationXml of(Commendation c) {
        CommendationXml x = new CommendationXml();
        x.id = c.id();
        x.societyId = c.societyId();
        x.workerId = c.workerId();
        x.organisationId = c.organisationId();
        x.title = c.title();
        x.awardedOn = c.awardedOn();
        x.awardedBy = c.awardedBy();
        return x;
    }

    CommendationDraft toDraft() {
        return new CommendationDraft(societyId, workerId, organisationId, title, awardedOn, awardedBy);
    }
}
