package org.castpb.rest.internal;

import java.time.Duration;
import java.util.Optional;
import javax.annotation.Priority;
import javax.security.auth.Subject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.interceptor.security.JAASLoginInterceptor;
import org.apache.cxf.interceptor.security.RolePrefixSecurityContextImpl;
import org.apache.cxf.jaxrs.security.JAASAuthenticationFilter;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;
import org.apache.cxf.security.LoginSecurityContext;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.castpb.security.LoginGuard;

/**
 * HTTP Basic against Karaf's JAAS realm {@code karaf}. A request without valid credentials
 * gets 401 with a problem document and a {@code WWW-Authenticate} challenge; while the {@link LoginGuard} makes
 * the account or the address wait after failed logins, 429 {@code LOGIN_THROTTLED} with {@code Retry-After}, the
 * password unchecked. A request without an Authorization header may instead carry the web console's session
 * (see {@link ConsoleSessions}). The OpenAPI document is public, like the WSDLs; Swagger UI is not (see {@link OpenApiDocs}).
 */
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthFilter extends JAASAuthenticationFilter {

    static final String REALM = "castpb";
    static final String ROLE_CLASSIFIER = "org.apache.karaf.jaas.boot.principal.RolePrincipal";
    private static final String FAILED = BasicAuthFilter.class.getName() + ".failed";

    private final LoginGuard guard;
    private final ConsoleSessions consoleSessions;

    BasicAuthFilter(LoginGuard guard, ConsoleSessions consoleSessions) {
        this.guard = guard;
        this.consoleSessions = consoleSessions;
        setContextName("karaf");
        setRealmName(REALM);
        // Karaf's realm marks roles with its RolePrincipal class
        setRoleClassifier(ROLE_CLASSIFIER);
        setRoleClassifierType(JAASLoginInterceptor.ROLE_CLASSIFIER_CLASS_NAME);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (OpenApiDocs.isPublic(context.getMethod(), context.getUriInfo().getPath())) {
            return;
        }
        Message message = JAXRSUtils.getCurrentMessage();
        AuthorizationPolicy credentials = message.get(AuthorizationPolicy.class);
        if (credentials == null || credentials.getUserName() == null || credentials.getPassword() == null) {
            if (context.getHeaderString(HttpHeaders.AUTHORIZATION) == null && consoleSessions.authenticate(context, message)) {
                return; // the web console's session cookie
            }
            super.filter(context); // no credentials: the realm's refusal, not a failed login
            return;
        }
        String user = credentials.getUserName();
        String password = credentials.getPassword();
        String address = address(message);
        Duration wait = guard.waitBefore(user, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            context.setProperty(ReaderLanguage.CAUSE, new DoorRefusal(THROTTLED, throttledDetail(seconds), seconds));
            context.abortWith(throttled(seconds));
            return;
        }
        Optional<Subject> remembered = guard.remembered(user, password);
        if (remembered.isPresent()) {
            message.put(SecurityContext.class, new RolePrefixSecurityContextImpl(remembered.get(), ROLE_CLASSIFIER,
                    JAASLoginInterceptor.ROLE_CLASSIFIER_CLASS_NAME));
            return;
        }
        super.filter(context);
        if (Boolean.TRUE.equals(message.get(FAILED))) {
            guard.failed(user, address);
        } else if (message.get(SecurityContext.class) instanceof LoginSecurityContext login) {
            guard.succeeded(user, password, address, login.getSubject());
        }
    }

    @Override
    protected Response handleAuthenticationException(SecurityException ex, Message m) {
        m.put(FAILED, Boolean.TRUE);
        Problem problem = Problem.of(401, "Unauthorized", "UNAUTHORIZED",
                "authenticate with HTTP Basic (user and password of the castpb realm)");
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    static final String THROTTLED = "LOGIN_THROTTLED";

    private static String throttledDetail(long seconds) {
        return "too many failed logins for this account or from this address; try again in " + seconds + " s";
    }

    private static Response throttled(long seconds) {
        Problem problem = Problem.of(429, "Too Many Requests", THROTTLED, throttledDetail(seconds));
        return Response.status(429)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String address(Message message) {
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
