package org.castpb.evaluation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits that keep one plugin from holding up a campaign (configuration {@code org.castpb.evaluation}). */
@ObjectClassDefinition(name = "castpb evaluation engine",
        description = "Time limits for evaluation modules and funding schemes")
public @interface EngineConfig {

    /** The configuration's PID. */
    String PID = "org.castpb.evaluation";

    @AttributeDefinition(description = "How long one evaluation module may take for one society, in milliseconds; "
            + "a later answer is recorded as ERROR")
    long moduleTimeoutMillis() default 2000;

    @AttributeDefinition(description = "After this many time-outs in a row, a module is skipped (ERROR) for the "
            + "rest of the campaign run, so a hanging plugin cannot stall it")
    int maxConsecutiveTimeouts() default 3;

    @AttributeDefinition(description = "How long a funding scheme may take for one allocation, in milliseconds")
    long fundingTimeoutMillis() default 30000;
}
