package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.InspectionResult;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;
import org.castpb.api.LedgerDraft;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.junit.Test;

public class DemoDataTest {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    public void theShippedSampleIsReadWholeWithItsRealNames() throws Exception {
        List<DemoData.SampleRow> sample = DemoData.sample();

        assertEquals(105, sample.size());
        assertEquals(new DemoData.SampleRow("中国数学会", Discipline.SCIENCE), sample.get(0));
    }

    @Test
    public void everySampleSocietyBecomesOneNationalSocietyInTheCsv() throws Exception {
        List<DemoData.SampleRow> sample = DemoData.sample();
        List<DemoData.Entry> entries = DemoData.generate(sample);
        String[] lines = DemoData.toCsv(entries).split("\r\n");

        assertEquals(sample.size(), entries.size());
        assertEquals(sample.size() + 1, lines.length);
        assertEquals(String.join(",", DemoData.HEADERS), lines[0]);
        for (int i = 0; i < sample.size(); i++) {
            SocietyDraft s = entries.get(i).society();
            assertEquals(sample.get(i).name(), s.name());
            assertEquals(sample.get(i).discipline(), s.discipline());
            assertEquals(SocietyLevel.NATIONAL, s.level());
            assertEquals("100000", s.regionCode());
            assertEquals(lines[i + 1], DemoData.HEADERS.size(), lines[i + 1].split(",", -1).length);
            assertTrue(lines[i + 1], lines[i + 1].startsWith(s.name() + ",," + s.uscc() + ","));
        }
    }

    @Test
    public void everyUsccPassesTheGb32100CheckAndIsUnique() throws Exception {
        Set<String> seen = new HashSet<>();
        for (DemoData.Entry e : DemoData.generate(DemoData.sample())) {
            String uscc = e.society().uscc();
            assertEquals(18, uscc.length());
            assertTrue(uscc, uscc.startsWith("51100000"));
            assertEquals(uscc, expectedCheck(uscc), uscc.charAt(17));
            assertTrue("duplicate " + uscc, seen.add(uscc));
        }
    }

    @Test
    public void theCheckCharacterAgreesWithPublishedCodes() {
        // the README's example and a code whose check value is 31, which becomes 0
        assertEquals('A', DemoData.checkCharacter("51100000500010568"));
        String first17 = findCodeWithCheckValue31();
        assertEquals('0', DemoData.checkCharacter(first17));
    }

    @Test
    public void everyRunGivesTheSameData() throws Exception {
        List<DemoData.SampleRow> sample = DemoData.sample();

        assertEquals(DemoData.toCsv(DemoData.generate(sample)), DemoData.toCsv(DemoData.generate(sample)));
    }

    @Test
    public void aboutSeventyPercentOfLedgersAreCompleteAndTheOthersMissOneOrTwoSections() throws Exception {
        List<DemoData.Entry> entries = DemoData.generate(DemoData.sample());
        int complete = 0;
        for (DemoData.Entry e : entries) {
            int gaps = missingSections(e.ledger());
            assertTrue(e.society().name() + " misses " + gaps + " sections", gaps <= 2);
            if (gaps == 0) {
                complete++;
            }
        }
        assertEquals(entries.size() - Math.round(entries.size() * DemoData.UNCLEAR_SHARE), complete);
    }

    @Test
    public void ledgersAreConsistentAndThoseWithoutAnOrganisationGiveAReason() throws Exception {
        int withoutOrganisation = 0;
        for (DemoData.Entry e : DemoData.generate(DemoData.sample())) {
            LedgerDraft l = e.ledger();
            if (l.fullTimeStaff() != null && l.staffPartyMembers() != null) {
                assertTrue(l.toString(), l.staffPartyMembers() <= l.fullTimeStaff());
            }
            if (l.relationshipsHere() != null) {
                assertEquals(l.formalMembers() + l.probationaryMembers(), l.relationshipsHere() + l.relationshipsElsewhere());
            }
            if (Boolean.FALSE.equals(l.partyOrganisationEstablished())) {
                withoutOrganisation++;
                assertNotNull(l.toString(), l.noOrganisationReason());
                if (l.noOrganisationReason() == NoOrganisationReason.OTHER) {
                    assertNotNull(l.noOrganisationText());
                }
                if (l.formalMembers() < 3) {
                    assertEquals(NoOrganisationReason.FEWER_THAN_THREE_FORMAL_MEMBERS, l.noOrganisationReason());
                }
            } else {
                assertNull(l.noOrganisationReason());
            }
            assertTrue(l.lastInspectionYear() <= Year.now().getValue());
        }
        assertTrue("some societies have no party organisation yet", withoutOrganisation > 0);
    }

    @Test
    public void mostAreGroupMembersAndAFewApplicants() throws Exception {
        List<DemoData.Entry> entries = DemoData.generate(DemoData.sample());
        long applicants = entries.stream().filter(e -> e.society().groupMemberStatus() == GroupMemberStatus.APPLICANT).count();
        long members = entries.stream().filter(e -> e.society().groupMemberStatus() == GroupMemberStatus.MEMBER).count();

        assertEquals(entries.size(), applicants + members);
        assertTrue(applicants + " applicants", applicants > 0 && applicants < entries.size() / 10);
        for (DemoData.Entry e : entries) {
            SocietyDraft s = e.society();
            assertNotNull(s.groupMemberAppliedOn());
            assertTrue(s.groupMemberAppliedOn().isBefore(LocalDate.now()));
            assertEquals(s.name(), s.groupMemberStatus() == GroupMemberStatus.MEMBER, s.groupMemberAdmittedOn() != null);
            if (s.groupMemberAdmittedOn() != null) {
                assertTrue(s.groupMemberAdmittedOn().isAfter(s.groupMemberAppliedOn()));
                assertTrue(s.groupMemberAdmittedOn().isBefore(LocalDate.now()));
            }
        }
    }

    @Test
    public void theKindFollowsTheNamesEnding() {
        assertEquals(SocietyKind.SOCIETY, DemoData.kind("中国数学会"));
        assertEquals(SocietyKind.ASSOCIATION, DemoData.kind("中国抗癌协会"));
        assertEquals(SocietyKind.RESEARCH_SOCIETY, DemoData.kind("中国自然辩证法研究会"));
        assertEquals(SocietyKind.PROMOTION_ASSOCIATION, DemoData.kind("中国产学研合作促进会"));
    }

    @Test
    public void theSamplesFoundationFederationAndPromotionAssociationsKeepTheirOwnKinds() throws Exception {
        Map<String, SocietyKind> kinds = new TreeMap<>();
        for (DemoData.SampleRow row : DemoData.sample()) {
            SocietyKind kind = DemoData.kind(row.name());
            if (kind != SocietyKind.SOCIETY && kind != SocietyKind.ASSOCIATION && kind != SocietyKind.RESEARCH_SOCIETY) {
                kinds.put(row.name(), kind);
            }
        }
        assertEquals(new TreeMap<>(Map.of("国际粉体检测与控制联合会", SocietyKind.FEDERATION,
                "中国产学研合作促进会", SocietyKind.PROMOTION_ASSOCIATION,
                "中国国际经济技术合作促进会", SocietyKind.PROMOTION_ASSOCIATION,
                "中国科技馆发展基金会", SocietyKind.FOUNDATION)), kinds);
    }

    @Test
    public void aSampleWithoutItsHeaderIsRefused() throws Exception {
        try {
            DemoData.readSample(new ByteArrayInputStream("中国数学会,SCIENCE\n".getBytes(StandardCharsets.UTF_8)));
            throw new AssertionError("accepted");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("name_zh,discipline"));
        }
    }

    /** Sections a ledger misses, by the five-clears rule of the ledger service. */
    private static int missingSections(LedgerDraft l) {
        int gaps = 0;
        if (l.runningState() == null || l.lastInspectionResult() == null || l.activitiesInYear() == null
                || (l.lastInspectionResult() != InspectionResult.NOT_INSPECTED && l.lastInspectionYear() == null)) {
            gaps++;
        }
        if (l.fullTimeStaff() == null || l.staffPartyMembers() == null) {
            gaps++;
        }
        if (l.formalMembers() == null || l.probationaryMembers() == null || l.relationshipsHere() == null || l.relationshipsElsewhere() == null) {
            gaps++;
        }
        List<Leader> leaders = l.leaders();
        if (leaders.isEmpty() || leaders.stream().noneMatch(Leader::principal)
                || leaders.stream().noneMatch(x -> x.role() == LeaderRole.PRESIDENT)
                || leaders.stream().noneMatch(x -> x.role() == LeaderRole.SECRETARY_GENERAL)) {
            gaps++;
        }
        if (l.partyOrganisationEstablished() == null || (!l.partyOrganisationEstablished() && l.noOrganisationReason() == null)) {
            gaps++;
        }
        return gaps;
    }

    /** The check character computed from its definition: weight 3^(i-1) mod 31, check 31 - sum mod 31. */
    private static char expectedCheck(String code) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    private static String findCodeWithCheckValue31() {
        for (int serial = 0; ; serial++) {
            String first17 = "51100000D" + String.format("%08d", serial);
            if (expectedCheck(first17 + "0") == '0') {
                return first17;
            }
        }
    }
}
