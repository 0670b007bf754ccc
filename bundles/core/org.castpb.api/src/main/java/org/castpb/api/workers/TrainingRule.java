package org.castpb.api.workers;

import java.time.LocalDate;

/**
 * One version of the yearly training target, in force from {@code effectiveFrom} until the next version's. The target
 * of a year is the version in force on its first day, reduced in proportion for a worker in post only part of it.
 */
public record TrainingRule(String version, LocalDate effectiveFrom, int fullTimeHours, int partTimeHours) {

    /** The yearly hours for a worker of this kind. */
    public int hours(WorkerKind kind) {
        return kind == WorkerKind.FULL_TIME ? fullTimeHours : partTimeHours;
    }
}
