package org.castpb.evaluation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits that keep one plugin from holding up a campaign (configuration {@code org.castpb.evaluation}). */
@ObjectClassDefinition(name = "castpb evaluation engine",
        description = "Time, memory and thread limits for evaluation modules and funding schemes")
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

    @AttributeDefinition(description = "The most one module call (one society) may allocate, in megabytes; a module "
            + "allocating more is interrupted, recorded as ERROR and skipped for the rest of the run. 0: no cap")
    long moduleAllocationCapMegabytes() default 64;

    @AttributeDefinition(description = "The most one funding scheme call may allocate, in megabytes; 0: no cap")
    long fundingAllocationCapMegabytes() default 256;

    @AttributeDefinition(description = "Threads that run plugin calls (evaluation modules; funding schemes have as "
            + "many of their own); campaigns running side by side share them")
    int pluginThreads() default 4;

    @AttributeDefinition(description = "A plugin that does not end within this many milliseconds after being "
            + "interrupted keeps its thread: the thread is abandoned and the plugin not called while it holds it")
    long abandonAfterMillis() default 1000;

    @AttributeDefinition(description = "Abandoned threads are replaced up to this many, so that stuck plugins cannot "
            + "make threads pile up; beyond, plugin calls share what is left")
    int maxAbandonedThreads() default 4;

    @AttributeDefinition(description = "Days a society that failed a completed campaign (FAIL or veto) is given to "
            + "rectify: its rectification task is due this many days after the campaign completed")
    int rectificationDueDays() default 90;

    @AttributeDefinition(description = "Whether a campaign left INTERRUPTED (its node stopped, or its run failed) within the "
            + "last day is resumed by a live node: the societies without a result are evaluated, those with one keep it")
    boolean resumeInterrupted() default true;

    @AttributeDefinition(description = "How many times one run of a campaign is resumed at most; after that it stays "
            + "INTERRUPTED until an administrator runs it again")
    int maxResumes() default 3;
}
