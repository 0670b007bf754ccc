package org.castpb.api.appraisal;

import java.time.LocalDate;
import java.util.List;

/**
 * A round of democratic appraisal as recorded after it was held.
 *
 * @param organisationId the party organisation that appraised its members
 * @param year           the year appraised
 * @param heldOn         the day of the appraisal meeting (not in the future)
 * @param grades         one entry per member appraised
 * @param justification  why more members than the rule set's share are EXCELLENT; required only then
 */
public record AppraisalDraft(long organisationId, int year, LocalDate heldOn, List<GradeEntry> grades, String justification) {
}
