package org.castpb.soap.internal.evaluation;

import javax.xml.ws.WebFault;
import org.castpb.soap.internal.CodedFault;
import org.castpb.soap.internal.Faults;

/**
 * A refusal of the evaluation port, carrying castpb's error code (VALIDATION_FAILED, NOT_FOUND, FORBIDDEN,
 * CAMPAIGN_RUNNING, CAMPAIGN_NOT_COMPLETED, SCHEME_FAILED, ...): its own class so that its detail sits in the
 * evaluation namespace.
 */
@WebFault(name = "castpbFault", targetNamespace = EvaluationPort.NS)
public class EvaluationFault extends Exception implements CodedFault {
    private static final long serialVersionUID = 1L;
    private final EvaluationFaultInfo faultInfo;

    public EvaluationFault(String message, EvaluationFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public EvaluationFaultInfo getFaultInfo() {
        return faultInfo;
    }

    @Override
    public String faultCode() {
        return faultInfo == null ? null : faultInfo.code;
    }

    /** The one error mapping of the SOAP door ({@link Faults}), in this port's namespace. */
    static EvaluationFault of(RuntimeException e) {
        EvaluationFaultInfo info = EvaluationFaultInfo.of(Faults.info(e));
        return new EvaluationFault(info.code + ": " + info.message, info);
    }
}
