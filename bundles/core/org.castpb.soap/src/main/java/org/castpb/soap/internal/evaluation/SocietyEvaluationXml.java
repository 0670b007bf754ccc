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
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.soap.internal.Faults;
import org.castpb.soap.internal.InstantAdapter;

/**
 * A society's result in a campaign: the outcome, why ({@code reason}s, none on PASS) and, except in a page of
 * results, how each module that applied arrived at its part.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "societyEvaluation", propOrder = {"campaignId", "societyId", "societyName", "regionCode", "outcome", "score", "grade",
        "vetoed", "reasons", "evaluatedAt", "modules"})
public class SocietyEvaluationXml {
    public long campaignId;
    public long societyId;
    public String societyName;
    public String regionCode;
    public Outcome outcome;
    public BigDecimal score;
    public Grade grade;
    public boolean vetoed;
    @XmlElement(name = "reason")
    public List<String> reasons = new ArrayList<>();
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant evaluatedAt;
    @XmlElement(name = "module")
    public List<ModuleResultXml> modules = new ArrayList<>();

    static SocietyEvaluationXml of(SocietyEvaluation e) {
        SocietyEvaluationXml x = new SocietyEvaluationXml();
        x.campaignId = e.campaignId();
        x.societyId = e.societyId();
        x.societyName = e.societyName();
        x.regionCode = e.regionCode();
        x.outcome = e.outcome();
        x.score = e.score();
        x.grade = e.grade();
        x.vetoed = e.vetoed();
        x.reasons.addAll(e.in(Faults.readerLanguage()).reasons());
        x.evaluatedAt = e.evaluatedAt();
        e.modules().forEach(m -> x.modules.add(ModuleResultXml.of(m)));
        return x;
    }

    static List<SocietyEvaluationXml> of(List<SocietyEvaluation> evaluations) {
        return evaluations.stream().map(SocietyEvaluationXml::of).toList();
    }

    SocietyEvaluation toEvaluation() {
        return new SocietyEvaluation(campaignId, societyId, societyName, regionCode, outcome, score, grade, vetoed, reasons,
                evaluatedAt, modules.stream().map(ModuleResultXml::toResult).toList());
    }
}
