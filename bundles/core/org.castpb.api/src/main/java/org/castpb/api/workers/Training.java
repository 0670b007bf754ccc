package org.castpb.api.workers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One training a worker took: the course, its class hours (学时) and the day it ended. */
public record Training(long id, long workerId, String course, BigDecimal hours, LocalDate trainedOn) {
}
