package org.castpb.soap.internal.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.SocietyLevel;
import org.castpb.api.budgets.BudgetSheet;
import org.castpb.api.budgets.BudgetSheetRow;

/** The party-work budget sheet of a year: a row per active society in scope, then the totals. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "budgetSheet", propOrder = {"year", "rows", "budgetLines", "spending", "spent", "missingLines"})
public class BudgetSheetXml {
    public int year;
    @XmlElement(name = "row")
    public List<Row> rows = new ArrayList<>();
    public BigDecimal budgetLines;
    @XmlElement(name = "spending")
    public List<BudgetXml.Spending> spending = new ArrayList<>();
    public BigDecimal spent;
    public int missingLines;

    /** One society: budgetLine absent when none is listed; spending and spent absent when nothing was recorded. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "budgetSheetRow", propOrder = {"societyId", "uscc", "societyName", "level", "regionCode", "recorded", "budgetLine",
            "spending", "spent", "activityRoom", "facilities", "missingLine"})
    public static class Row {
        public long societyId;
        public String uscc;
        public String societyName;
        public SocietyLevel level;
        public String regionCode;
        public boolean recorded;
        public BigDecimal budgetLine;
        @XmlElement(name = "spending")
        public List<BudgetXml.Spending> spending = new ArrayList<>();
        public BigDecimal spent;
        public boolean activityRoom;
        public String facilities;
        public boolean missingLine;

        static Row of(BudgetSheetRow r) {
            Row x = new Row();
            x.societyId = r.societyId();
            x.uscc = r.uscc();
            x.societyName = r.societyName();
            x.level = r.level();
            x.regionCode = r.regionCode();
            x.recorded = r.recorded();
            x.budgetLine = r.budgetLine();
            x.spending.addAll(BudgetXml.spendingOf(r.spending()));
            x.spent = r.spent();
            x.activityRoom = r.activityRoom();
            x.facilities = r.facilities();
            x.missingLine = r.missingLine();
            return x;
        }
    }

    static BudgetSheetXml of(BudgetSheet sheet) {
        BudgetSheetXml x = new BudgetSheetXml();
        x.year = sheet.year();
        sheet.rows().forEach(r -> x.rows.add(Row.of(r)));
        x.budgetLines = sheet.budgetLines();
        x.spending.addAll(BudgetXml.spendingOf(sheet.spending()));
        x.spent = sheet.spent();
        x.missingLines = sheet.missingLines();
        return x;
    }
}
