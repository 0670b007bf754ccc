package org.castpb.rest.internal;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.Response;
import org.apache.cxf.message.Message;
import org.apache.cxf.security.SecurityContext;
import org.castpb.api.web.WebSession;
import org.castpb.api.web.WebSessions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The web console's pages call the API with the console's session cookie instead of HTTP Basic. A request with
 * that cookie and no Authorization header is authenticated by its session (its user and realm roles as at
 * sign-in); a change (POST, PUT, PATCH, DELETE) must carry the session's CSRF token in
 * {@value WebSessions#CSRF_HEADER}, else 403 CSRF_TOKEN_MISSING; an unknown or expired session is 401
 * SESSION_EXPIRED without a Basic challenge, so the browser shows the console's sign-in, not its own dialog.
 * Without the console installed the API takes HTTP Basic only.
 */
@Component(service = ConsoleSessions.class)
public class ConsoleSessions {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WebSessions sessions;

    /**
     * Authenticates {@code context} by its session cookie if it has one and the console is installed.
     *
     * @return false when the request has no session cookie (HTTP Basic applies), true when it was authenticated or
     *         refused here
     */
    boolean authenticate(ContainerRequestContext context, Message message) {
        WebSessions current = sessions;
        Cookie cookie = context.getCookies().get(WebSessions.COOKIE);
        if (current == null || cookie == null) {
            return false;
        }
        Optional<WebSession> session = current.resolve(cookie.getValue());
        if (session.isEmpty()) {
            context.abortWith(problem(401, "Unauthorized", "SESSION_EXPIRED",
                    "the console session has ended (signed out or idle too long): sign in again"));
        } else {
            // set even for a refusal, so the access log names whose session it was
            message.put(SecurityContext.class, new SessionSecurityContext(session.get()));
            if (!SAFE_METHODS.contains(context.getMethod())
                    && !session.get().acceptsCsrfToken(context.getHeaderString(WebSessions.CSRF_HEADER))) {
                context.abortWith(problem(403, "Forbidden", "CSRF_TOKEN_MISSING",
                        "a change from the console must carry the session's token in the " + WebSessions.CSRF_HEADER + " header"));
            }
        }
        return true;
    }

    private static Response problem(int status, String title, String code, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status, title, code, detail)).build();
    }

    /** The session's user with the realm roles it had at sign-in. */
    private record SessionSecurityContext(WebSession session) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return session::user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return session.realmRoles().contains(role);
        }
    }
}
