package org.castpb.soap.internal.workers;

import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.workers.TrainingRule;
import org.castpb.soap.internal.LocalDateAdapter;

/** A version of the yearly training target, in force from its date: hours for full-time and part-time workers. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "trainingRule", propOrder = {"version", "effectiveFrom", "fullTimeHours", "partTimeHours"})
public class TrainingRuleXml {
    public String version;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate effectiveFrom;
    public int fullTimeHours;
    public int partTimeHours;

    static List<TrainingRuleXml> of(List<TrainingRule> rules) {
        return rules.stream().map(r -> {
            TrainingRuleXml x = new TrainingRuleXml();
            x.version = r.version();
            x.effectiveFrom = r.effectiveFrom();
            x.fullTimeHours = r.fullTimeHours();
            x.partTimeHours = r.partTimeHours();
            return x;
        }).toList();
    }
}
