package org.castpb.api.workers;

/** Whether a party affairs worker does party work full-time (专职) or beside another job (兼职). */
public enum WorkerKind {
    FULL_TIME,
    PART_TIME
}
