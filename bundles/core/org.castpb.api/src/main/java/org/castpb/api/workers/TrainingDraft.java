package org.castpb.api.workers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training as entered: course, class hours (more than 0, at most 200, in half hours) and the day. */
public record TrainingDraft(String course, BigDecimal hours, LocalDate trainedOn) {
}
