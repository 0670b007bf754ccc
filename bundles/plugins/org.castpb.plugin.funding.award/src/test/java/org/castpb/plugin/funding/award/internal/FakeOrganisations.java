package org.castpb.plugin.funding.award.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.organisation.RuleSet;
import org.castpb.api.organisation.RuleWarning;

/** A lookup table of organisations standing in for castpb's service; the scheme only ever asks {@link #bySociety}. */
final class FakeOrganisations implements PartyOrganisationService {

    private final List<PartyOrganisation> organisations = new ArrayList<>();

    FakeOrganisations add(PartyOrganisation... o) {
        organisations.addAll(List.of(o));
        return this;
    }

    @Override
    public List<PartyOrganisation> bySociety(long societyId) {
        return organisations.stream().filter(o -> o.societyIds().contains(societyId))
                .sorted(Comparator.comparingLong(PartyOrganisation::id)).toList();
    }

    @Override
    public PartyOrganisation create(Actor actor, PartyOrganisationDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PartyOrganisation get(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PartyOrganisation asOf(long id, LocalDate date) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PartyOrganisation update(Actor actor, long id, long expectedVersion, PartyOrganisationDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PartyOrganisation dissolve(Actor actor, long id, long expectedVersion, LocalDate dissolvedOn, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AuditEntry> history(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<PartyOrganisation> children(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> coveredSocieties(LocalDate date) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<RuleWarning> check(long id, LocalDate asOf) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<RuleWarning> check(PartyOrganisationDraft draft, LocalDate asOf) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<RuleSet> ruleSets() {
        throw new UnsupportedOperationException();
    }
}
