package org.castpb.shell.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.castpb.api.LedgerSection;
import org.castpb.api.SectionStatus;

/** How the commands write times, yes/no and ledger sections. */
final class Texts {

    /**
     * Times are shown in Beijing time with the offset: the ledger reads {@code --as-of} dates as
     * Beijing dates, so a revision recorded late on 31 December shows under the date it counts for.
     */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static final Map<LedgerSection, String> SECTION_NAMES = Map.of(
            LedgerSection.OPERATIONS, "业务运行情况",
            LedgerSection.STAFF, "职工队伍情况",
            LedgerSection.PARTY_MEMBERS, "党员队伍情况",
            LedgerSection.LEADERS, "负责人情况",
            LedgerSection.NO_ORGANISATION_REASON, "未建党组织原因");

    private Texts() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
    }

    /** yes, no, or unknown for null. */
    static String yesNo(Boolean value) {
        return value == null ? "unknown" : value ? "yes" : "no";
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The section's Chinese name as officials know it, e.g. 职工队伍情况 for STAFF. */
    static String sectionName(LedgerSection section) {
        return SECTION_NAMES.get(section);
    }

    /** e.g. {@code STAFF: fullTimeStaff, staffPartyMembers; LEADERS: leaders}. */
    static String missing(List<SectionStatus> sections) {
        return sections.stream().filter(s -> !s.clear())
                .map(s -> s.section() + ": " + String.join(", ", s.missing()))
                .collect(Collectors.joining("; "));
    }
}
