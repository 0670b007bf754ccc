package org.castpb.soap.internal.orglife;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.matters.MatterCategory;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;

/** A recorded major matter; {@code breach} names its breach once decided so. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "majorMatter", propOrder = {"id", "societyId", "societyName", "category", "title", "raisedOn", "amount", "ruleSetVersion",
        "threshold", "opinion", "decidedOn", "breach", "version", "updatedAt", "updatedBy"})
public class MatterXml {
    public long id;
    public long societyId;
    public String societyName;
    public MatterCategory category;
    public String title;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate raisedOn;
    public BigDecimal amount;
    public String ruleSetVersion;
    public BigDecimal threshold;
    public OpinionXml opinion;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate decidedOn;
    public String breach;
    public long version;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant updatedAt;
    public String updatedBy;

    static MatterXml of(MajorMatter m) {
        MatterXml x = new MatterXml();
        x.id = m.id();
        x.societyId = m.societyId();
        x.societyName = m.societyName();
        x.category = m.category();
        x.title = m.title();
        x.raisedOn = m.raisedOn();
        x.amount = m.amount();
        x.ruleSetVersion = m.ruleSetVersion();
        x.threshold = m.threshold();
        x.opinion = OpinionXml.of(m.opinion());
        x.decidedOn = m.decidedOn();
        x.breach = m.breach();
        x.version = m.version();
        x.updatedAt = m.updatedAt();
        x.updatedBy = m.updatedBy();
        return x;
    }

    static List<MatterXml> of(List<MajorMatter> matters) {
        return matters.stream().map(MatterXml::of).toList();
    }
}
