package org.castpb.soap.internal;

import java.util.Set;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.castpb.api.BusyException;
import org.castpb.api.evaluation.FundingService;

/**
 * Marks castpb refusals (bad input, unknown id, conflicts) as {@code soap:Client} faults: the
 * caller must change the request. Only the server's own failures stay {@code soap:Server} faults:
 * INTERNAL_ERROR, SCHEME_FAILED, where an installed funding plugin failed (REST answers 502), and BUSY, where the
 * records were held by another transaction and the same request may succeed later (REST answers 503).
 */
public class ClientFaultInterceptor extends AbstractPhaseInterceptor<Message> {

    static final Set<String> SERVER_CODES = Set.of("INTERNAL_ERROR", FundingService.SCHEME_FAILED, BusyException.CODE);

    public ClientFaultInterceptor() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault && isCallers(fault)) {
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        }
    }

    /** Whether the fault is a castpb refusal that the caller must answer by changing the request. */
    static boolean isCallers(Fault fault) {
        return fault.getCause() instanceof CodedFault castpb
                && (castpb.faultCode() == null || !SERVER_CODES.contains(castpb.faultCode()));
    }
}
