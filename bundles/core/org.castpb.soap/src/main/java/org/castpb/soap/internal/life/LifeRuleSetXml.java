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
import org.castpb.api.life.Frequency;
import org.castpb.api.life.LifeRuleSet;
import org.castpb.api.life.MeetingType;
import org.castpb.soap.internal.LocalDateAdapter;

/** A version of the organisational-life rules, in force from its date: how often each meeting is due. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "lifeRuleSet", propOrder = {"version", "effectiveFrom", "frequencies", "committeeFromFormalMembers", "absenceMonths"})
public class LifeRuleSetXml {
    public String version;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate effectiveFrom;
    @XmlElement(name = "frequency")
    public List<Due> frequencies = new ArrayList<>();
    public int committeeFromFormalMembers;
    public int absenceMonths;

    /** How often one type of meeting is due. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "meetingFrequency", propOrder = {"type", "frequency"})
    public static class Due {
        public MeetingType type;
        public Frequency frequency;
    }

    static List<LifeRuleSetXml> of(List<LifeRuleSet> ruleSets) {
        return ruleSets.stream().map(r -> {
            LifeRuleSetXml x = new LifeRuleSetXml();
            x.version = r.version();
            x.effectiveFrom = r.effectiveFrom();
            r.frequencies().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
                Due due = new Due();
                due.type = e.getKey();
                due.frequency = e.getValue();
                x.frequencies.add(due);
            });
            x.committeeFromFormalMembers = r.committeeFromFormalMembers();
            x.absenceMonths = r.absenceMonths();
            return x;
        }).toList();
    }
}
