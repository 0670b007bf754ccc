package org.castpb.soap.internal.organisation;

import javax.xml.ws.WebFault;
import org.castpb.soap.internal.CodedFault;
import org.castpb.soap.internal.Faults;

/**
 * A refusal of the organisation port, carrying castpb's error code (VALIDATION_FAILED, NOT_FOUND,
 * VERSION_CONFLICT, INVALID_TRANSITION, UNACCEPTED_WARNINGS, ...): its own class so that its detail
 * sits in the organisation namespace.
 */
@WebFault(name = "castpbFault", targetNamespace = OrganisationPort.NS)
public class OrganisationFault extends Exception implements CodedFault {
    private static final long serialVersionUID = 1L;
    private final OrganisationFaultInfo faultInfo;

    public OrganisationFault(String message, OrganisationFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public OrganisationFaultInfo getFaultInfo() {
        return faultInfo;
    }

    @Override
    public String faultCode() {
        return faultInfo == null ? null : faultInfo.code;
    }

    /** The one error mapping of the SOAP door ({@link Faults}), in this port's namespace. */
    static OrganisationFault of(RuntimeException e) {
        OrganisationFaultInfo info = OrganisationFaultInfo.of(Faults.info(e));
        return new OrganisationFault(info.code + ": " + info.message, info);
    }
}
