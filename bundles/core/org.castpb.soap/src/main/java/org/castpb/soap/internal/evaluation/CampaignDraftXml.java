package org.castpb.soap.internal.evaluation;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.soap.internal.LocalDateAdapter;

/**
 * What opens a campaign: {@code year} and {@code kind} are required; the title, the day evaluated (31 December of
 * the year) and the region prefix (all societies) are filled in by the service when left out. A correction of a
 * funded (frozen) campaign names it in {@code correctsCampaignId}.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "campaignDraft", propOrder = {"year", "kind", "title", "asOf", "regionPrefix", "correctsCampaignId"})
public class CampaignDraftXml {
    public Integer year;
    public EvaluationKind kind;
    public String title;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    public String regionPrefix;
    public Long correctsCampaignId;

    static CampaignDraftXml of(CampaignDraft d) {
        CampaignDraftXml x = new CampaignDraftXml();
        x.year = d.year();
        x.kind = d.kind();
        x.title = d.title();
        x.asOf = d.asOf();
        x.regionPrefix = d.regionPrefix();
        x.correctsCampaignId = d.correctsCampaignId();
        return x;
    }

    CampaignDraft toDraft() {
        return new CampaignDraft(year, kind, title, asOf, regionPrefix, correctsCampaignId);
    }
}
