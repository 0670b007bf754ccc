package org.castpb.api.appraisal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded round of democratic appraisal.
 *
 * @param grades        the members appraised, by name
 * @param warnings      codes of the rules the round misses that were accepted with the justification, e.g.
 *                      {@link AppraisalService#EXCELLENT_ABOVE_SHARE}
 * @param ruleSetVersion the share rule applied, e.g. "EXCELLENT at most 1/3"
 */
public record AppraisalRound(long id, long organisationId, String organisationName, int year, LocalDate heldOn,
                             List<AppraisedMember> grades, List<String> warnings, String justification,
                             String ruleSetVersion, long version, Instant updatedAt, String updatedBy) {

    public AppraisalRound {
        grades = List.copyOf(grades);
        warnings = List.copyOf(warnings);
    }

    /** How many members got {@code grade}. */
    public int count(AppraisalGrade grade) {
        return (int) grades.stream().filter(g -> g.grade() == grade).count();
    }
}
