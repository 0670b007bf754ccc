package org.castpb.soap.internal;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.FaultMode;
import org.apache.cxf.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a fault of a SOAP request is logged. A fault that is the caller's is answered to the caller
 * and logged at DEBUG as one line, without the values of the request: a request that CXF itself
 * refuses while reading it ({@code soap:Client} before any castpb code ran: a value that does not
 * parse, "abc" for an id, or XML that does not match the contract), which CXF would log at WARN with
 * a stack trace, and castpb's refusals (NOT_FOUND, VALIDATION_FAILED, ...), which CXF would log at
 * INFO with their message, one line per refused request. The server's own faults (INTERNAL_ERROR,
 * SCHEME_FAILED, anything else) keep CXF's logging.
 */
final class CallerFaultLogging implements FaultListener {

    private static final Logger LOG = LoggerFactory.getLogger(CallerFaultLogging.class);

    @Override
    public boolean faultOccurred(Exception exception, String description, Message message) {
        if (!(exception instanceof Fault fault)) {
            return true;
        }
        boolean unreadableRequest = message.get(FaultMode.class) == null && Fault.FAULT_CODE_CLIENT.equals(fault.getFaultCode());
        if (unreadableRequest || ClientFaultInterceptor.isCallers(fault)) {
            LOG.debug("SOAP request refused: {}", description);
            return false;
        }
        return true;
    }
}
