package org.castpb.web.internal;

import javax.servlet.http.HttpServletResponse;

/** The headers every console answer carries: its own scripts and styles only, never in a frame, never sniffed. */
final class SecurityHeaders {

    /** ECharts sets style attributes on the elements it draws, and a chart's PNG is a data: URL. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    static void add(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
