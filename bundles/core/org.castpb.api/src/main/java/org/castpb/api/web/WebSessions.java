package org.castpb.api.web;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The web console's signed-in sessions, as the REST door sees them. */
@ProviderType
public interface WebSessions {

    /** The name of the session cookie (HttpOnly, SameSite=Strict, Path=/). */
    String COOKIE = "CASTPB_SESSION";

    /** The request header that carries the session's CSRF token on POST, PUT, PATCH and DELETE. */
    String CSRF_HEADER = "X-CSRF-Token";

    /**
     * The live session with this id, its idle time restarted; empty when there is none or it has been idle
     * longer than the configured timeout (it is then forgotten).
     *
     * @param sessionId the value of the {@value #COOKIE} cookie; may be null
     */
    Optional<WebSession> resolve(String sessionId);
}
