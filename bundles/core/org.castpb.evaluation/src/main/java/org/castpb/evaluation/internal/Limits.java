package org.castpb.evaluation.internal;

/** The engine's limits, checked once when the configuration arrives. */
record Limits(long moduleTimeoutMillis, int maxConsecutiveTimeouts, long fundingTimeoutMillis) {

    Limits {
        if (moduleTimeoutMillis < 1) {
            throw new IllegalArgumentException(EngineConfig.PID + ": moduleTimeoutMillis must be at least 1, not "
                    + moduleTimeoutMillis);
        }
        if (maxConsecutiveTimeouts < 1) {
            throw new IllegalArgumentException(EngineConfig.PID + ": maxConsecutiveTimeouts must be at least 1, not "
                    + maxConsecutiveTimeouts);
        }
        if (fundingTimeoutMillis < 1) {
            throw new IllegalArgumentException(EngineConfig.PID + ": fundingTimeoutMillis must be at least 1, not "
                    + fundingTimeoutMillis);
        }
    }

    static Limits of(EngineConfig config) {
        return new Limits(config.moduleTimeoutMillis(), config.maxConsecutiveTimeouts(), config.fundingTimeoutMillis());
    }
}
