package org.castpb.api.web;

import java.util.Set;

/**
 * A signed-in browser: who signed in, the roles the realm gave at sign-in, and the token its pages send as the
 * {@value WebSessions#CSRF_HEADER} header with every change.
 */
public record WebSession(String user, Set<String> realmRoles, String csrfToken) {
    public WebSession {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("session user is required");
        }
        if (csrfToken == null || csrfToken.isBlank()) {
            throw new IllegalArgumentException("session CSRF token is required");
        }
        realmRoles = Set.copyOf(realmRoles);
    }

    /** Whether {@code token} (a request header, may be null) is this session's CSRF token, compared in constant time. */
    public boolean acceptsCsrfToken(String token) {
        return token != null && java.security.MessageDigest.isEqual(
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8), csrfToken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
