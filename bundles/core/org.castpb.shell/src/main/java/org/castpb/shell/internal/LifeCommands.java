package org.castpb.shell.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.Page;
import org.castpb.api.life.Absence;
import org.castpb.api.life.Alert;
import org.castpb.api.life.AlertKind;
import org.castpb.api.life.AlertQuery;
import org.castpb.api.life.AlertRun;
import org.castpb.api.life.AlertService;
import org.castpb.api.life.AlertStatus;
import org.castpb.api.life.Attendance;
import org.castpb.api.life.AttendanceQuery;
import org.castpb.api.life.ComplianceQuery;
import org.castpb.api.life.ComplianceService;
import org.castpb.api.life.Meeting;
import org.castpb.api.life.MeetingDraft;
import org.castpb.api.life.MeetingQuery;
import org.castpb.api.life.MeetingService;
import org.castpb.api.life.MeetingType;
import org.castpb.api.life.MemberAttendance;
import org.castpb.api.life.Obligation;
import org.castpb.api.life.OrganisationCompliance;
import org.castpb.api.text.Labels;

/**
 * The console's organisational-life commands (组织生活): life:meetings, life:meeting, life:record, life:compliance,
 * life:export-compliance, life:attendance, life:alerts and life:run-alerts.
 */
final class LifeCommands {

    private static final String TYPES = "MEMBERS_ASSEMBLY, COMMITTEE_MEETING, GROUP_MEETING, PARTY_LECTURE, ORGANISATIONAL_LIFE_MEETING or DEMOCRATIC_LIFE_MEETING";

    private LifeCommands() {
    }

    static void print(List<Meeting> meetings) {
        ConsoleTable table = new ConsoleTable("ID", "Org 组织", "Type 类型", "Held 日期", "Topic 议题", "Present 参会", "Absent 缺席",
                "Recorded 登记").alignRight(0, 1, 5, 6);
        meetings.forEach(m -> table.addRow(m.id(), m.organisationId() + " " + Texts.text(m.organisationName()),
                Labels.of(m.type()) + " " + m.type(), m.heldOn(), m.topic(), m.participants(), m.attendance().size() - m.participants(),
                m.recordedOn() + (m.recordedLate() ? " late 补录" : "")));
        table.print(System.out);
    }

    /** "2026-01-01" style options, both required. */
    abstract static class PeriodCommand extends CastpbCommand {
        @Option(name = "--from", description = "the first day, e.g. 2026-01-01", required = true)
        String from;

        @Option(name = "--to", description = "the last day, e.g. 2026-12-31", required = true)
        String to;

        @Option(name = "--organisation", description = "a party organisation's id")
        Long organisationId;

        @Option(name = "--offset", description = "the first row, from 0")
        int offset;

        @Option(name = "--limit", description = "rows at most (1 to 500)")
        int limit = ComplianceQuery.DEFAULT_LIMIT;
    }

    @Service
    @Command(scope = "life", name = "meetings", description = "Lists the meetings (三会一课, 组织生活会, 民主生活会) in your scope, newest first")
    public static class ListMeetings extends CastpbCommand {
        @Reference
        MeetingService meetings;

        @Option(name = "--organisation", description = "a party organisation's id")
        Long organisationId;

        @Option(name = "--society", description = "a society's id: the meetings of the organisations covering it")
        Long societyId;

        @Option(name = "--type", description = TYPES)
        @Completion(value = StringsCompleter.class, values = {"MEMBERS_ASSEMBLY", "COMMITTEE_MEETING", "GROUP_MEETING", "PARTY_LECTURE",
                "ORGANISATIONAL_LIFE_MEETING", "DEMOCRATIC_LIFE_MEETING"})
        MeetingType type;

        @Option(name = "--from", description = "held on or after, e.g. 2026-01-01")
        String from;

        @Option(name = "--to", description = "held on or before")
        String to;

        @Option(name = "--offset", description = "the first row, from 0")
        int offset;

        @Option(name = "--limit", description = "rows at most (1 to 500)")
        int limit = MeetingQuery.DEFAULT_LIMIT;

        @Override
        protected Object run() throws Exception {
            Page<Meeting> page = meetings.list(ShellActors.current(), new MeetingQuery(organisationId, societyId, type,
                    from == null ? null : Dates.date("--from", from), to == null ? null : Dates.date("--to", to), offset, limit));
            print(page.items());
            System.out.println(page.items().size() + " of " + page.total() + " meetings 次会议");
            return null;
        }
    }

    @Service
    @Command(scope = "life", name = "meeting", description = "Shows a meeting with everyone it lists and its minutes")
    public static class ShowMeeting extends CastpbCommand {
        @Reference
        MeetingService meetings;

        @Argument(index = 0, name = "id", description = "the meeting's id", required = true)
        long id;

        @Override
        protected Object run() {
            Meeting m = meetings.get(ShellActors.current(), id);
            print(List.of(m));
            ConsoleTable table = new ConsoleTable("Member 党员", "Name 姓名", "Present 出席", "Reason 缺席事由").alignRight(0);
            for (Attendance a : m.attendance()) {
                table.addRow(a.memberId(), Texts.text(a.memberName()), a.present() ? "yes 是" : "no 否",
                        a.present() ? "" : a.absenceReason() == null ? "none 无故" : a.absenceReason());
            }
            table.print(System.out);
            if (m.minutes() != null) {
                System.out.println("Minutes 会议记录: " + m.minutes());
            }
            return null;
        }
    }

    @Service
    @Command(scope = "life", name = "record", description = "Records a meeting held by a party organisation, with attendees and absentees from the registry")
    public static class RecordMeeting extends CastpbCommand {
        @Reference
        MeetingService meetings;

        @Option(name = "--organisation", description = "the party organisation's id", required = true)
        long organisationId;

        @Option(name = "--type", description = TYPES, required = true)
        @Completion(value = StringsCompleter.class, values = {"MEMBERS_ASSEMBLY", "COMMITTEE_MEETING", "GROUP_MEETING", "PARTY_LECTURE",
                "ORGANISATIONAL_LIFE_MEETING", "DEMOCRATIC_LIFE_MEETING"})
        MeetingType type;

        @Option(name = "--held", description = "the day it took place, e.g. 2026-11-20", required = true)
        String held;

        @Option(name = "--topic", description = "the topic 议题", required = true)
        String topic;

        @Option(name = "--present", description = "member ids present, comma-separated, e.g. 12,13,15")
        String present;

        @Option(name = "--absent", description = "member ids absent, comma-separated, each with its reason after a colon or none: 14:出差,16")
        String absent;

        @Option(name = "--minutes", description = "the minutes 会议记录")
        String minutes;

        @Override
        protected Object run() throws Exception {
            List<Long> attendees = new ArrayList<>();
            List<Absence> absentees = new ArrayList<>();
            for (String id : words(present)) {
                attendees.add(id("--present", id));
            }
            for (String word : words(absent)) {
                String[] parts = word.split(":", 2);
                absentees.add(new Absence(id("--absent", parts[0]), parts.length == 2 ? parts[1] : null));
            }
            Meeting m = meetings.record(ShellActors.current(), new MeetingDraft(type, organisationId, Dates.date("--held", held), topic,
                    attendees, absentees, minutes));
            System.out.println("Recorded meeting 已登记会议 " + m.id() + (m.recordedLate() ? " (recorded late 补录)" : ""));
            return null;
        }

        private static List<String> words(String list) {
            return list == null || list.isBlank() ? List.of() : List.of(list.trim().split("\\s*,\\s*"));
        }

        private long id(String option, String text) throws Exception {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw badInput(option + ": '" + text + "' is not a member id");
            }
        }
    }

    /** The options naming a compliance report, shared by life:compliance and life:export-compliance. */
    abstract static class ComplianceCommand extends CastpbCommand {
        @Option(name = "--from", description = "the first day, e.g. 2026-01-01", required = true)
        String from;

        @Option(name = "--to", description = "the last day, e.g. 2026-12-31", required = true)
        String to;

        @Option(name = "--organisation", description = "a party organisation's id")
        Long organisationId;

        @Option(name = "--society", description = "a society's id: the organisations covering it")
        Long societyId;

        @Option(name = "--missing", description = "only organisations missing a meeting")
        boolean missingOnly;

        ComplianceQuery query(int offset, int limit) throws Exception {
            return new ComplianceQuery(organisationId, societyId, Dates.date("--from", from), Dates.date("--to", to), missingOnly, offset, limit);
        }
    }

    @Service
    @Command(scope = "life", name = "compliance", description = "Per organisation, the meetings due, held and missing in a period (rule set in force)")
    public static class ShowCompliance extends ComplianceCommand {
        @Reference
        ComplianceService compliance;

        @Option(name = "--offset", description = "the first row, from 0")
        int offset;

        @Option(name = "--limit", description = "rows at most (1 to 500)")
        int limit = ComplianceQuery.DEFAULT_LIMIT;

        @Override
        protected Object run() throws Exception {
            Page<OrganisationCompliance> page = compliance.report(ShellActors.current(), query(offset, limit));
            ConsoleTable table = new ConsoleTable("Org 组织", "Name 名称", "Type 类别", "Meeting 会议", "Due 应开", "Held 已开", "Missing 缺开",
                    "Missing periods 缺开期间", "Rules 规则").alignRight(0, 4, 5, 6);
            for (OrganisationCompliance oc : page.items()) {
                for (Obligation o : oc.obligations()) {
                    table.addRow(oc.organisationId(), oc.organisationName(), Labels.of(oc.organisationType()), Labels.of(o.type()), o.due(),
                            o.held(), o.missing(), String.join(" ", o.missingPeriods().stream().map(p -> p.from().toString().substring(0, 7)).toList()),
                            oc.ruleSetVersion());
                }
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " organisations 个党组织");
            return null;
        }
    }

    @Service
    @Command(scope = "life", name = "export-compliance", description = "Writes the compliance report with Chinese headers in the exchange directory: an Excel workbook when the file ends .xlsx, else UTF-8 CSV")
    public static class ExportCompliance extends ComplianceCommand {
        @Reference
        ComplianceService compliance;

        @Reference
        ExchangeDirectory exchange;

        @Argument(index = 0, name = "file", description = "the .csv or .xlsx file, inside the exchange directory (by default data/exchange)",
                required = true)
        String file;

        @Option(name = "--force", description = "overwrite the file if it exists (only ever inside the exchange directory)")
        boolean force;

        @Override
        protected Object run() throws Exception {
            ComplianceQuery query = query(0, ComplianceQuery.DEFAULT_LIMIT);
            boolean xlsx = file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
            System.out.println("Wrote " + exchange.write(file, force, out -> {
                if (xlsx) {
                    compliance.exportXlsx(ShellActors.current(), query, out);
                } else {
                    compliance.exportCsv(ShellActors.current(), query, out);
                }
            }));
            return null;
        }
    }

    @Service
    @Command(scope = "life", name = "attendance", description = "Members' attendance rates and absences without reason in a period; --candidates lists those absent 6 months")
    public static class ShowAttendance extends PeriodCommand {
        @Reference
        ComplianceService compliance;

        @Option(name = "--candidates", description = "only candidates for an unqualified-member case (absent without reason for the rule set's months)")
        boolean candidatesOnly;

        @Override
        protected Object run() throws Exception {
            Page<MemberAttendance> page = compliance.attendance(ShellActors.current(), new AttendanceQuery(organisationId,
                    Dates.date("--from", from), Dates.date("--to", to), candidatesOnly, offset, limit));
            ConsoleTable table = new ConsoleTable("Member 党员", "Name 姓名", "Org 组织", "Listed 应到", "Attended 出席", "Rate 出席率",
                    "Absent in a row 连续无故缺席", "Since 起", "Candidate 不合格党员候选").alignRight(0, 2, 3, 4, 5, 6);
            page.items().forEach(a -> table.addRow(a.memberId(), a.memberName(), a.organisationId(), a.listed(), a.attended(),
                    a.attendanceRate() == null ? "" : String.format(Locale.ROOT, "%.0f%%", a.attendanceRate() * 100), a.consecutiveAbsences(),
                    Texts.text(a.absentSince() == null ? null : a.absentSince().toString()), a.unqualifiedCandidate() ? "yes 是" : ""));
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " members 名党员");
            return null;
        }
    }

    @Service
    @Command(scope = "life", name = "alerts", description = "Lists the organisational-life alerts in your scope (open ones unless --status)")
    public static class ListAlerts extends CastpbCommand {
        @Reference
        AlertService alerts;

        @Option(name = "--organisation", description = "a party organisation's id")
        Long organisationId;

        @Option(name = "--kind", description = "MEETING_OVERDUE or UNQUALIFIED_CANDIDATE")
        @Completion(value = StringsCompleter.class, values = {"MEETING_OVERDUE", "UNQUALIFIED_CANDIDATE"})
        AlertKind kind;

        @Option(name = "--status", description = "OPEN (default) or CLOSED")
        @Completion(value = StringsCompleter.class, values = {"OPEN", "CLOSED"})
        AlertStatus status = AlertStatus.OPEN;

        @Option(name = "--offset", description = "the first row, from 0")
        int offset;

        @Option(name = "--limit", description = "rows at most (1 to 500)")
        int limit = ComplianceQuery.DEFAULT_LIMIT;

        @Override
        protected Object run() {
            Page<Alert> page = alerts.list(ShellActors.current(), new AlertQuery(organisationId, kind, status, offset, limit));
            ConsoleTable table = new ConsoleTable("ID", "Kind 类别", "Org 组织", "Opened 开出", "Status 状态", "Message 内容").alignRight(0);
            page.items().forEach(a -> table.addRow(a.id(), Labels.of(a.kind()), a.organisationId() + " " + Texts.text(a.organisationName()),
                    a.openedOn(), Labels.of(a.status()) + (a.closedOn() == null ? "" : " " + a.closedOn()), a.message()));
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " alerts 条提醒");
            return null;
        }
    }

    @Service
    @Command(scope = "life", name = "run-alerts", description = "Runs the organisational-life alerts now (national administrators; it also runs daily)")
    public static class RunAlerts extends CastpbCommand {
        @Reference
        AlertService alerts;

        @Option(name = "--as-of", description = "the day to run as of (default today)")
        String asOf;

        @Override
        protected Object run() throws Exception {
            AlertRun run = alerts.run(ShellActors.current(), asOf == null ? null : Dates.date("--as-of", asOf));
            System.out.println("Alerts as of " + run.asOf() + ": " + run.opened() + " opened 新开, " + run.closed() + " closed 解除, "
                    + run.open() + " open 未处理");
            return null;
        }
    }
}
