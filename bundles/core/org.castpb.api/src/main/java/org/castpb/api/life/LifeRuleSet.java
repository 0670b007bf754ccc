package org.castpb.api.life;

import java.time.LocalDate;
import java.util.Map;

/**
 * One version of the rules of organisational life, in force from {@code effectiveFrom} until the next version's.
 * Which organisations a kind of meeting is due from: committee meetings where the organisation has a committee (a
 * committee, a general branch, or a branch or joint branch with at least {@code committeeFromFormalMembers} formal
 * members; a work group never), group meetings in branches and joint branches, democratic life meetings in committees,
 * the others everywhere.
 *
 * @param version                    the version's name, quoted in every report and alert it produces
 * @param effectiveFrom              the first day it applies
 * @param frequencies                how often each kind of meeting is due
 * @param committeeFromFormalMembers formal members from which a branch has a committee
 * @param absenceMonths              months of absence without reason that make a member a candidate for an
 *                                   unqualified-member case (不合格党员)
 */
public record LifeRuleSet(String version, LocalDate effectiveFrom, Map<MeetingType, Frequency> frequencies,
                          int committeeFromFormalMembers, int absenceMonths) {

    public LifeRuleSet {
        frequencies = Map.copyOf(frequencies);
    }

    /** How often {@code type} is due under this version ({@link Frequency#NONE} when not named). */
    public Frequency frequency(MeetingType type) {
        return frequencies.getOrDefault(type, Frequency.NONE);
    }
}
