package org.castpb.evaluation.internal;

/**
 * The engine's limits, checked once when the configuration arrives.
 *
 * @param moduleAllocationCapBytes  the most a module's call may allocate, 0 for no cap
 * @param fundingAllocationCapBytes the most a funding scheme's call may allocate, 0 for no cap
 */
record Limits(long moduleTimeoutMillis, int maxConsecutiveTimeouts, long fundingTimeoutMillis,
              long moduleAllocationCapBytes, long fundingAllocationCapBytes) {

    static final long MEGABYTE = 1024 * 1024;

    Limits {
        atLeast(1, moduleTimeoutMillis, "moduleTimeoutMillis");
        atLeast(1, maxConsecutiveTimeouts, "maxConsecutiveTimeouts");
        atLeast(1, fundingTimeoutMillis, "fundingTimeoutMillis");
        atLeast(0, moduleAllocationCapBytes, "moduleAllocationCapMegabytes");
        atLeast(0, fundingAllocationCapBytes, "fundingAllocationCapMegabytes");
    }

    /** Time limits only, no allocation cap. */
    Limits(long moduleTimeoutMillis, int maxConsecutiveTimeouts, long fundingTimeoutMillis) {
        this(moduleTimeoutMillis, maxConsecutiveTimeouts, fundingTimeoutMillis, 0, 0);
    }

    static Limits of(EngineConfig config) {
        return new Limits(config.moduleTimeoutMillis(), config.maxConsecutiveTimeouts(), config.fundingTimeoutMillis(),
                config.moduleAllocationCapMegabytes() * MEGABYTE, config.fundingAllocationCapMegabytes() * MEGABYTE);
    }

    /** The threads that run plugin calls, as configured; checked like the limits. */
    static PluginCalls calls(String what, EngineConfig config) {
        checkThreads(config);
        return new PluginCalls(what, config.pluginThreads(), config.maxAbandonedThreads(), config.abandonAfterMillis());
    }

    /** A changed configuration: new sizes for the calls that follow. */
    static void reconfigure(PluginCalls calls, EngineConfig config) {
        checkThreads(config);
        calls.configure(config.pluginThreads(), config.maxAbandonedThreads(), config.abandonAfterMillis());
    }

    private static void checkThreads(EngineConfig config) {
        atLeast(1, config.pluginThreads(), "pluginThreads");
        atLeast(0, config.maxAbandonedThreads(), "maxAbandonedThreads");
        atLeast(1, config.abandonAfterMillis(), "abandonAfterMillis");
    }

    private static void atLeast(long least, long value, String name) {
        if (value < least) {
            throw new IllegalArgumentException(EngineConfig.PID + ": " + name + " must be at least " + least + ", not " + value);
        }
    }
}
