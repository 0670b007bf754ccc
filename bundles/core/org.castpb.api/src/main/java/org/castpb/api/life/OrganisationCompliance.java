package org.castpb.api.life;

import java.util.List;
import org.castpb.api.organisation.OrganisationType;

/**
 * What one organisation owed and held in a report's period, per kind of meeting due.
 *
 * @param hasCommittee   whether committee meetings were due (see {@link LifeRuleSet})
 * @param ruleSetVersion the rule-set version in force at the period's end
 * @param due            periods due over all kinds
 * @param held           of those, periods with a meeting held
 * @param missing        of those, periods without one
 */
public record OrganisationCompliance(long organisationId, String organisationName, OrganisationType organisationType,
                                     List<Long> societyIds, int formalMembers, boolean hasCommittee,
                                     String ruleSetVersion, List<Obligation> obligations, int due, int held,
                                     int missing) {

    public OrganisationCompliance {
        societyIds = List.copyOf(societyIds);
        obligations = List.copyOf(obligations);
    }
}
