package org.castpb.api.workers;

import java.math.BigDecimal;

/** One worker's recorded allowance of a run. */
public record AllowanceLine(long workerId, long societyId, String workerName, WorkerGrade grade, BigDecimal amount,
                            String explanation) {
}
