package org.castpb.soap.internal;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Marks castpb refusals (bad input, unknown id, conflicts) as {@code soap:Client} faults: the
 * caller must change the request. Only INTERNAL_ERROR stays a {@code soap:Server} fault.
 */
public class ClientFaultInterceptor extends AbstractPhaseInterceptor<Message> {

    public ClientFaultInterceptor() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault
                && fault.getCause() instanceof CodedFault castpb
                && !"INTERNAL_ERROR".equals(castpb.faultCode())) {
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        }
    }
}
