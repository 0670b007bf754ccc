package org.castpb.api.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class DatedVersionsTest {

    record Limit(String version, LocalDate effectiveFrom, int max) {
    }

    private static final DatedVersions<Limit> LIMITS = new DatedVersions<>("limit",
            List.of(new Limit("v2", LocalDate.of(2018, 1, 1), 5), new Limit("v1", LocalDate.of(1900, 1, 1), 3)),
            Limit::version, Limit::effectiveFrom);

    private static Limit derive(Limit base, String version, LocalDate from, Map<String, String> settings, DatedVersions.Entry entry) {
        int max = base.max();
        for (Map.Entry<String, String> s : settings.entrySet()) {
            if (!"max".equals(s.getKey())) {
                throw entry.refuse("unknown setting '" + s.getKey() + "'");
            }
            max = entry.wholeNumber("max", s.getValue(), 1);
        }
        return new Limit(version, from, max);
    }

    @Test
    public void versionsAreKeptOldestFirstAndTheOneInForceOnADayIsTheLastThatStartedByThen() {
        assertEquals(List.of("v1", "v2"), LIMITS.versions().stream().map(Limit::version).toList());
        assertEquals("v1", LIMITS.at(LocalDate.of(1800, 1, 1)).version());
        assertEquals("v1", LIMITS.at(LocalDate.of(2017, 12, 31)).version());
        assertEquals("v2", LIMITS.at(LocalDate.of(2018, 1, 1)).version());
        assertEquals("v2", LIMITS.at(LocalDate.of(2030, 6, 1)).version());
    }

    @Test
    public void aNewVersionStartsFromTheVersionInForceTheDayBeforeAndANamedOneIsReplacedFromItsOwnValues() {
        DatedVersions<Limit> limits = LIMITS.with(DatedVersionsTest::derive, "v3 2027-01-01", "v1 1900-01-01 max=4", " ", null);
        assertEquals(List.of(4, 5, 5), limits.versions().stream().map(Limit::max).toList());
        assertEquals(new Limit("v3", LocalDate.of(2027, 1, 1), 5), limits.at(LocalDate.of(2027, 1, 1)));
        DatedVersions<Limit> earlier = LIMITS.with(DatedVersionsTest::derive, "v0 2010-01-01 max=9", "v4 2011-01-01");
        assertEquals(9, earlier.at(LocalDate.of(2011, 1, 1)).max());
        assertEquals(LIMITS.versions(), LIMITS.with(DatedVersionsTest::derive).versions());
    }

    @Test
    public void aWrongEntryIsRefusedNamingTheRulesTheEntryAndWhatIsWrong() {
        String[][] cases = {
                {"v3", "limit 'v3': expected 'VERSION EFFECTIVE_FROM [name=value ...]'"},
                {"v3 2027-13-01", "limit 'v3 2027-13-01': effective date '2027-13-01' is not YYYY-MM-DD"},
                {"v3 2027-01-01 min=2", "limit 'v3 2027-01-01 min=2': unknown setting 'min'"},
                {"v3 2027-01-01 max=0", "limit 'v3 2027-01-01 max=0': max must be a whole number of at least 1, got '0'"},
                {"v3 2027-01-01 max", "limit 'v3 2027-01-01 max': max must be a whole number of at least 1, got ''"},
                {"v3 2018-01-01", "limit versions v2 and v3 take effect on the same day 2018-01-01"},
        };
        for (String[] c : cases) {
            assertEquals(c[0], c[1], assertThrows(IllegalArgumentException.class, () -> LIMITS.with(DatedVersionsTest::derive, c[0])).getMessage());
        }
    }

    @Test
    public void rulesNeedAtLeastOneVersionAndNoTwoOnTheSameDay() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new DatedVersions<>("limit", List.<Limit>of(), Limit::version, Limit::effectiveFrom)).getMessage().contains("at least one"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DatedVersions<>("limit",
                List.of(new Limit("a", LocalDate.of(2020, 1, 1), 1), new Limit("b", LocalDate.of(2020, 1, 1), 2)),
                Limit::version, Limit::effectiveFrom)).getMessage().contains("same day 2020-01-01"));
    }
}
