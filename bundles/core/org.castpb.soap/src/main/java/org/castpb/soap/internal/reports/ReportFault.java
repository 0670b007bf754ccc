package org.castpb.soap.internal.reports;

import javax.xml.ws.WebFault;
import org.castpb.soap.internal.CodedFault;
import org.castpb.soap.internal.Faults;

/**
 * A refusal of the work-report port, carrying castpb's error code (VALIDATION_FAILED, NOT_FOUND, FORBIDDEN, OUT_OF_SCOPE,
 * VERSION_CONFLICT, NOT_SUBMITTED, ...): its own class so that its detail sits in the
 * reports namespace.
 */
@WebFault(name = "castpbFault", targetNamespace = ReportPort.NS)
public class ReportFault extends Exception implements CodedFault {
    private static final long serialVersionUID = 1L;
    private final ReportFaultInfo faultInfo;

    public ReportFault(String message, ReportFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public ReportFaultInfo getFaultInfo() {
        return faultInfo;
    }

    @Override
    public String faultCode() {
        return faultInfo == null ? null : faultInfo.code;
    }

    /** The one error mapping of the SOAP door ({@link Faults}), in this port's namespace. */
    static ReportFault of(RuntimeException e) {
        ReportFaultInfo info = ReportFaultInfo.of(Faults.info(e));
        return new ReportFault(info.code + ": " + info.message, info);
    }
}
