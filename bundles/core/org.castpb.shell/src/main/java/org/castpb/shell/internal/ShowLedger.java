package org.castpb.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.Leader;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerService;
import org.castpb.api.SectionStatus;
import org.castpb.api.Society;
import org.castpb.api.SocietyService;

@Service
@Command(scope = "ledger", name = "show", description = "Shows a society's ledger: which of the five sections are clear, then its content")
public class ShowLedger extends CastpbCommand {

    @Reference
    LedgerService ledgers;

    @Reference
    SocietyService societies;

    @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long societyId;

    @Option(name = "--as-of", description = "the ledger as it stood at the end of this (Beijing) date, e.g. 2016-12-31")
    String asOf;

    @Option(name = "--revision", description = "this revision instead of the current one")
    Integer revision;

    @Override
    protected Object run() throws Exception {
        if (asOf != null && revision != null) {
            throw badInput("give --as-of or --revision, not both");
        }
        Society society = societies.get(ShellActors.current(), societyId);
        Ledger ledger = revision != null ? ledgers.revision(ShellActors.current(), societyId, revision)
                : asOf != null ? ledgers.asOf(ShellActors.current(), societyId, date(asOf)) : ledgers.current(ShellActors.current(), societyId);
        print("Society", society.id() + " " + society.name());
        if (ledger.revision() == 0) {
            print("Revision", "none: no ledger recorded" + (asOf == null ? "" : " by " + asOf));
        } else {
            print("Revision", ledger.revision() + ", recorded " + Texts.time(ledger.recordedAt()) + " by " + ledger.recordedBy());
            print("Note", ledger.content().note());
        }
        long clear = ledger.sections().stream().filter(SectionStatus::clear).count();
        print("Five clears", ledger.clear() ? "CLEAR" : "NOT CLEAR (" + clear + " of " + ledger.sections().size() + " sections clear)");
        System.out.println();

        ConsoleTable sections = new ConsoleTable("Section", "名称", "Status", "Missing");
        for (SectionStatus s : ledger.sections()) {
            sections.addRow(s.section(), Texts.sectionName(s.section()), s.clear() ? "CLEAR" : "NOT CLEAR", String.join(", ", s.missing()));
        }
        sections.print(System.out);
        System.out.println();

        LedgerDraft c = ledger.content();
        System.out.println("Operations (业务运行情况)");
        print("  Running state", c.runningState());
        print("  Last annual inspection", c.lastInspectionResult());
        print("  Inspection year", c.lastInspectionYear());
        print("  Activities in the year", c.activitiesInYear());
        System.out.println("Staff (职工队伍情况)");
        print("  Full-time staff", c.fullTimeStaff());
        print("  Of whom party members", c.staffPartyMembers());
        System.out.println("Party members (党员队伍情况)");
        print("  Formal members", c.formalMembers());
        print("  Probationary members", c.probationaryMembers());
        print("  Relationship held here", c.relationshipsHere());
        print("  Relationship held elsewhere", c.relationshipsElsewhere());
        System.out.println("Leaders (负责人情况)");
        if (c.leaders().isEmpty()) {
            System.out.println("  none recorded");
        } else {
            ConsoleTable leaders = new ConsoleTable("Name", "Role", "职务", "Principal", "Party member");
            for (Leader l : c.leaders()) {
                leaders.addRow(l.name(), l.role(), Leaders.title(l.role()), Texts.yesNo(l.principal()), Texts.yesNo(l.partyMember()));
            }
            leaders.print(System.out);
        }
        System.out.println("Party organisation (未建党组织原因)");
        print("  Established", c.partyOrganisationEstablished() == null ? "" : Texts.yesNo(c.partyOrganisationEstablished()));
        if (!Boolean.TRUE.equals(c.partyOrganisationEstablished())) {
            print("  Reason for none", c.noOrganisationReason());
            print("  Reason in words", c.noOrganisationText());
        }
        return null;
    }

    static LocalDate date(String text) throws Exception {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw badInput("'" + text + "' is not a date; write it as 2016-12-31");
        }
    }

    private static void print(String label, Object value) {
        System.out.printf("%-30s %s%n", label, Texts.text(value));
    }
}
