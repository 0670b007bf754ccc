package org.castpb.soap.internal;

import static org.junit.Assert.assertEquals;

import javax.xml.namespace.QName;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.Test;

public class ClientFaultInterceptorTest {

    @Test
    public void aRefusalIsTheCallersFault() {
        assertEquals(Fault.FAULT_CODE_CLIENT, faultCodeFor("CAMPAIGN_NOT_COMPLETED"));
        assertEquals(Fault.FAULT_CODE_CLIENT, faultCodeFor("VALIDATION_FAILED"));
    }

    @Test
    public void aFailedFundingPluginOrInternalErrorStaysTheServersFault() {
        assertEquals(Fault.FAULT_CODE_SERVER, faultCodeFor("SCHEME_FAILED"));
        assertEquals(Fault.FAULT_CODE_SERVER, faultCodeFor("INTERNAL_ERROR"));
        assertEquals(Fault.FAULT_CODE_SERVER, faultCodeFor("BUSY"));
    }

    private static QName faultCodeFor(String code) {
        FaultInfo info = new FaultInfo();
        info.code = code;
        Fault fault = new Fault(new CastpbFault(code + ": refused", info));
        Message message = new MessageImpl();
        message.setContent(Exception.class, fault);
        new ClientFaultInterceptor().handleMessage(message);
        return fault.getFaultCode();
    }
}
