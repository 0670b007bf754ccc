package org.castpb.api.workers;

/** A worker's assessment grade for one year, with the assessor's note. */
public record Assessment(long workerId, long societyId, String workerName, WorkerKind kind, int year, WorkerGrade grade, String note,
                         String assessedBy) {
}
