package org.castpb.soap.internal.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;

/**
 * An evaluation campaign and the progress of its last run; {@code regionPrefix} is empty for all societies, and
 * {@code correctsCampaignId} names the campaign it corrects, if any.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "campaign", propOrder = {"id", "year", "kind", "title", "asOf", "regionPrefix", "status", "createdBy", "createdAt",
        "startedAt", "finishedAt", "societies", "evaluated", "passed", "failed", "incomplete", "moduleErrors", "version",
        "correctsCampaignId"})
public class CampaignXml {
    public long id;
    public int year;
    public EvaluationKind kind;
    public String title;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    public String regionPrefix;
    public CampaignStatus status;
    public String createdBy;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant createdAt;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant startedAt;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant finishedAt;
    public int societies;
    public int evaluated;
    public int passed;
    public int failed;
    public int incomplete;
    public int moduleErrors;
    public long version;
    public Long correctsCampaignId;

    static CampaignXml of(Campaign c) {
        CampaignXml x = new CampaignXml();
        x.id = c.id();
        x.year = c.year();
        x.kind = c.kind();
        x.title = c.title();
        x.asOf = c.asOf();
        x.regionPrefix = c.regionPrefix();
        x.status = c.status();
        x.createdBy = c.createdBy();
        x.createdAt = c.createdAt();
        x.startedAt = c.startedAt();
        x.finishedAt = c.finishedAt();
        x.societies = c.societies();
        x.evaluated = c.evaluated();
        x.passed = c.passed();
        x.failed = c.failed();
        x.incomplete = c.incomplete();
        x.moduleErrors = c.moduleErrors();
        x.version = c.version();
        x.correctsCampaignId = c.correctsCampaignId();
        return x;
    }

    Campaign toCampaign() {
        return new Campaign(id, year, kind, title, asOf, regionPrefix == null ? "" : regionPrefix, status, createdBy, createdAt,
                startedAt, finishedAt, societies, evaluated, passed, failed, incomplete, moduleErrors, version,
                correctsCampaignId);
    }
}
