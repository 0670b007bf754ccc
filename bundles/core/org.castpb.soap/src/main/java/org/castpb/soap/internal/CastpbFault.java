package org.castpb.soap.internal;

import javax.xml.ws.WebFault;

/** A refusal, carrying castpb's error code (VALIDATION_FAILED, NOT_FOUND, DUPLICATE_USCC, ...). */
@WebFault(name = "castpbFault", targetNamespace = SocietyPort.NS)
public class CastpbFault extends Exception implements CodedFault {
    private static final long serialVersionUID = 1L;
    private final FaultInfo faultInfo;

    public CastpbFault(String message, FaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public FaultInfo getFaultInfo() {
        return faultInfo;
    }

    @Override
    public String faultCode() {
        return faultInfo == null ? null : faultInfo.code;
    }
}
