package org.castpb.soap.internal.federation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.federation.InstanceLevel;
import org.castpb.api.federation.UpwardReport;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.soap.internal.organisation.CoverageFiguresXml;
import org.castpb.soap.internal.organisation.CoverageRowXml;

/** A report a child sent upward, as received: its coverage, breakdowns, targets, rectifications, campaigns and societies. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "upwardReport", propOrder = {"reportId", "instanceId", "level", "regionCode", "displayName", "asOf", "createdAt",
        "totals", "byRegion", "byDiscipline", "targets", "openRectifications", "overdueRectifications", "campaigns", "societies"})
public class UpwardReportXml {
    public String reportId;
    public String instanceId;
    public InstanceLevel level;
    public String regionCode;
    public String displayName;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant createdAt;
    public CoverageFiguresXml totals;
    public List<CoverageRowXml> byRegion = new ArrayList<>();
    public List<CoverageRowXml> byDiscipline = new ArrayList<>();
    @XmlElement(name = "target")
    public List<Target> targets = new ArrayList<>();
    public long openRectifications;
    public long overdueRectifications;
    @XmlElement(name = "campaign")
    public List<Campaign> campaigns = new ArrayList<>();
    @XmlElement(name = "society")
    public List<ReportedSocietyXml> societies = new ArrayList<>();

    /** A coverage target of the child judged on its date. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "reportedTarget", propOrder = {"date", "organisationMin", "workMin", "organisationMet", "workMet",
            "organisationShort", "workShort"})
    public static class Target {
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate date;
        public BigDecimal organisationMin;
        public BigDecimal workMin;
        public boolean organisationMet;
        public boolean workMet;
        public long organisationShort;
        public long workShort;
    }

    /** The outcome of one of the child's evaluation campaigns. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "campaignOutcome", propOrder = {"campaignId", "year", "title", "evaluated", "passed", "failed", "incomplete"})
    public static class Campaign {
        public long campaignId;
        public int year;
        public String title;
        public int evaluated;
        public int passed;
        public int failed;
        public int incomplete;
    }

    static UpwardReportXml of(UpwardReport r) {
        UpwardReportXml x = new UpwardReportXml();
        x.reportId = r.reportId();
        x.instanceId = r.instanceId();
        x.level = r.level();
        x.regionCode = r.regionCode();
        x.displayName = r.displayName();
        x.asOf = r.asOf();
        x.createdAt = r.createdAt();
        x.totals = CoverageFiguresXml.of(r.totals());
        r.byRegion().forEach(row -> x.byRegion.add(CoverageRowXml.of(row)));
        r.byDiscipline().forEach(row -> x.byDiscipline.add(CoverageRowXml.of(row)));
        r.targets().forEach(t -> {
            Target target = new Target();
            target.date = t.date();
            target.organisationMin = t.organisationMin();
            target.workMin = t.workMin();
            target.organisationMet = t.organisationMet();
            target.workMet = t.workMet();
            target.organisationShort = t.organisationShort();
            target.workShort = t.workShort();
            x.targets.add(target);
        });
        r.campaigns().forEach(c -> {
            Campaign campaign = new Campaign();
            campaign.campaignId = c.campaignId();
            campaign.year = c.year();
            campaign.title = c.title();
            campaign.evaluated = c.evaluated();
            campaign.passed = c.passed();
            campaign.failed = c.failed();
            campaign.incomplete = c.incomplete();
            x.campaigns.add(campaign);
        });
        x.societies.addAll(ReportedSocietyXml.of(r.societies()));
        return x;
    }
}
