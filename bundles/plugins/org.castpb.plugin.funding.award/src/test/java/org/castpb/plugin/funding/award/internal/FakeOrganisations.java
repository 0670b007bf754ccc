package org.castpb.plugin.funding.award.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.castpb.api.organisation.PartyOrganisation;

/** The organisations a test's funding context hands over, by society. */
final class FakeOrganisations {

    private final List<PartyOrganisation> organisations = new ArrayList<>();

    FakeOrganisations add(PartyOrganisation... o) {
        organisations.addAll(List.of(o));
        return this;
    }

    List<PartyOrganisation> bySociety(long societyId) {
        return organisations.stream().filter(o -> o.societyIds().contains(societyId))
                .sorted(Comparator.comparingLong(PartyOrganisation::id)).toList();
    }
}
