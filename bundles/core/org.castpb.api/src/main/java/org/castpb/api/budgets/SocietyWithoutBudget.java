package org.castpb.api.budgets;

import org.castpb.api.SocietyLevel;

/**
 * A society that lists no party-work funding for the year: no budget recorded, or one without a budget line.
 *
 * @param societyId   the society
 * @param name        its name
 * @param level       its level
 * @param regionCode  its region code
 * @param recorded    whether a budget was recorded for the year (without a budget line) or nothing at all
 */
public record SocietyWithoutBudget(long societyId, String name, SocietyLevel level, String regionCode, boolean recorded) {
}
