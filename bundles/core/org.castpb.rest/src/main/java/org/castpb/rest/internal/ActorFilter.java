package org.castpb.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Priority;
import javax.servlet.ServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.castpb.api.Actor;
import org.castpb.api.CastpbException;
import org.castpb.api.account.AccessLog;
import org.castpb.api.account.AccessRefusal;
import org.castpb.api.account.AccountDisabledException;
import org.castpb.api.account.ActorResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * After HTTP Basic authenticated a request, turns the user into castpb's {@link Actor} through its account, so
 * every resource hands the services the account's role and scope (see {@link Actors}). A disabled account is
 * refused at once (401 ACCOUNT_DISABLED), a user without castpb role or account too (403 FORBIDDEN). Every
 * refused request, whatever refused it, is written to the access log: who, what, when, from which address.
 */
@Component(service = ActorFilter.class)
@Priority(Priorities.AUTHORIZATION)
public class ActorFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final ActorResolver resolver;
    private final AccessLog accessLog;

    @Activate
    public ActorFilter(@Reference ActorResolver resolver, @Reference AccessLog accessLog) {
        this.resolver = resolver;
        this.accessLog = accessLog;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        SecurityContext security = context.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            return; // a public document, or refused by authentication already
        }
        Set<String> realmRoles = Actor.ROLES.stream().filter(security::isUserInRole).collect(Collectors.toSet());
        try {
            Actor actor = resolver.actor(security.getUserPrincipal().getName(), realmRoles);
            context.setProperty(Actors.PROPERTY, actor);
            context.setSecurityContext(new ActorSecurityContext(security, actor));
        } catch (AccountDisabledException e) {
            context.setProperty(ReaderLanguage.CAUSE, e);
            context.abortWith(refusal(401, "Unauthorized", e)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + BasicAuthFilter.REALM + "\", charset=\"UTF-8\"").build());
        } catch (CastpbException e) {
            context.setProperty(ReaderLanguage.CAUSE, e);
            context.abortWith(refusal(403, "Forbidden", e).build());
        }
    }

    private static Response.ResponseBuilder refusal(int status, String title, CastpbException e) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status, title, e.code(), e.getMessage()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status != 401 && status != 403) {
            return;
        }
        String code = response.getEntity() instanceof Problem p ? p.code() : status == 401 ? "UNAUTHORIZED" : "FORBIDDEN";
        accessLog.refused(new AccessRefusal(Instant.now(), userOf(request), "REST",
                request.getMethod() + " /" + request.getUriInfo().getPath(), address(), code));
    }

    /** The authenticated user, or for a failed login the user name it gave (never the password). */
    private static String userOf(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        if (principal != null) {
            return principal.getName();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? null : pair.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String address() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Object request = message == null ? null : message.get("HTTP.REQUEST");
        return request instanceof ServletRequest servlet ? servlet.getRemoteAddr() : null;
    }

    /** The request's security context with castpb's actor beside it. */
    static final class ActorSecurityContext implements SecurityContext {
        private final SecurityContext delegate;
        private final Actor actor;

        ActorSecurityContext(SecurityContext delegate, Actor actor) {
            this.delegate = delegate;
            this.actor = actor;
        }

        Actor actor() {
            return actor;
        }

        @Override
        public Principal getUserPrincipal() {
            return delegate.getUserPrincipal();
        }

        @Override
        public boolean isUserInRole(String role) {
            return actor.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return delegate.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return delegate.getAuthenticationScheme();
        }
    }
}
