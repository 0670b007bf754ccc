package org.castpb.api.workers;

/** A party affairs worker's yearly assessment grade (年度考核等次). */
public enum WorkerGrade {
    EXCELLENT,
    COMPETENT,
    BASICALLY_COMPETENT,
    INCOMPETENT
}
