package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;
import org.castpb.api.ValidationException;
import org.junit.Test;

public class LeadersTest {

    @Test
    public void readsChineseTitlesAndYesNo() {
        List<Leader> leaders = Leaders.parse(List.of("王小明|理事长|是|是", " 李华 | 秘书长 | 否 | 是 "));

        assertEquals(List.of(new Leader("王小明", LeaderRole.PRESIDENT, true, true),
                new Leader("李华", LeaderRole.SECRETARY_GENERAL, false, true)), leaders);
    }

    @Test
    public void acceptsEnglishRoleNamesInAnyCaseAndEnglishYesNo() {
        List<Leader> leaders = Leaders.parse(List.of("Zhang San|vice_president|no|yes", "赵六|DEPUTY_SECRETARY_GENERAL|false|true"));

        assertEquals(LeaderRole.VICE_PRESIDENT, leaders.get(0).role());
        assertEquals(LeaderRole.DEPUTY_SECRETARY_GENERAL, leaders.get(1).role());
        assertEquals(false, leaders.get(1).principal());
        assertEquals(true, leaders.get(1).partyMember());
    }

    @Test
    public void refusesEveryMalformedLeaderAtOnceNamingTheFormat() {
        try {
            Leaders.parse(List.of("王小明|理事长|是", "李华|会计|是|是", "|理事长|是|是", "赵六|理事长|也许|是", "钱七|理事长|是|是"));
            fail("malformed leaders were accepted");
        } catch (ValidationException e) {
            assertEquals(4, e.errors().size());
            assertEquals("leader[0]", e.errors().get(0).field());
            assertTrue(e.getMessage(), e.getMessage().contains("'王小明|理事长|是' is not 姓名|职务|主要负责人(是/否)|党员(是/否)"));
            assertTrue("names the roles when the role is unknown: " + e.getMessage(),
                    e.errors().get(1).message().contains("秘书长 (SECRETARY_GENERAL)"));
        }
    }

    @Test
    public void formatsLeadersAsTheyAreTyped() {
        Leader leader = new Leader("王小明", LeaderRole.PRESIDENT, true, false);

        assertEquals("王小明|理事长|是|否", Leaders.format(leader));
        assertEquals(List.of(leader), Leaders.parse(List.of(Leaders.format(leader))));
    }

    @Test
    public void yesNoIsNullForAnythingElse() {
        assertEquals(Boolean.TRUE, Leaders.yesNo("是"));
        assertEquals(Boolean.FALSE, Leaders.yesNo("NO"));
        assertNull(Leaders.yesNo("maybe"));
    }
}
