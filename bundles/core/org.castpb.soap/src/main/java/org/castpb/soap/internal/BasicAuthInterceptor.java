package org.castpb.soap.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.apache.cxf.interceptor.security.JAASLoginInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/**
 * HTTP Basic against Karaf's JAAS realm {@code karaf}, before anything of the request is read.
 * A caller without valid credentials gets HTTP 401 with a challenge and a SOAP fault coded
 * UNAUTHORIZED, as REST does; the service is never invoked.
 */
public class BasicAuthInterceptor extends JAASLoginInterceptor {

    static final String REALM = "castpb";

    private final String faultNamespace;

    BasicAuthInterceptor() {
        this(SocietyPort.NS);
    }

    /** With the UNAUTHORIZED fault's detail in {@code faultNamespace}, the namespace of the port it guards. */
    BasicAuthInterceptor(String faultNamespace) {
        super(Phase.READ);
        this.faultNamespace = faultNamespace;
        setContextName("karaf");
        setRoleClassifier("org.apache.karaf.jaas.boot.principal.RolePrincipal");
        setRoleClassifierType(ROLE_CLASSIFIER_CLASS_NAME);
    }

    @Override
    public void handleMessage(Message message) {
        if (isWsdlRequest(message)) {
            return; // the contract is public; the data behind it is not
        }
        try {
            super.handleMessage(message);
        } catch (SecurityException | org.apache.cxf.interceptor.Fault e) {
            unauthorized(message);
        }
    }

    private static boolean isWsdlRequest(Message message) {
        String query = (String) message.get(Message.QUERY_STRING);
        return "GET".equals(message.get(Message.HTTP_REQUEST_METHOD)) && query != null
                && (query.equalsIgnoreCase("wsdl") || query.toLowerCase(java.util.Locale.ROOT).startsWith("wsdl")
                || query.toLowerCase(java.util.Locale.ROOT).startsWith("xsd="));
    }

    private void unauthorized(Message message) {
        HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        message.getInterceptorChain().abort();
        if (response == null) {
            return;
        }
        byte[] body = ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring>UNAUTHORIZED: authenticate with HTTP Basic</faultstring>"
                + "<detail><castpbFault xmlns=\"" + faultNamespace + "\"><code>UNAUTHORIZED</code>"
                + "<message>authenticate with HTTP Basic (user and password of the castpb realm)</message></castpbFault></detail>"
                + "</soap:Fault></soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8);
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            SecurityHeadersInterceptor.HEADERS.forEach(response::setHeader);
            response.setContentType("text/xml; charset=UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
