package org.castpb.soap.internal.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.budgets.PartyWorkBudget;
import org.castpb.api.budgets.SpendingCategory;
import org.castpb.soap.internal.InstantAdapter;

/** A society's party-work budget for a year: the budget line (absent: none), spending by category, facilities. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "partyWorkBudget", propOrder = {"societyId", "societyName", "year", "budgetLine", "spending", "spent", "activityRoom",
        "facilities", "updatedBy", "updatedAt", "version"})
public class BudgetXml {
    public long societyId;
    public String societyName;
    public int year;
    public BigDecimal budgetLine;
    @XmlElement(name = "spending")
    public List<Spending> spending = new ArrayList<>();
    public BigDecimal spent;
    public boolean activityRoom;
    public String facilities;
    public String updatedBy;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant updatedAt;
    public long version;

    /** What was spent on one category, in yuan. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "spending", propOrder = {"category", "amount"})
    public static class Spending {
        public SpendingCategory category;
        public BigDecimal amount;
    }

    static Map<SpendingCategory, BigDecimal> toMap(List<Spending> spending) {
        Map<SpendingCategory, BigDecimal> map = new EnumMap<>(SpendingCategory.class);
        if (spending != null) {
            spending.stream().filter(s -> s != null && s.category != null).forEach(s -> map.put(s.category, s.amount));
        }
        return map;
    }

    static BudgetXml of(PartyWorkBudget b) {
        BudgetXml x = new BudgetXml();
        x.societyId = b.societyId();
        x.societyName = b.societyName();
        x.year = b.year();
        x.budgetLine = b.budgetLine();
        x.spending.addAll(spendingOf(b.spending()));
        x.spent = b.spent();
        x.activityRoom = b.activityRoom();
        x.facilities = b.facilities();
        x.updatedBy = b.updatedBy();
        x.updatedAt = b.updatedAt();
        x.version = b.version();
        return x;
    }

    /** The spending by category, in the categories' order. */
    static List<Spending> spendingOf(Map<SpendingCategory, BigDecimal> spending) {
        return spending.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            Spending s = new Spending();
            s.category = e.getKey();
            s.amount = e.getValue();
            return s;
        }).toList();
    }
}
