package org.castpb.soap.internal.reports;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.SocietyLevel;
import org.castpb.api.budgets.SocietyWithoutBudget;

/** A society listing no party-work funding for the year; {@code recorded}: a budget was recorded, without a line. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "societyWithoutBudget", propOrder = {"societyId", "name", "level", "regionCode", "recorded"})
public class SocietyWithoutBudgetXml {
    public long societyId;
    public String name;
    public SocietyLevel level;
    public String regionCode;
    public boolean recorded;

    static SocietyWithoutBudgetXml of(SocietyWithoutBudget s) {
        SocietyWithoutBudgetXml x = new SocietyWithoutBudgetXml();
        x.societyId = s.societyId();
        x.name = s.name();
        x.level = s.level();
        x.regionCode = s.regionCode();
        x.recorded = s.recorded();
        return x;
    }
}
