package org.castpb.api.evaluation;

/** Whether a plugin's module or scheme is available now. */
public enum ModuleState {
    /** Installed and bound: campaigns use it. */
    ACTIVE,
    /** Was installed since the platform started and has been removed; its earlier results are kept. */
    REMOVED
}
