package org.castpb.soap.internal.members;

import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.pipeline.PipelineRuleSet;
import org.castpb.soap.internal.LocalDateAdapter;

/** A version of the development pipeline's rules, in force from its date. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "pipelineRuleSet", propOrder = {"version", "effectiveFrom", "minAgeYears", "activistMinMonths", "minTrainingHours",
        "probationMonths", "maxExtensionMonths", "maxExtensions"})
public class PipelineRuleSetXml {
    public String version;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate effectiveFrom;
    public int minAgeYears;
    public int activistMinMonths;
    public int minTrainingHours;
    public int probationMonths;
    public int maxExtensionMonths;
    public int maxExtensions;

    static List<PipelineRuleSetXml> of(List<PipelineRuleSet> ruleSets) {
        return ruleSets.stream().map(r -> {
            PipelineRuleSetXml x = new PipelineRuleSetXml();
            x.version = r.version();
            x.effectiveFrom = r.effectiveFrom();
            x.minAgeYears = r.minAgeYears();
            x.activistMinMonths = r.activistMinMonths();
            x.minTrainingHours = r.minTrainingHours();
            x.probationMonths = r.probationMonths();
            x.maxExtensionMonths = r.maxExtensionMonths();
            x.maxExtensions = r.maxExtensions();
            return x;
        }).toList();
    }
}
