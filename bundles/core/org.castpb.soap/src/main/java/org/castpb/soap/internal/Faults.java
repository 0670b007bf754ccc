package org.castpb.soap.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.castpb.api.BusyException;
import org.castpb.api.CastpbException;
import org.castpb.api.ValidationException;
import org.castpb.api.text.ErrorTexts;
import org.castpb.api.text.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOAP door's one error mapping: castpb refusals keep their code; anything else is logged, never shown. Messages
 * are in the language the HTTP request's {@code Accept-Language} prefers, else in the site's default (as the REST
 * door's, {@code defaultLanguage} of {@code org.castpb.rest}).
 */
public final class Faults {

    private static final Logger LOG = LoggerFactory.getLogger(Faults.class);
    private static volatile Locale defaultLanguage = Languages.CHINESE;

    private Faults() {
    }

    static CastpbFault of(RuntimeException e) {
        FaultInfo info = info(e);
        return new CastpbFault(info.code + ": " + info.message, info);
    }

    /** The fault detail of a refusal, for the ports that publish it under their own namespace. */
    public static FaultInfo info(RuntimeException failure) {
        FaultInfo info = new FaultInfo();
        // a lock the database could not give in time, whichever service met it: BUSY, not an internal error
        BusyException busy = BusyException.of(failure);
        RuntimeException e = busy == null ? failure : busy;
        if (e instanceof CastpbException c) {
            Locale language = readerLanguage();
            info.code = c.code();
            info.message = ErrorTexts.message(c, language);
            if (c instanceof ValidationException v) {
                ErrorTexts.fields(v.errors(), language).forEach(err -> {
                    FaultInfo.FieldErrorXml x = new FaultInfo.FieldErrorXml();
                    x.field = err.field();
                    x.code = err.code();
                    x.message = err.message();
                    info.errors.add(x);
                });
            }
        } else {
            LOG.error("Unexpected failure answering a SOAP request", e);
            info.code = "INTERNAL_ERROR";
            info.message = "the server could not complete the request; the failure is logged";
        }
        return info;
    }

    static void setDefaultLanguage(Locale language) {
        defaultLanguage = language;
    }

    /** The language of the SOAP request being answered: its HTTP Accept-Language, else the site's default. */
    public static Locale readerLanguage() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        return Languages.choose(message == null ? null : acceptLanguage(message), defaultLanguage);
    }

    @SuppressWarnings("unchecked")
    static String acceptLanguage(Message message) {
        Object headers = message.get(Message.PROTOCOL_HEADERS);
        if (!(headers instanceof Map<?, ?> map)) {
            return null;
        }
        for (Map.Entry<?, ?> h : map.entrySet()) {
            if ("Accept-Language".equalsIgnoreCase(String.valueOf(h.getKey())) && h.getValue() instanceof List<?> values
                    && !values.isEmpty()) {
                return String.join(",", (List<String>) values);
            }
        }
        return null;
    }
}
