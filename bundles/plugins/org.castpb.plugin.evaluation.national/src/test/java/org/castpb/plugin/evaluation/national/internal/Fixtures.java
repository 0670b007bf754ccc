package org.castpb.plugin.evaluation.national.internal;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerSection;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SectionStatus;
import org.castpb.api.Society;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.LiaisonKind;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.castpb.spi.EvaluationContext;

/** Real api records for the national module's tests, and its configuration with the shipped defaults. */
final class Fixtures {

    static final long SOCIETY = 7;
    static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    static final Instant RECORDED = Instant.parse("2023-06-01T02:00:00Z");

    private Fixtures() {
    }

    /** An EvaluationContext as castpb would hand it over. */
    record Context(int year, EvaluationKind kind, LocalDate asOf, Society society, Ledger ledger,
                   List<PartyOrganisation> organisations, boolean establishmentRequestPending,
                   List<LiaisonAssignment> liaisons) implements EvaluationContext {

        Context with(Ledger l) {
            return new Context(year, kind, asOf, society, l, organisations, establishmentRequestPending, liaisons);
        }

        Context with(Society s) {
            return new Context(year, kind, asOf, s, ledger, organisations, establishmentRequestPending, liaisons);
        }

        Context on(LocalDate day) {
            return new Context(day.getYear(), kind, day, society, ledger, organisations, establishmentRequestPending, liaisons);
        }

        Context withOrganisations(PartyOrganisation... o) {
            return new Context(year, kind, asOf, society, ledger, List.of(o), establishmentRequestPending, liaisons);
        }

        Context withLiaisons(LiaisonAssignment... l) {
            return new Context(year, kind, asOf, society, ledger, organisations, establishmentRequestPending, List.of(l));
        }

        Context pendingRequest() {
            return new Context(year, kind, asOf, society, ledger, organisations, true, liaisons);
        }
    }

    /** A group member with party building in its charter, a clear ledger and a branch set up in 2016, term running. */
    static Context compliant() {
        return new Context(2023, EvaluationKind.ANNUAL_INSPECTION, AS_OF, society(GroupMemberStatus.MEMBER, true), clearLedger(),
                List.of(organisation(11, OrganisationType.BRANCH, LocalDate.of(2016, 5, 10), LocalDate.of(2024, 5, 9))),
                false, List.of());
    }

    /** The compliant society with no organisation, liaison or request at all. */
    static Context uncovered(GroupMemberStatus status) {
        return compliant().with(society(status, true)).withOrganisations();
    }

    static Society society(GroupMemberStatus status, Boolean partyBuildingInCharter) {
        return new Society(SOCIETY, "中国测试学会", "Chinese Society of Testing", "51100000500000000X", false, SocietyKind.SOCIETY,
                SocietyLevel.NATIONAL, "100000", Discipline.ENGINEERING, "中国科协", status, null, null,
                RegistrationStatus.ACTIVE, 1980, null, null, null, partyBuildingInCharter, 1, RECORDED, RECORDED);
    }

    static Ledger clearLedger() {
        List<SectionStatus> sections = new ArrayList<>();
        for (LedgerSection s : LedgerSection.values()) {
            sections.add(new SectionStatus(s, true, List.of()));
        }
        return new Ledger(SOCIETY, 3, RECORDED, "secretary", LedgerDraft.empty(), true, sections);
    }

    /** A ledger whose given sections are not clear, each missing the items named. */
    static Ledger ledgerWithout(Map<LedgerSection, List<String>> missing) {
        List<SectionStatus> sections = new ArrayList<>();
        for (LedgerSection s : LedgerSection.values()) {
            List<String> items = missing.getOrDefault(s, List.of());
            sections.add(new SectionStatus(s, items.isEmpty(), items));
        }
        return new Ledger(SOCIETY, 4, RECORDED, "secretary", LedgerDraft.empty(), false, sections);
    }

    static Ledger noLedger() {
        List<SectionStatus> sections = new ArrayList<>();
        for (LedgerSection s : LedgerSection.values()) {
            sections.add(new SectionStatus(s, false, List.of("everything")));
        }
        return new Ledger(SOCIETY, 0, null, null, LedgerDraft.empty(), false, sections);
    }

    static PartyOrganisation organisation(long id, OrganisationType type, LocalDate establishedOn, LocalDate termEndsOn) {
        return new PartyOrganisation(id, "测试学会" + type, type, null, List.of(SOCIETY), new Secretary("王伟", SecretarySource.PRINCIPAL_LEADER),
                5, 0, null, establishedOn, establishedOn, termEndsOn, null, OrganisationStatus.ACTIVE, null, 1, RECORDED, "admin");
    }

    static PartyOrganisation dissolved(long id, OrganisationType type, LocalDate establishedOn, LocalDate dissolvedOn) {
        return new PartyOrganisation(id, "测试学会" + type, type, null, List.of(SOCIETY), new Secretary("王伟", SecretarySource.PRINCIPAL_LEADER),
                5, 0, null, establishedOn, establishedOn, establishedOn.plusYears(3), null, OrganisationStatus.DISSOLVED,
                dissolvedOn, 2, RECORDED, "admin");
    }

    static LiaisonAssignment liaison(long id, LiaisonKind kind, String name, LocalDate from, LocalDate to) {
        return new LiaisonAssignment(id, kind, name, SOCIETY, from, to, "中国科协科技社团党委", 1);
    }

    /** The configuration with its annotation defaults, some replaced: name, value, name, value... */
    static NationalModule.Config config(Object... overrides) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return (NationalModule.Config) Proxy.newProxyInstance(NationalModule.Config.class.getClassLoader(),
                new Class<?>[] {NationalModule.Config.class}, (proxy, method, args) -> values.containsKey(method.getName())
                        ? values.get(method.getName()) : method.getDefaultValue());
    }
}
