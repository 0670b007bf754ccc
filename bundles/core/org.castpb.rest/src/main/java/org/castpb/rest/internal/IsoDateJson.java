package org.castpb.rest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a date only from ISO text ({@code "2016-12-31"}): Jackson's own reader also takes a day count
 * ({@code 17000}) and an array ({@code [2016,12,31]}), which a client sends by mistake, never on purpose.
 */
final class IsoDateJson extends StdScalarDeserializer<LocalDate> {

    private static final long serialVersionUID = 1L;
    static final String EXPECTED = "a date like 2016-12-31";

    IsoDateJson() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p.currentToken(), p, EXPECTED);
        }
        String text = p.getText().strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, EXPECTED);
        }
    }
}
