package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import org.apache.karaf.shell.support.CommandException;
import org.castpb.api.organisation.LiaisonDraft;
import org.castpb.api.organisation.LiaisonKind;
import org.junit.Test;

public class AssignLiaisonTest {

    @Test
    public void argumentsAndOptionsMakeTheAssignment() throws Exception {
        AssignLiaison command = new AssignLiaison();
        command.societyId = 12;
        command.kind = LiaisonKind.INSTRUCTOR;
        command.name = "李华";
        command.from = "2016-09-01";
        command.to = "2019-08-31";
        command.dispatchedBy = "中国科协科技社团党委";

        assertEquals(new LiaisonDraft(LiaisonKind.INSTRUCTOR, "李华", 12L, LocalDate.of(2016, 9, 1), LocalDate.of(2019, 8, 31),
                "中国科协科技社团党委"), command.draft());
    }

    @Test
    public void anOpenEndedAssignmentHasNoLastDay() throws Exception {
        AssignLiaison command = new AssignLiaison();
        command.societyId = 12;
        command.kind = LiaisonKind.LIAISON_OFFICER;
        command.name = "张三";
        command.from = "2016-09-01";

        assertEquals(new LiaisonDraft(LiaisonKind.LIAISON_OFFICER, "张三", 12L, LocalDate.of(2016, 9, 1), null, null), command.draft());
    }

    @Test
    public void refusesABadDateNamingItsOption() {
        AssignLiaison command = new AssignLiaison();
        command.from = "2016-9-1";
        try {
            command.draft();
            fail("accepted");
        } catch (CommandException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Error: --from must be a date like 2016-12-31"));
        }
    }
}
