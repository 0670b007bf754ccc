package org.castpb.api.workers;

import java.time.LocalDate;

/** A worker as entered: the society whose roster it is on, name, kind, position, start and (optional) end date. */
public record WorkerDraft(long societyId, String name, WorkerKind kind, String position, LocalDate startDate, LocalDate endDate) {
}
