package org.castpb.shell.internal;

import java.time.LocalDate;
import java.util.Random;
import org.castpb.api.LedgerDraft;
import org.castpb.api.Leader;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;

/**
 * The party organisations the demo ledgers say exist, so that coverage and evaluations of the demo data show
 * something to look at. Drawn from a fixed seed per society: most were established before the 2017-06-30
 * deadline, some after it, and about one in ten has let its term run out.
 */
final class DemoOrganisations {

    static final long SEED = 20170630L;
    static final LocalDate DEADLINE = LocalDate.of(2017, 6, 30);

    private DemoOrganisations() {
    }

    /** The organisation a demo society's ledger records, or null when it records none. */
    static PartyOrganisationDraft draft(int index, long societyId, String societyName, LedgerDraft ledger) {
        if (!Boolean.TRUE.equals(ledger.partyOrganisationEstablished()) || ledger.formalMembers() == null
                || ledger.formalMembers() < 3) {
            return null;
        }
        Random rng = new Random(SEED + index);
        int formal = ledger.formalMembers();
        OrganisationType type = formal >= 100 ? OrganisationType.COMMITTEE
                : formal >= 50 ? OrganisationType.GENERAL_BRANCH : OrganisationType.BRANCH;
        LocalDate established = rng.nextInt(100) < 80
                ? LocalDate.of(2015, 1, 1).plusDays(rng.nextInt(900))   // up to mid-2017
                : DEADLINE.plusDays(1 + rng.nextInt(900));
        LocalDate termStart = rng.nextInt(100) < 10
                ? LocalDate.of(2022, 1, 1).plusDays(rng.nextInt(300))  // a term that has run out
                : LocalDate.of(2024, 1, 1).plusDays(rng.nextInt(600));
        if (termStart.isBefore(established)) {
            termStart = established;
        }
        return new PartyOrganisationDraft(societyName + "党" + (type == OrganisationType.COMMITTEE ? "委"
                : type == OrganisationType.GENERAL_BRANCH ? "总支" : "支部"), type, null, java.util.List.of(societyId),
                secretary(ledger), formal, ledger.probationaryMembers() == null ? 0 : ledger.probationaryMembers(),
                formal >= 7 ? 5 : null, established, termStart, termStart.plusYears(3).minusDays(1), "演示数据");
    }

    /** The principal leader when a party member (article 6), otherwise one dispatched by a higher organisation. */
    private static Secretary secretary(LedgerDraft ledger) {
        return ledger.leaders().stream().filter(Leader::principal).filter(Leader::partyMember).findFirst()
                .map(l -> new Secretary(l.name(), SecretarySource.PRINCIPAL_LEADER))
                .orElse(new Secretary("上级党组织选派", SecretarySource.DISPATCHED));
    }
}
