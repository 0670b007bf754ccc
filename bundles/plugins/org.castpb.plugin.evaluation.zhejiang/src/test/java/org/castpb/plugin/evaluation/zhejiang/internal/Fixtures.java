package org.castpb.plugin.evaluation.zhejiang.internal;

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

/** Real api records for a Zhejiang society, and the module's configuration with its shipped defaults. */
final class Fixtures {

    static final long SOCIETY = 33;
    static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    static final Instant RECORDED = Instant.parse("2023-06-01T02:00:00Z");

    private Fixtures() {
    }

    record Context(int year, EvaluationKind kind, LocalDate asOf, Society society, Ledger ledger,
                   List<PartyOrganisation> organisations, boolean establishmentRequestPending,
                   List<LiaisonAssignment> liaisons) implements EvaluationContext {

        Context with(Ledger l) {
            return new Context(year, kind, asOf, society, l, organisations, establishmentRequestPending, liaisons);
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

    /** A Zhejiang group member meeting every criterion: clear ledger, branch since 2016, charter, instructor serving. */
    static Context compliant() {
        return new Context(2023, EvaluationKind.ASSESSMENT, AS_OF, society(GroupMemberStatus.MEMBER), clearLedger(),
                List.of(organisation(21, OrganisationType.BRANCH, LocalDate.of(2016, 5, 10), LocalDate.of(2024, 5, 9))), false,
                List.of(liaison(41, LiaisonKind.INSTRUCTOR, "陈静", LocalDate.of(2022, 9, 1), null)));
    }

    static Society society(GroupMemberStatus status) {
        return new Society(SOCIETY, "浙江省测试学会", null, "51330000500000000X", false, SocietyKind.SOCIETY, SocietyLevel.PROVINCIAL,
                "330000", Discipline.SCIENCE, "浙江省科协", status, null, null, RegistrationStatus.ACTIVE, 1985, null, null, null,
                true, 1, RECORDED, RECORDED);
    }

    static Ledger clearLedger() {
        return ledgerWithout(Map.of());
    }

    static Ledger ledgerWithout(Map<LedgerSection, List<String>> missing) {
        List<SectionStatus> sections = new ArrayList<>();
        for (LedgerSection s : LedgerSection.values()) {
            List<String> items = missing.getOrDefault(s, List.of());
            sections.add(new SectionStatus(s, items.isEmpty(), items));
        }
        return new Ledger(SOCIETY, 2, RECORDED, "secretary", LedgerDraft.empty(), missing.isEmpty(), sections);
    }

    static PartyOrganisation organisation(long id, OrganisationType type, LocalDate establishedOn, LocalDate termEndsOn) {
        return new PartyOrganisation(id, "浙江省测试学会" + type, type, null, List.of(SOCIETY), new Secretary("陈静", SecretarySource.DISPATCHED),
                4, 1, null, establishedOn, establishedOn, termEndsOn, null, OrganisationStatus.ACTIVE, null, 1, RECORDED, "admin");
    }

    static LiaisonAssignment liaison(long id, LiaisonKind kind, String name, LocalDate from, LocalDate to) {
        return new LiaisonAssignment(id, kind, name, SOCIETY, from, to, "浙江省科协党组", 1);
    }

    /** The configuration with its annotation defaults, some replaced: name, value, name, value... */
    static ZhejiangModule.Config config(Object... overrides) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return (ZhejiangModule.Config) Proxy.newProxyInstance(ZhejiangModule.Config.class.getClassLoader(),
                new Class<?>[] {ZhejiangModule.Config.class}, (proxy, method, args) -> values.containsKey(method.getName())
                        ? values.get(method.getName()) : method.getDefaultValue());
    }
}
