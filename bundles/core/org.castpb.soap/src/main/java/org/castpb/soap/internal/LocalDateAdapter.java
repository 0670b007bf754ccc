package org.castpb.soap.internal;

import java.time.LocalDate;
import javax.xml.bind.annotation.adapters.XmlAdapter;

/** xs:date, e.g. 2016-12-31. */
public class LocalDateAdapter extends XmlAdapter<String, LocalDate> {
    @Override
    public LocalDate unmarshal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new UnreadableValueException("a date is written like 2016-12-31, got '" + text.strip() + "'");
        }
    }

    @Override
    public String marshal(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
