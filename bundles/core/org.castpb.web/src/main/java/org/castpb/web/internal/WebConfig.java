package org.castpb.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The web console's settings (pid {@code org.castpb.web}). */
@ObjectClassDefinition(pid = WebConfig.PID, name = "castpb web console", description = "Sign-in sessions of the web console")
public @interface WebConfig {

    String PID = "org.castpb.web";

    @AttributeDefinition(name = "Idle timeout (minutes)",
            description = "A session unused this long is ended; the next page asks to sign in again", min = "1")
    int idleTimeoutMinutes() default 30;

    @AttributeDefinition(name = "Sessions per user", description = "Signed-in sessions one user may hold; the oldest ends first", min = "1")
    int maxSessionsPerUser() default 5;
}
