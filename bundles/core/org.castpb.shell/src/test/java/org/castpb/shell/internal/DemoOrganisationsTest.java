package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.castpb.api.LedgerDraft;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.SecretarySource;
import org.junit.Test;

public class DemoOrganisationsTest {

    private static List<DemoData.Entry> entries() throws Exception {
        return DemoData.generate(DemoData.sample());
    }

    @Test
    public void everyLedgerThatNamesAnOrganisationGetsOneAndNoOtherDoes() throws Exception {
        List<DemoData.Entry> entries = entries();
        int organised = 0;
        for (int i = 0; i < entries.size(); i++) {
            LedgerDraft ledger = entries.get(i).ledger();
            PartyOrganisationDraft d = DemoOrganisations.draft(i, 1000 + i, "学会" + i, ledger);
            if (Boolean.TRUE.equals(ledger.partyOrganisationEstablished())) {
                organised++;
                assertEquals(List.of(1000L + i), d.societyIds());
                assertEquals(ledger.formalMembers(), d.formalMembers());
                assertTrue(d.termEndsOn().isAfter(d.termStartsOn()));
                assertFalse(d.termStartsOn().isBefore(d.establishedOn()));
            } else {
                assertNull(d);
            }
        }
        assertTrue("most demo societies have an organisation: " + organised, organised > entries.size() / 2);
    }

    @Test
    public void theTypeFollowsTheFormalMembersAndTheSecretaryTheLeadersAndTheDrawIsTheSameEveryRun() throws Exception {
        List<DemoData.Entry> entries = entries();
        long late = 0;
        for (int i = 0; i < entries.size(); i++) {
            LedgerDraft ledger = entries.get(i).ledger();
            PartyOrganisationDraft d = DemoOrganisations.draft(i, 1000 + i, "学会" + i, ledger);
            if (d == null) {
                continue;
            }
            assertEquals(d, DemoOrganisations.draft(i, 1000 + i, "学会" + i, ledger));
            int formal = ledger.formalMembers();
            assertEquals(formal >= 100 ? OrganisationType.COMMITTEE : formal >= 50 ? OrganisationType.GENERAL_BRANCH
                    : OrganisationType.BRANCH, d.type());
            boolean principalMember = ledger.leaders().stream().anyMatch(l -> l.principal() && l.partyMember());
            assertEquals(principalMember ? SecretarySource.PRINCIPAL_LEADER : SecretarySource.DISPATCHED, d.secretary().source());
            if (d.establishedOn().isAfter(DemoOrganisations.DEADLINE)) {
                late++;
            }
        }
        assertTrue("some were established after the deadline", late > 0);
    }
}
