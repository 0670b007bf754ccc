package org.castpb.soap.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.interceptor.security.JAASLoginInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.security.LoginSecurityContext;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.castpb.security.LoginGuard;

/**
 * HTTP Basic against Karaf's JAAS realm {@code karaf}, before anything of the request is read.
 * A caller without valid credentials gets HTTP 401 with a challenge and a SOAP fault coded
 * UNAUTHORIZED, as REST does; while the {@link LoginGuard} makes the account or the address wait after failed
 * logins, HTTP 429 with {@code Retry-After} and a fault coded LOGIN_THROTTLED. The service is never invoked.
 */
public class BasicAuthInterceptor extends JAASLoginInterceptor {

    static final String REALM = "castpb";

    private final String faultNamespace;
    private final LoginGuard guard;

    /** With the refusals' fault detail in {@code faultNamespace}, the namespace of the port it guards. */
    BasicAuthInterceptor(String faultNamespace, LoginGuard guard) {
        super(Phase.READ);
        this.faultNamespace = faultNamespace;
        this.guard = guard;
        setContextName("karaf");
        setRoleClassifier("org.apache.karaf.jaas.boot.principal.RolePrincipal");
        setRoleClassifierType(ROLE_CLASSIFIER_CLASS_NAME);
        // log in only: the rest of the chain runs after this returns, so a failure here is a failed login and nothing else
        setUseDoAs(false);
    }

    @Override
    public void handleMessage(Message message) {
        if (isWsdlRequest(message)) {
            return; // the contract is public; the data behind it is not
        }
        AuthorizationPolicy credentials = message.get(AuthorizationPolicy.class);
        String user = credentials == null ? null : credentials.getUserName();
        String password = credentials == null ? null : credentials.getPassword();
        String address = address(message);
        if (user != null && password != null) {
            Duration wait = guard.waitBefore(user, address);
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                refuse(message, 429, "LOGIN_THROTTLED", "too many failed logins for this account or from this address; try again in "
                        + seconds + " s", "Retry-After", Long.toString(seconds));
                return;
            }
            Optional<Subject> remembered = guard.remembered(user, password);
            if (remembered.isPresent()) {
                message.put(SecurityContext.class, createSecurityContext(user, remembered.get()));
                return;
            }
        }
        try {
            super.handleMessage(message);
        } catch (SecurityException | org.apache.cxf.interceptor.Fault e) {
            if (user != null && password != null) {
                guard.failed(user, address);
            }
            refuse(message, 401, "UNAUTHORIZED", "authenticate with HTTP Basic (user and password of the castpb realm)",
                    "WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            return;
        }
        if (message.get(SecurityContext.class) instanceof LoginSecurityContext login) {
            guard.succeeded(user, password, address, login.getSubject());
        }
    }

    private static boolean isWsdlRequest(Message message) {
        String query = (String) message.get(Message.QUERY_STRING);
        return "GET".equals(message.get(Message.HTTP_REQUEST_METHOD)) && query != null
                && (query.equalsIgnoreCase("wsdl") || query.toLowerCase(java.util.Locale.ROOT).startsWith("wsdl")
                || query.toLowerCase(java.util.Locale.ROOT).startsWith("xsd="));
    }

    private static String address(Message message) {
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    private void refuse(Message message, int status, String code, String detail, String header, String headerValue) {
        HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        message.getInterceptorChain().abort();
        if (response == null) {
            return;
        }
        byte[] body = ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring>" + code + ": " + detail + "</faultstring>"
                + "<detail><castpbFault xmlns=\"" + faultNamespace + "\"><code>" + code + "</code>"
                + "<message>" + detail + "</message></castpbFault></detail>"
                + "</soap:Fault></soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8);
        try {
            response.setStatus(status);
            response.setHeader(header, headerValue);
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
