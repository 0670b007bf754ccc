package org.castpb.api.life;

/** OPEN until what it names is set right (the meeting recorded, the member attended), then CLOSED. */
public enum AlertStatus {
    OPEN,
    CLOSED
}
