package org.castpb.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MultivaluedMap;

/**
 * Headers that keep browsers from misusing the REST door's answers: no content sniffing, no framing (clickjacking of
 * Swagger UI), nothing the browser may load but from castpb itself, and no caching of what a login unlocked. Kept
 * apart from {@link BasicAuthFilter}: authentication decides who may ask, this decides how answers may be used.
 */
public class SecurityHeaders implements ContainerResponseFilter {

    static final String NOSNIFF = "nosniff";
    /** For JSON, CSV and problem documents: a browser that renders one anyway runs nothing and frames nothing. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /**
     * For Swagger UI: its scripts, styles and images come from castpb (Swagger UI sets inline styles and uses data:
     * images for its icons), it calls only castpb, and no other site may frame it.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", NOSNIFF);
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Content-Security-Policy", isSwaggerUi(path) ? UI_POLICY : API_POLICY);
        headers.putSingle("Referrer-Policy", "no-referrer");
        if (!OpenApiDocs.isPublic(request.getMethod(), path)) {
            // an answer to a login must not stay in a shared or browser cache for the next user of the machine
            headers.putSingle("Cache-Control", "no-store");
            headers.remove("Expires");
        }
    }

    static boolean isSwaggerUi(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals(OpenApiDocs.SWAGGER_UI) || p.startsWith(OpenApiDocs.SWAGGER_UI + "/");
    }
}
