package org.castpb.soap.internal.orglife;

import javax.xml.ws.WebFault;
import org.castpb.soap.internal.CodedFault;
import org.castpb.soap.internal.Faults;

/**
 * A refusal of the appraisal or major-matter port, carrying castpb's error code (VALIDATION_FAILED, NOT_FOUND, FORBIDDEN, OUT_OF_SCOPE,
 * VERSION_CONFLICT, ...): its own class so that its detail sits in the
 * organisational-life namespace.
 */
@WebFault(name = "castpbFault", targetNamespace = AppraisalPort.NS)
public class OrgLifeFault extends Exception implements CodedFault {
    private static final long serialVersionUID = 1L;
    private final OrgLifeFaultInfo faultInfo;

    public OrgLifeFault(String message, OrgLifeFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public OrgLifeFaultInfo getFaultInfo() {
        return faultInfo;
    }

    @Override
    public String faultCode() {
        return faultInfo == null ? null : faultInfo.code;
    }

    /** The one error mapping of the SOAP door ({@link Faults}), in this port's namespace. */
    static OrgLifeFault of(RuntimeException e) {
        OrgLifeFaultInfo info = OrgLifeFaultInfo.of(Faults.info(e));
        return new OrgLifeFault(info.code + ": " + info.message, info);
    }
}
