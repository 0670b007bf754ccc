package org.castpb.soap.internal.evaluation;

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
import org.castpb.api.evaluation.Allocation;
import org.castpb.soap.internal.InstantAdapter;

/** A recorded funding allocation: the scheme and its version, the budget, the total awarded and every award. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "allocation", propOrder = {"id", "campaignId", "schemeId", "schemeVersion", "budget", "total", "note", "createdBy",
        "createdAt", "awards"})
public class AllocationXml {
    public long id;
    public long campaignId;
    public String schemeId;
    public String schemeVersion;
    public BigDecimal budget;
    public BigDecimal total;
    public String note;
    public String createdBy;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant createdAt;
    @XmlElement(name = "award")
    public List<AwardXml> awards = new ArrayList<>();

    static AllocationXml of(Allocation a) {
        AllocationXml x = new AllocationXml();
        x.id = a.id();
        x.campaignId = a.campaignId();
        x.schemeId = a.schemeId();
        x.schemeVersion = a.schemeVersion();
        x.budget = a.budget();
        x.total = a.total();
        x.note = a.note();
        x.createdBy = a.createdBy();
        x.createdAt = a.createdAt();
        a.awards().forEach(w -> x.awards.add(AwardXml.of(w)));
        return x;
    }

    static List<AllocationXml> of(List<Allocation> allocations) {
        return allocations.stream().map(AllocationXml::of).toList();
    }

    Allocation toAllocation() {
        return new Allocation(id, campaignId, schemeId, schemeVersion, budget, total, note, createdBy, createdAt,
                awards.stream().map(AwardXml::toAward).toList());
    }
}
