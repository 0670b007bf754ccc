package org.castpb.soap.internal;

import java.time.LocalDate;
import javax.xml.bind.annotation.adapters.XmlAdapter;

/** xs:date, e.g. 2016-12-31. */
public class LocalDateAdapter extends XmlAdapter<String, LocalDate> {
    @Override
    public LocalDate unmarshal(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    @Override
    public String marshal(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
