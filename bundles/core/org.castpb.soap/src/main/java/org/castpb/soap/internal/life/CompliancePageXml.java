package org.castpb.soap.internal.life;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.Page;
import org.castpb.api.life.Frequency;
import org.castpb.api.life.MeetingType;
import org.castpb.api.life.Obligation;
import org.castpb.api.life.OrganisationCompliance;
import org.castpb.api.organisation.OrganisationType;

/** One page of the compliance report: per organisation, per kind of meeting due, the periods due, held and missing. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "compliancePage", propOrder = {"items", "total", "offset", "limit"})
public class CompliancePageXml {
    @XmlElement(name = "organisation")
    public List<OrganisationXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "organisationCompliance", propOrder = {"organisationId", "organisationName", "organisationType", "societyIds",
            "formalMembers", "hasCommittee", "ruleSetVersion", "obligations", "due", "held", "missing"})
    public static class OrganisationXml {
        public long organisationId;
        public String organisationName;
        public OrganisationType organisationType;
        @XmlElement(name = "societyId")
        public List<Long> societyIds = new ArrayList<>();
        public int formalMembers;
        public boolean hasCommittee;
        public String ruleSetVersion;
        @XmlElement(name = "obligation")
        public List<ObligationXml> obligations = new ArrayList<>();
        public int due;
        public int held;
        public int missing;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "obligation", propOrder = {"type", "frequency", "due", "held", "missing", "missingPeriods"})
    public static class ObligationXml {
        public MeetingType type;
        public Frequency frequency;
        public int due;
        public int held;
        public int missing;
        @XmlElement(name = "missingPeriod")
        public List<PeriodXml> missingPeriods = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "period", propOrder = {"from", "to"})
    public static class PeriodXml {
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate from;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate to;
    }

    static CompliancePageXml of(Page<OrganisationCompliance> page) {
        CompliancePageXml x = new CompliancePageXml();
        for (OrganisationCompliance oc : page.items()) {
            OrganisationXml o = new OrganisationXml();
            o.organisationId = oc.organisationId();
            o.organisationName = oc.organisationName();
            o.organisationType = oc.organisationType();
            o.societyIds.addAll(oc.societyIds());
            o.formalMembers = oc.formalMembers();
            o.hasCommittee = oc.hasCommittee();
            o.ruleSetVersion = oc.ruleSetVersion();
            for (Obligation ob : oc.obligations()) {
                ObligationXml b = new ObligationXml();
                b.type = ob.type();
                b.frequency = ob.frequency();
                b.due = ob.due();
                b.held = ob.held();
                b.missing = ob.missing();
                ob.missingPeriods().forEach(p -> {
                    PeriodXml px = new PeriodXml();
                    px.from = p.from();
                    px.to = p.to();
                    b.missingPeriods.add(px);
                });
                o.obligations.add(b);
            }
            o.due = oc.due();
            o.held = oc.held();
            o.missing = oc.missing();
            x.items.add(o);
        }
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
