package org.castpb.soap.internal.federation;

import javax.xml.ws.WebFault;
import org.castpb.soap.internal.CodedFault;
import org.castpb.soap.internal.Faults;

/**
 * A refusal of the federation port, carrying castpb's error code (FORBIDDEN, NOT_FOUND, VALIDATION_FAILED with
 * OUTSIDE_THIS_INSTANCE, ...): its own class so that its detail sits in the federation namespace.
 */
@WebFault(name = "castpbFault", targetNamespace = FederationPort.NS)
public class FederationFault extends Exception implements CodedFault {
    private static final long serialVersionUID = 1L;
    private final FederationFaultInfo faultInfo;

    public FederationFault(String message, FederationFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public FederationFaultInfo getFaultInfo() {
        return faultInfo;
    }

    @Override
    public String faultCode() {
        return faultInfo == null ? null : faultInfo.code;
    }

    /** The one error mapping of the SOAP door ({@link Faults}), in this port's namespace. */
    static FederationFault of(RuntimeException e) {
        FederationFaultInfo info = FederationFaultInfo.of(Faults.info(e));
        return new FederationFault(info.code + ": " + info.message, info);
    }
}
