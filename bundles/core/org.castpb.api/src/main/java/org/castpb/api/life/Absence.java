package org.castpb.api.life;

/**
 * A member of the registry absent from a meeting; {@code reason} (请假事由) null or blank when absent without reason.
 */
public record Absence(long memberId, String reason) {
}
