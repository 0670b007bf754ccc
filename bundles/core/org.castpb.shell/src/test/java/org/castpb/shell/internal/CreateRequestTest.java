package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.junit.Test;

public class CreateRequestTest {

    @Test
    public void everyOptionAndTheSocietiesFillTheirFieldOfTheDraft() throws Exception {
        CreateRequest command = new CreateRequest();
        command.name = "中国数学会联合党支部";
        command.type = OrganisationType.JOINT_BRANCH;
        command.parentId = 3L;
        command.secretary = "王小明";
        command.secretarySource = SecretarySource.PRINCIPAL_LEADER;
        command.formalMembers = 5;
        command.probationaryMembers = 1;
        command.committeeSize = 3;
        command.establishedOn = "2016-12-01";
        command.termStartsOn = " 2016-12-01 ";
        command.termEndsOn = "2019-11-30";
        command.note = "与中国力学学会联合组建";
        command.societyIds = List.of(11L, 12L);

        assertEquals(new PartyOrganisationDraft("中国数学会联合党支部", OrganisationType.JOINT_BRANCH, 3L, List.of(11L, 12L),
                new Secretary("王小明", SecretarySource.PRINCIPAL_LEADER), 5, 1, 3, LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 1),
                LocalDate.of(2019, 11, 30), "与中国力学学会联合组建"), command.draft());
    }

    @Test
    public void whatIsLeftOutStaysUnknownForTheServiceToName() throws Exception {
        PartyOrganisationDraft draft = new CreateRequest().draft();

        assertEquals(new PartyOrganisationDraft(null, null, null, List.of(), null, null, null, null, null, null, null, null), draft);
    }

    @Test
    public void aSecretaryWithoutSourceReachesTheServiceAsSuch() throws Exception {
        CreateRequest command = new CreateRequest();
        command.secretary = "王小明";

        Secretary secretary = command.draft().secretary();
        assertEquals("王小明", secretary.name());
        assertNull(secretary.source());
    }

    @Test
    public void refusesABadDateNamingItsOption() {
        CreateRequest command = new CreateRequest();
        command.establishedOn = "2016-12-01";
        command.termEndsOn = "2019/11/30";
        try {
            command.draft();
            fail("accepted");
        } catch (CommandException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Error: --term-ends-on must be a date like 2016-12-31, got '2019/11/30'"));
        }
    }
}
