package org.castpb.soap.internal;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.bind.annotation.adapters.XmlAdapter;

/** xs:gYearMonth, e.g. 2016-12: the months of snapshots and trends, written as REST writes them. */
public class YearMonthAdapter extends XmlAdapter<String, YearMonth> {

    // xs:gYearMonth allows a time zone; a month of Beijing dates has none, so one sent is ignored
    private static final Pattern MONTH = Pattern.compile("(\\d{4}-\\d{2})(?:Z|[+-]\\d{2}:\\d{2})?");

    @Override
    public YearMonth unmarshal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = MONTH.matcher(text.strip());
        if (!m.matches()) {
            throw new UnreadableValueException("a month is written like 2016-12, got '" + text + "'");
        }
        try {
            return YearMonth.parse(m.group(1));
        } catch (java.time.format.DateTimeParseException e) {
            throw new UnreadableValueException("a month is written like 2016-12, got '" + text + "'");
        }
    }

    @Override
    public String marshal(YearMonth month) {
        return month == null ? null : month.toString();
    }
}
