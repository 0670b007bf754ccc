package org.castpb.api.life;

import java.time.LocalDate;

/** A calendar period from {@code from} to {@code to} inclusive, e.g. 2026-10-01 to 2026-12-31 for a quarter. */
public record Period(LocalDate from, LocalDate to) {
}
