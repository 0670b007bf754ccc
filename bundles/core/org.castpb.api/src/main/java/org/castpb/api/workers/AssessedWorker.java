package org.castpb.api.workers;

/** A worker an allowance scheme may pay: in post during the year, with the year's assessment grade. */
public record AssessedWorker(long workerId, long societyId, WorkerKind kind, WorkerGrade grade) {
}
