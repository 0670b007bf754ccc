package org.castpb.soap.internal.life;

import javax.xml.ws.WebFault;
import org.castpb.soap.internal.CodedFault;
import org.castpb.soap.internal.Faults;

/**
 * A refusal of the organisational-life port, carrying castpb's error code (VALIDATION_FAILED with FUTURE_DATE,
 * NOT_A_MEMBER, LISTED_TWICE..., NOT_FOUND, FORBIDDEN, OUT_OF_SCOPE, VERSION_CONFLICT): its own class so that its
 * detail sits in the life namespace.
 */
@WebFault(name = "castpbFault", targetNamespace = LifePort.NS)
public class LifeFault extends Exception implements CodedFault {
    private static final long serialVersionUID = 1L;
    private final LifeFaultInfo faultInfo;

    public LifeFault(String message, LifeFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public LifeFaultInfo getFaultInfo() {
        return faultInfo;
    }

    @Override
    public String faultCode() {
        return faultInfo == null ? null : faultInfo.code;
    }

    /** The one error mapping of the SOAP door ({@link Faults}), in this port's namespace. */
    static LifeFault of(RuntimeException e) {
        LifeFaultInfo info = LifeFaultInfo.of(Faults.info(e));
        return new LifeFault(info.code + ": " + info.message, info);
    }
}
