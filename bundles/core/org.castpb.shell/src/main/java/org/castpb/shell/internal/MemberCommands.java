package org.castpb.shell.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.AuditEntry;
import org.castpb.api.LeaderRole;
import org.castpb.api.Page;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.LedgerReconciliation;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberExchangeService;
import org.castpb.api.members.MemberLedgerService;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.RetentionRun;
import org.castpb.api.members.SocietyPosition;
import org.castpb.api.members.Transfer;
import org.castpb.api.members.TransferService;

/**
 * The console's member commands (党员): member:list, show, add, history, leave, transfer, transfer-in, confirm,
 * cancel-transfer, transfers, retention, reconcile, fill-ledger, export and import. Citizen IDs and phones are masked
 * except in member:show --full and member:export --full, which are logged.
 */
final class MemberCommands {

    static final String DOOR = "SHELL";

    private MemberCommands() {
    }

    static void print(List<Member> members) {
        ConsoleTable table = new ConsoleTable("ID", "Org 组织", "Name 姓名", "Gender 性别", "Born 出生", "Citizen ID 身份证号",
                "Position 职务", "Joined 入党", "Kind 类别", "Phone 电话", "Affiliation 隶属", "Status 状态").alignRight(0, 1);
        members.forEach(m -> table.addRow(m.id(), m.organisationId(), m.name(), m.gender(), m.birthDate(), m.citizenId(),
                m.position() + (m.leaderRole() == null ? "" : " " + m.leaderRole()), m.joinedOn(), m.kind(), Texts.text(m.phone()),
                m.affiliation() + (m.relationshipHeldBy() == null ? "" : " (" + m.relationshipHeldBy() + ")"), m.status() + " " + m.statusSince()));
        table.print(System.out);
    }

    static void print(Transfer... transfers) {
        ConsoleTable table = new ConsoleTable("ID", "Member 党员", "From 转出", "To 转入", "Asked 申请", "Status 状态", "Days 天数", "Overdue 超期")
                .alignRight(0, 6);
        for (Transfer t : transfers) {
            table.addRow(t.id(), t.memberId() + " " + Texts.text(t.memberName()),
                    t.fromOrganisationId() != null ? "org " + t.fromOrganisationId() : Texts.text(t.fromUnit()),
                    t.toOrganisationId() != null ? "org " + t.toOrganisationId() : Texts.text(t.toUnit()), t.requestedOn(),
                    t.status() + (t.confirmedOn() == null ? "" : " " + t.confirmedOn()), t.daysPending(), t.overdue() ? "yes 是" : "no 否");
        }
        table.print(System.out);
    }

    @Service
    @Command(scope = "member", name = "list", description = "Lists the party members (党员) in your scope, masked: by organisation, name prefix, status")
    public static class ListMembers extends CastpbCommand {
        @Reference
        MemberService members;

        @Option(name = "--organisation", description = "a party organisation's id")
        Long organisationId;

        @Option(name = "--name", description = "name prefix")
        String namePrefix;

        @Option(name = "--status", description = "ACTIVE, IN_TRANSFER, TRANSFERRED_OUT, DECEASED or REMOVED")
        @Completion(value = StringsCompleter.class, values = {"ACTIVE", "IN_TRANSFER", "TRANSFERRED_OUT", "DECEASED", "REMOVED"})
        MemberStatus status;

        @Option(name = "--offset", description = "the first row, from 0")
        int offset;

        @Option(name = "--limit", description = "rows at most (1 to 500)")
        int limit = MemberQuery.DEFAULT_LIMIT;

        @Override
        protected Object run() {
            Page<Member> page = members.list(ShellActors.current(), new MemberQuery(organisationId, namePrefix, status, offset, limit));
            print(page.items());
            System.out.println(page.items().size() + " of " + page.total() + " members 名党员");
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "show", description = "Shows a member, masked; --full shows the citizen ID and phone and logs the read")
    public static class ShowMember extends CastpbCommand {
        @Reference
        MemberService members;

        @Argument(index = 0, name = "id", description = "the member's id", required = true)
        long id;

        @Option(name = "--full", description = "the citizen ID and phone in full (written to the disclosure log)")
        boolean full;

        @Override
        protected Object run() {
            print(List.of(full ? members.personalData(ShellActors.current(), id, DOOR) : members.get(ShellActors.current(), id)));
            return null;
        }
    }

    /** The member's data as options, shared by member:add and member:transfer-in. */
    abstract static class DraftCommand extends CastpbCommand {
        @Option(name = "--organisation", description = "the party organisation's id", required = true)
        long organisationId;

        @Option(name = "--name", description = "full name 姓名", required = true)
        String name;

        @Option(name = "--gender", description = "MALE or FEMALE", required = true)
        @Completion(value = StringsCompleter.class, values = {"MALE", "FEMALE"})
        Gender gender;

        @Option(name = "--ethnicity", description = "民族, e.g. 汉族", required = true)
        String ethnicity;

        @Option(name = "--born", description = "birth date, e.g. 1990-01-01", required = true)
        String born;

        @Option(name = "--citizen-id", description = "citizen identity number (18 characters, GB 11643)", required = true)
        String citizenId;

        @Option(name = "--education", description = "DOCTORATE, MASTER, BACHELOR, COLLEGE or SECONDARY_OR_BELOW", required = true)
        @Completion(value = StringsCompleter.class, values = {"DOCTORATE", "MASTER", "BACHELOR", "COLLEGE", "SECONDARY_OR_BELOW"})
        Education education;

        @Option(name = "--position", description = "LEADER, KEY_PROFESSIONAL, STAFF or OTHER_MEMBER", required = true)
        @Completion(value = StringsCompleter.class, values = {"LEADER", "KEY_PROFESSIONAL", "STAFF", "OTHER_MEMBER"})
        SocietyPosition position;

        @Option(name = "--leader-role", description = "a LEADER's role: PRESIDENT, VICE_PRESIDENT, SECRETARY_GENERAL, ...")
        LeaderRole leaderRole;

        @Option(name = "--joined", description = "the day the member joined the party", required = true)
        String joined;

        @Option(name = "--kind", description = "FORMAL or PROBATIONARY")
        @Completion(value = StringsCompleter.class, values = {"FORMAL", "PROBATIONARY"})
        MembershipKind kind = MembershipKind.FORMAL;

        @Option(name = "--phone", description = "phone")
        String phone;

        @Option(name = "--participates", description = "the member only participates here; the organisation or unit holding the relationship")
        String relationshipHeldBy;

        MemberDraft draft() throws Exception {
            return new MemberDraft(organisationId, name, gender, ethnicity, Dates.date("--born", born), citizenId, education, position,
                    leaderRole, Dates.date("--joined", joined), kind, phone,
                    relationshipHeldBy == null ? Affiliation.BELONGS : Affiliation.PARTICIPATES, relationshipHeldBy);
        }
    }

    @Service
    @Command(scope = "member", name = "add", description = "Registers a party member on an organisation's roll")
    public static class AddMember extends DraftCommand {
        @Reference
        MemberService members;

        @Override
        protected Object run() throws Exception {
            Member m = members.register(ShellActors.current(), draft());
            System.out.println("Registered member 已登记党员 " + m.id() + ": " + m.name() + " (" + m.citizenId() + ")");
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "transfer-in", description = "Records a member coming in from an outside unit (转入), pending until confirmed")
    public static class TransferIn extends DraftCommand {
        @Reference
        TransferService transfers;

        @Option(name = "--from", description = "the outside unit the relationship comes from", required = true)
        String fromUnit;

        @Option(name = "--on", description = "the day of the transfer (default today)")
        String on;

        @Override
        protected Object run() throws Exception {
            print(transfers.transferIn(ShellActors.current(), draft(), fromUnit, on == null ? null : Dates.date("--on", on), null));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "history", description = "Shows who registered and changed a member, and when (personal data masked)")
    public static class MemberHistory extends CastpbCommand {
        @Reference
        MemberService members;

        @Argument(index = 0, name = "id", description = "the member's id", required = true)
        long id;

        @Override
        protected Object run() {
            for (AuditEntry entry : members.history(ShellActors.current(), id)) {
                System.out.println(Texts.time(entry.at()) + "  " + entry.change() + " by " + entry.actor());
                if (entry.before() != null) {
                    System.out.println("  before: " + entry.before());
                }
                System.out.println("  after:  " + entry.after());
            }
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "leave", description = "Records that a member died (DECEASED) or was removed (REMOVED)")
    public static class LeaveRoll extends CastpbCommand {
        @Reference
        MemberService members;

        @Argument(index = 0, name = "id", description = "the member's id", required = true)
        long id;

        @Option(name = "--status", description = "DECEASED or REMOVED", required = true)
        @Completion(value = StringsCompleter.class, values = {"DECEASED", "REMOVED"})
        MemberStatus status;

        @Option(name = "--on", description = "the day", required = true)
        String on;

        @Option(name = "--reason", description = "why", required = true)
        String reason;

        @Override
        protected Object run() throws Exception {
            Member current = members.get(ShellActors.current(), id);
            print(List.of(members.leave(ShellActors.current(), id, current.version(), status, Dates.date("--on", on), reason)));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "transfer", description = "Asks to transfer a member out (转出) to a party organisation or an outside unit")
    public static class TransferOut extends CastpbCommand {
        @Reference
        TransferService transfers;

        @Argument(index = 0, name = "id", description = "the member's id", required = true)
        long id;

        @Option(name = "--to", description = "the receiving party organisation's id")
        Long toOrganisationId;

        @Option(name = "--to-unit", description = "an outside receiving unit, in words")
        String toUnit;

        @Option(name = "--on", description = "the day of the transfer (default today)")
        String on;

        @Option(name = "--note", description = "a note")
        String note;

        @Override
        protected Object run() throws Exception {
            print(transfers.transferOut(ShellActors.current(), id, toOrganisationId, toUnit, on == null ? null : Dates.date("--on", on), note));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "confirm", description = "Confirms a pending transfer, as the receiving side")
    public static class ConfirmTransfer extends CastpbCommand {
        @Reference
        TransferService transfers;

        @Argument(index = 0, name = "id", description = "the transfer's id", required = true)
        long id;

        @Option(name = "--on", description = "the day (default today)")
        String on;

        @Override
        protected Object run() throws Exception {
            print(transfers.confirm(ShellActors.current(), id, on == null ? null : Dates.date("--on", on)));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "cancel-transfer", description = "Withdraws a pending transfer, as the side that asked it")
    public static class CancelTransfer extends CastpbCommand {
        @Reference
        TransferService transfers;

        @Argument(index = 0, name = "id", description = "the transfer's id", required = true)
        long id;

        @Option(name = "--reason", description = "why", required = true)
        String reason;

        @Override
        protected Object run() {
            print(transfers.cancel(ShellActors.current(), id, reason));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "transfers", description = "Lists the transfers of your organisations; --overdue: the overdue queue")
    public static class ListTransfers extends CastpbCommand {
        @Reference
        TransferService transfers;

        @Option(name = "--organisation", description = "a party organisation's id")
        Long organisationId;

        @Option(name = "--overdue", description = "only transfers pending longer than the configured days")
        boolean overdue;

        @Override
        protected Object run() {
            List<Transfer> found = transfers.list(ShellActors.current(), organisationId, overdue);
            print(found.toArray(Transfer[]::new));
            System.out.println(found.size() + (overdue ? " overdue transfers 超期转接 (pending over " + transfers.overdueDays() + " days)"
                    : " transfers 转接"));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "retention", description = "Reduces members who left longer ago than the retention period to counts")
    public static class ApplyRetention extends CastpbCommand {
        @Reference
        MemberService members;

        @Override
        protected Object run() {
            RetentionRun run = members.applyRetention(ShellActors.current());
            System.out.println(run.reduced() + " members who left before " + run.leftBefore() + " reduced to counts");
            return null;
        }
    }

    static void print(LedgerReconciliation r) {
        ConsoleTable table = new ConsoleTable("Field 项目", "Ledger 台账", "Registry 党员信息库", "Agrees 一致").alignRight(1, 2);
        r.items().forEach(i -> table.addRow(i.label(), Texts.text(i.ledger()), i.registry(), i.agrees() ? "yes 是" : "NO 否"));
        table.print(System.out);
        System.out.println("Society " + r.societyId() + ", ledger revision " + r.ledgerRevision() + ", organisations " + r.organisationIds()
                + ": " + (r.agrees() ? "the ledger agrees with the registry" : r.differences().size() + " reconciliation items"));
    }

    @Service
    @Command(scope = "member", name = "reconcile", description = "Compares a society's ledger party-member section with the member registry")
    public static class Reconcile extends CastpbCommand {
        @Reference
        MemberLedgerService ledgers;

        @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
        @Completion(SocietyIdCompleter.class)
        long societyId;

        @Override
        protected Object run() {
            print(ledgers.reconcile(ShellActors.current(), societyId));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "fill-ledger", description = "Fills a society's ledger party-member section from the member registry")
    public static class FillLedger extends CastpbCommand {
        @Reference
        MemberLedgerService ledgers;

        @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
        @Completion(SocietyIdCompleter.class)
        long societyId;

        @Override
        protected Object run() {
            LedgerReconciliation before = ledgers.reconcile(ShellActors.current(), societyId);
            print(ledgers.fillLedger(ShellActors.current(), societyId, before.ledgerRevision()));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "export", description = "Writes the members in your scope with Chinese headers to the exchange directory: an Excel workbook when the file ends .xlsx, else UTF-8 CSV; masked unless --full")
    public static class ExportMembers extends CastpbCommand {
        @Reference
        MemberExchangeService files;

        @Reference
        ExchangeDirectory exchange;

        @Argument(index = 0, name = "file", description = "the .csv or .xlsx file, inside the exchange directory (by default data/exchange)", required = true)
        String file;

        @Option(name = "--organisation", description = "a party organisation's id")
        Long organisationId;

        @Option(name = "--full", description = "the citizen ID and phone in full (each member written to the disclosure log)")
        boolean full;

        @Option(name = "--force", description = "overwrite the file if it exists (only ever inside the exchange directory)")
        boolean force;

        @Override
        protected Object run() throws Exception {
            boolean xlsx = ImportSocieties.isExcel(java.nio.file.Path.of(file));
            java.nio.file.Path path = exchange.write(file, force, out -> {
                if (xlsx) {
                    files.exportXlsx(ShellActors.current(), organisationId, full, out);
                } else {
                    files.exportCsv(ShellActors.current(), organisationId, full, out);
                }
            });
            System.out.println("Wrote " + path + (full ? " (in full, logged)" : " (masked)"));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "import", description = "Registers the members of a UTF-8 CSV file or an Excel .xlsx workbook in the exchange directory (the columns member:export writes)")
    public static class ImportMembers extends CastpbCommand {
        @Reference
        MemberExchangeService files;

        @Reference
        ExchangeDirectory exchange;

        @Argument(index = 0, name = "file", description = "the CSV file (or an Excel .xlsx workbook), inside the exchange directory", required = true)
        String file;

        @Option(name = "--valid-rows", description = "write the valid rows even when others are invalid (by default nothing unless every row is valid)")
        boolean validRows;

        @Option(name = "--check", description = "check every row and report, writing nothing (a dry run)")
        boolean check;

        @Override
        protected Object run() throws Exception {
            java.nio.file.Path path = exchange.fileToRead(file);
            org.castpb.api.ImportMode mode = check ? org.castpb.api.ImportMode.CHECK_ONLY
                    : validRows ? org.castpb.api.ImportMode.VALID_ROWS : org.castpb.api.ImportMode.ALL_OR_NOTHING;
            org.castpb.api.ImportReport report;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(path)) {
                report = ImportSocieties.isExcel(path) ? files.importXlsx(ShellActors.current(), in, mode)
                        : files.importCsv(ShellActors.current(), in, mode);
            }
            ImportReports.print(System.out, path.toString(), report);
            return null;
        }
    }
}
