package org.castpb.soap.internal;

import java.time.Instant;
import javax.xml.bind.annotation.adapters.XmlAdapter;

/** xs:dateTime in UTC, e.g. 2026-11-26T08:00:00Z. */
public class InstantAdapter extends XmlAdapter<String, Instant> {
    @Override
    public Instant unmarshal(String text) {
        return text == null ? null : Instant.parse(text.strip());
    }

    @Override
    public String marshal(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
