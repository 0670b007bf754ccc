package org.castpb.api;

/** How a society's operations run (业务运行情况). */
public enum RunningState {
    NORMAL,
    IRREGULAR,
    DORMANT
}
