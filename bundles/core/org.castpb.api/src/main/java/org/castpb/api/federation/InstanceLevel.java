package org.castpb.api.federation;

/** The level of a castpb instance: CAST's own, a provincial or a municipal science association's. */
public enum InstanceLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL
}
