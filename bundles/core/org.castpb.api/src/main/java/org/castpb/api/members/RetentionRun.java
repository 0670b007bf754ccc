package org.castpb.api.members;

import java.time.LocalDate;

/**
 * What one retention run did: the members who left (transferred out, removed, died) before {@code leftBefore} were
 * reduced to counts per organisation, year and status.
 */
public record RetentionRun(LocalDate leftBefore, int reduced) {
}
