package org.castpb.rest.internal;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.apache.cxf.interceptor.security.JAASLoginInterceptor;
import org.apache.cxf.jaxrs.security.JAASAuthenticationFilter;
import org.apache.cxf.message.Message;

/**
 * HTTP Basic against Karaf's JAAS realm {@code karaf}. A request without valid credentials
 * gets 401 with a problem document and a {@code WWW-Authenticate} challenge. The OpenAPI document is
 * public, like the WSDLs; Swagger UI is not (see {@link OpenApiDocs}).
 */
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthFilter extends JAASAuthenticationFilter {

    static final String REALM = "castpb";

    BasicAuthFilter() {
        setContextName("karaf");
        setRealmName(REALM);
        // Karaf's realm marks roles with its RolePrincipal class
        setRoleClassifier("org.apache.karaf.jaas.boot.principal.RolePrincipal");
        setRoleClassifierType(JAASLoginInterceptor.ROLE_CLASSIFIER_CLASS_NAME);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (OpenApiDocs.isPublic(context.getMethod(), context.getUriInfo().getPath())) {
            return;
        }
        super.filter(context);
    }

    @Override
    protected Response handleAuthenticationException(SecurityException ex, Message m) {
        Problem problem = Problem.of(401, "Unauthorized", "UNAUTHORIZED",
                "authenticate with HTTP Basic (user and password of the castpb realm)");
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
