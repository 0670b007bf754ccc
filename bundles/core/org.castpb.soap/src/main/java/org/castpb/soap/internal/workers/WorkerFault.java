package org.castpb.soap.internal.workers;

import javax.xml.ws.WebFault;
import org.castpb.soap.internal.CodedFault;
import org.castpb.soap.internal.Faults;

/**
 * A refusal of the worker port, carrying castpb's error code (VALIDATION_FAILED, NOT_FOUND, FORBIDDEN, OUT_OF_SCOPE,
 * VERSION_CONFLICT, ALREADY_FILED, SCHEME_FAILED, ...): its own class so that its detail sits in the
 * workers namespace.
 */
@WebFault(name = "castpbFault", targetNamespace = WorkerPort.NS)
public class WorkerFault extends Exception implements CodedFault {
    private static final long serialVersionUID = 1L;
    private final WorkerFaultInfo faultInfo;

    public WorkerFault(String message, WorkerFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public WorkerFaultInfo getFaultInfo() {
        return faultInfo;
    }

    @Override
    public String faultCode() {
        return faultInfo == null ? null : faultInfo.code;
    }

    /** The one error mapping of the SOAP door ({@link Faults}), in this port's namespace. */
    static WorkerFault of(RuntimeException e) {
        WorkerFaultInfo info = WorkerFaultInfo.of(Faults.info(e));
        return new WorkerFault(info.code + ": " + info.message, info);
    }
}
