package org.castpb.soap.internal.members;

import javax.xml.ws.WebFault;
import org.castpb.soap.internal.CodedFault;
import org.castpb.soap.internal.Faults;

/**
 * A refusal of the member port, carrying castpb's error code (VALIDATION_FAILED, NOT_FOUND, FORBIDDEN, OUT_OF_SCOPE,
 * VERSION_CONFLICT, NOT_ON_ROLL, ...): its own class so that its detail sits in the
 * members namespace.
 */
@WebFault(name = "castpbFault", targetNamespace = MemberPort.NS)
public class MemberFault extends Exception implements CodedFault {
    private static final long serialVersionUID = 1L;
    private final MemberFaultInfo faultInfo;

    public MemberFault(String message, MemberFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public MemberFaultInfo getFaultInfo() {
        return faultInfo;
    }

    @Override
    public String faultCode() {
        return faultInfo == null ? null : faultInfo.code;
    }

    /** The one error mapping of the SOAP door ({@link Faults}), in this port's namespace. */
    static MemberFault of(RuntimeException e) {
        MemberFaultInfo info = MemberFaultInfo.of(Faults.info(e));
        return new MemberFault(info.code + ": " + info.message, info);
    }
}
