package org.castpb.security.internal;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class UnsupportedCharsetRefusalTest {

    @Test
    public void theSoapFaultCarriesTheCodeInTheNamespaceOfTheService() {
        String fault = UnsupportedCharsetRefusal.soapFault("/api/soap/OrganisationService", "the charset 'x' is not supported here");
        assertTrue(fault, fault.contains("<castpbFault xmlns=\"http://castpb.org/soap/organisation/1\"><code>UNSUPPORTED_CHARSET</code>"));
        assertTrue(fault, fault.contains("<faultcode>soap:Client</faultcode>"));
    }

    @Test
    public void theProblemDocumentHasTheRestDoorsShape() {
        String problem = UnsupportedCharsetRefusal.problem("the charset 'x' is not supported here");
        assertTrue(problem, problem.startsWith("{\"type\":\"urn:castpb:problem:UNSUPPORTED_CHARSET\",\"title\":\"Unsupported media type\",\"status\":415,"));
    }
}
