package org.castpb.soap.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.FaultMode;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.Test;

public class CallerFaultLoggingTest {

    private final CallerFaultLogging logging = new CallerFaultLogging();

    @Test
    public void aValueThatDoesNotParseIsNotLoggedByCxf() throws Exception {
        Fault unreadable = faultOfReading("<s:getSociety xmlns:s=\"" + SocietyPort.NS + "\"><s:id>abc</s:id></s:getSociety>");
        assertFalse(logging.faultOccurred(unreadable, "Interceptor for SocietyService#getSociety has thrown exception", new MessageImpl()));
    }

    @Test
    public void aServerFaultKeepsCxfsLoggingWithItsStackTrace() {
        Fault broken = new Fault(new IllegalStateException("a bug"));
        assertEquals(Fault.FAULT_CODE_SERVER, broken.getFaultCode());
        assertTrue(logging.faultOccurred(broken, "Interceptor has thrown exception", new MessageImpl()));
    }

    @Test
    public void aCastpbRefusalIsNotLoggedByCxf() {
        Message message = invoked(FaultMode.CHECKED_APPLICATION_FAULT);
        assertFalse(logging.faultOccurred(castpbFault("NOT_FOUND"), "Application has thrown exception", message));
        assertFalse(logging.faultOccurred(castpbFault("VALIDATION_FAILED"), "Application has thrown exception", message));
    }

    @Test
    public void theServersOwnFaultsKeepCxfsLogging() {
        Message message = invoked(FaultMode.CHECKED_APPLICATION_FAULT);
        assertTrue(logging.faultOccurred(castpbFault("INTERNAL_ERROR"), "Application has thrown exception", message));
        assertTrue(logging.faultOccurred(castpbFault("SCHEME_FAILED"), "Application has thrown exception", message));
        Fault bug = new Fault(new NullPointerException());
        bug.setFaultCode(Fault.FAULT_CODE_CLIENT);
        assertTrue("a fault after the request was read is not a reading fault",
                logging.faultOccurred(bug, "Application has thrown exception", invoked(FaultMode.UNCHECKED_APPLICATION_FAULT)));
    }

    /** A request whose service was invoked, and failed as {@code mode}. */
    private static Message invoked(FaultMode mode) {
        Message message = new MessageImpl();
        message.put(FaultMode.class, mode);
        return message;
    }

    private static Fault castpbFault(String code) {
        FaultInfo info = new FaultInfo();
        info.code = code;
        return new Fault(new CastpbFault(code + ": refused", info));
    }

    /**
     * The fault CXF raises when it reads this request body, marked as the caller's as CXF's
     * DocLiteralInInterceptor marks every fault of reading a request on the server side.
     */
    private static Fault faultOfReading(String body) throws Exception {
        try (PublishedContract contract = PublishedContract.of(SocietyEndpoint.class)) {
            contract.requestParameters(SocietyPort.NS, "getSociety", body);
            fail("CXF read " + body);
            return null;
        } catch (Fault fault) {
            return fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        }
    }
}
