package org.castpb.soap.internal;

import org.castpb.api.CastpbException;
import org.castpb.api.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SOAP door's one error mapping: castpb refusals keep their code; anything else is logged, never shown. */
public final class Faults {

    private static final Logger LOG = LoggerFactory.getLogger(Faults.class);

    private Faults() {
    }

    static CastpbFault of(RuntimeException e) {
        FaultInfo info = info(e);
        return new CastpbFault(info.code + ": " + info.message, info);
    }

    /** The fault detail of a refusal, for the ports that publish it under their own namespace. */
    public static FaultInfo info(RuntimeException e) {
        FaultInfo info = new FaultInfo();
        if (e instanceof CastpbException c) {
            info.code = c.code();
            info.message = c.getMessage();
            if (c instanceof ValidationException v) {
                v.errors().forEach(err -> {
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
}
