package org.castpb.soap.internal.orglife;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.matters.MatterCategory;
import org.castpb.api.matters.MatterDraft;
import org.castpb.soap.internal.LocalDateAdapter;

/** A major matter as a society records it, with its opinion and decision if already there. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "matterDraft", propOrder = {"societyId", "category", "title", "raisedOn", "amount", "opinion", "decidedOn"})
public class MatterDraftXml {
    public long societyId;
    public MatterCategory category;
    public String title;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate raisedOn;
    public BigDecimal amount;
    public OpinionXml opinion;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate decidedOn;

    MatterDraft toDraft() {
        return new MatterDraft(societyId, category, title, raisedOn, amount, opinion == null ? null : opinion.toOpinion(), decidedOn);
    }
}
