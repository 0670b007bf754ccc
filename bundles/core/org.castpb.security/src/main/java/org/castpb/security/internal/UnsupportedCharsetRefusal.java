package org.castpb.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.Preprocessor;

/**
 * Refuses a request whose {@code Content-Type} names a charset this Java cannot decode, before any servlet sees it.
 * CXF fails on such a request in its transport, before the doors' own filters and interceptors run, and the server
 * then answered 500 with a page naming the Java exception. Now the answer is 415 coded {@value #CODE}: a SOAP
 * {@code Client} fault for the SOAP door ({@code /soap/} in the path), a problem document for everything else.
 * A whiteboard preprocessor runs for every request of the HTTP server, whichever servlet or context serves it.
 */
@Component(service = Preprocessor.class)
public class UnsupportedCharsetRefusal implements Preprocessor {

    static final String CODE = "UNSUPPORTED_CHARSET";
    private static final String SOAP_PATH = "/soap/";

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            Optional<String> refusal = RequestCharset.unsupported(http.getContentType());
            if (refusal.isPresent()) {
                String path = http.getRequestURI() == null ? "" : http.getRequestURI();
                boolean soap = path.contains(SOAP_PATH);
                write(answer, soap ? "text/xml; charset=UTF-8" : "application/problem+json",
                        soap ? soapFault(path, refusal.get()) : problem(refusal.get()));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
        // nothing held
    }

    /** The problem document of the REST door (urn:castpb:problem:CODE), written here because CXF never runs. */
    static String problem(String detail) {
        return "{\"type\":\"urn:castpb:problem:" + CODE + "\",\"title\":\"Unsupported media type\",\"status\":415,"
                + "\"detail\":\"" + detail + "\",\"code\":\"" + CODE + "\"}";
    }

    /**
     * The SOAP door's fault, its detail in the namespace of the service the path names: castpb's services at
     * {@code /soap/XService} use {@code http://castpb.org/soap/x/1}.
     */
    static String soapFault(String path, String detail) {
        String service = path.substring(path.lastIndexOf('/') + 1);
        String name = service.endsWith("Service") ? service.substring(0, service.length() - "Service".length()) : service;
        String namespace = "http://castpb.org/soap/" + (name.matches("[A-Za-z]+") ? name.toLowerCase(Locale.ROOT) : "castpb") + "/1";
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring>" + CODE + ": " + detail + "</faultstring>"
                + "<detail><castpbFault xmlns=\"" + namespace + "\"><code>" + CODE + "</code><message>" + detail
                + "</message></castpbFault></detail></soap:Fault></soap:Body></soap:Envelope>";
    }

    private static void write(HttpServletResponse answer, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        answer.setStatus(415);
        answer.setContentType(contentType);
        answer.setHeader("X-Content-Type-Options", "nosniff");
        answer.setHeader("Cache-Control", "no-store");
        answer.setContentLength(bytes.length);
        answer.getOutputStream().write(bytes);
        answer.flushBuffer();
    }
}
