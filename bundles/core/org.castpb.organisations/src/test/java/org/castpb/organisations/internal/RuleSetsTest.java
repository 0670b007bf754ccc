package org.castpb.organisations.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.organisation.RuleSet;
import org.junit.Test;

public class RuleSetsTest {

    @Test
    public void versionInForceSwitchesOnItsEffectiveDate() {
        assertEquals("v1", RuleSets.DEFAULTS.at(LocalDate.of(2017, 12, 31)).version());
        assertEquals("v2", RuleSets.DEFAULTS.at(LocalDate.of(2018, 1, 1)).version());
        assertEquals("v2", RuleSets.DEFAULTS.at(LocalDate.of(2030, 1, 1)).version());
    }

    @Test
    public void dayBeforeEveryVersionGetsTheFirst() {
        assertEquals("v1", RuleSets.DEFAULTS.at(LocalDate.of(1800, 1, 1)).version());
    }

    @Test
    public void builtInVersionsCarryThePartyRuleDefaults() {
        RuleSet v1 = RuleSets.V1;
        assertEquals(List.of(3, 50, 50, 100, 100, 7, 3, 7, 5, 3, 3), List.of(v1.minFormalMembers(), v1.branchMaxMembers(),
                v1.generalBranchMinMembers(), v1.generalBranchMaxMembers(), v1.committeeMinMembers(), v1.branchCommitteeFrom(),
                v1.committeeSizeMin(), v1.committeeSizeMax(), v1.jointBranchMaxSocieties(), v1.branchTermYears(), v1.generalBranchTermYears()));
        assertEquals(List.of(3, 5), List.of(v1.committeeTermMinYears(), v1.committeeTermMaxYears()));
        assertEquals(List.of(5, 5), List.of(RuleSets.V2.committeeTermMinYears(), RuleSets.V2.committeeTermMaxYears()));
    }

    @Test
    public void newVersionStartsFromTheVersionInForceTheDayBefore() {
        RuleSets rules = RuleSets.DEFAULTS.with("v3 2024-01-01 branchMaxMembers=60 jointBranchMaxSocieties=4");
        RuleSet v3 = rules.at(LocalDate.of(2024, 1, 1));
        assertEquals("v3", v3.version());
        assertEquals(60, v3.branchMaxMembers());
        assertEquals(4, v3.jointBranchMaxSocieties());
        assertEquals(5, v3.committeeTermMinYears());
        assertEquals(List.of("v1", "v2", "v3"), rules.versions().stream().map(RuleSet::version).toList());
    }

    @Test
    public void entryNamingAnExistingVersionReplacesIt() {
        RuleSets rules = RuleSets.DEFAULTS.with("v2 2019-01-01 committeeTermMinYears=4");
        assertEquals("v1", rules.at(LocalDate.of(2018, 6, 1)).version());
        RuleSet v2 = rules.at(LocalDate.of(2019, 1, 1));
        assertEquals(List.of(4, 5), List.of(v2.committeeTermMinYears(), v2.committeeTermMaxYears()));
        assertEquals(2, rules.versions().size());
    }

    @Test
    public void blankAndMissingEntriesChangeNothing() {
        assertEquals(RuleSets.DEFAULTS.versions(), RuleSets.DEFAULTS.with().versions());
        assertEquals(RuleSets.DEFAULTS.versions(), RuleSets.DEFAULTS.with("  ", null).versions());
        assertEquals(RuleSets.DEFAULTS.versions(), RuleSets.DEFAULTS.with((String[]) null).versions());
    }

    @Test
    public void wrongEntriesAreRefusedNamingWhatIsWrong() {
        refused("v3 2024-01-01 branchMax=60", "unknown threshold 'branchMax=60'");
        refused("v3 2024-13-01", "is not YYYY-MM-DD");
        refused("v3", "expected 'VERSION EFFECTIVE_FROM");
        refused("v3 2024-01-01 branchMaxMembers=many", "branchMaxMembers must be a whole number");
        refused("v3 2024-01-01 branchMaxMembers=0", "branchMaxMembers must be at least 1");
        refused("v3 2024-01-01 committeeTermMinYears=6", "committeeTermMinYears (6) exceeds committeeTermMaxYears (5)");
        refused("v3 2018-01-01", "take effect on the same day 2018-01-01");
        refused("v3 2024-01-01 version=9", "unknown threshold 'version=9'");
    }

    private static void refused(String entry, String expected) {
        try {
            RuleSets.DEFAULTS.with(entry);
            fail("accepted " + entry);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(expected));
        }
    }
}
