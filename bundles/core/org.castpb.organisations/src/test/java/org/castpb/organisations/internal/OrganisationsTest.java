package org.castpb.organisations.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.junit.Test;

public class OrganisationsTest {

    static PartyOrganisation organisation(int formal, OrganisationStatus status, LocalDate dissolvedOn) {
        return new PartyOrganisation(7, "中国数学会党支部", OrganisationType.BRANCH, null, List.of(3L),
                new Secretary("王小明", SecretarySource.PRINCIPAL_LEADER), formal, 1, null, LocalDate.of(2016, 9, 1),
                LocalDate.of(2016, 9, 1), LocalDate.of(2019, 9, 1), null, status, dissolvedOn, 1, Instant.EPOCH, "admin");
    }

    @Test
    public void historyTextNamesOnlyTheChangedFields() {
        String[] diff = Organisations.diff(Organisations.flatten(organisation(5, OrganisationStatus.ACTIVE, null)),
                Organisations.flatten(organisation(6, OrganisationStatus.DISSOLVED, LocalDate.of(2020, 1, 1))));
        assertEquals("formalMembers=5; status=ACTIVE; dissolvedOn=null", diff[0]);
        assertEquals("formalMembers=6; status=DISSOLVED; dissolvedOn=2020-01-01", diff[1]);
    }

    @Test
    public void endOfADayIsMidnightInBeijing() {
        assertEquals(Instant.parse("2016-12-31T16:00:00Z"), Writes.endOf(LocalDate.of(2016, 12, 31)));
    }
}
