package org.castpb.shell.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.Actor;
import org.castpb.api.InspectionResult;
import org.castpb.api.Leader;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerService;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.NotFoundException;
import org.castpb.api.RunningState;

/**
 * Changes a ledger field by field: what is not given keeps its current value, so an official can
 * fill the ledger in over several sittings. Each change is a new revision; the service refuses it
 * if someone else recorded one since this command read the ledger.
 */
@Service
@Command(scope = "ledger", name = "set", description = "Records a new revision of a society's ledger: the current one with the given fields changed")
public class SetLedger extends CastpbCommand {

    /** The names {@code --unset} accepts: the option names, each with the ledger field it empties. */
    static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("running-state", "runningState");
        FIELDS.put("inspection-result", "lastInspectionResult");
        FIELDS.put("inspection-year", "lastInspectionYear");
        FIELDS.put("activities", "activitiesInYear");
        FIELDS.put("full-time-staff", "fullTimeStaff");
        FIELDS.put("staff-party-members", "staffPartyMembers");
        FIELDS.put("formal-members", "formalMembers");
        FIELDS.put("probationary-members", "probationaryMembers");
        FIELDS.put("relationships-here", "relationshipsHere");
        FIELDS.put("relationships-elsewhere", "relationshipsElsewhere");
        FIELDS.put("leader", "leaders");
        FIELDS.put("party-organisation", "partyOrganisationEstablished");
        FIELDS.put("no-organisation-reason", "noOrganisationReason");
        FIELDS.put("no-organisation-text", "noOrganisationText");
    }

    @Reference
    LedgerService ledgers;

    @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long societyId;

    @Option(name = "--running-state", description = "operations: NORMAL, IRREGULAR or DORMANT")
    @Completion(value = StringsCompleter.class, values = {"NORMAL", "IRREGULAR", "DORMANT"})
    RunningState runningState;

    @Option(name = "--inspection-result", description = "operations: last annual inspection, QUALIFIED, BASICALLY_QUALIFIED, UNQUALIFIED or NOT_INSPECTED")
    @Completion(value = StringsCompleter.class, values = {"QUALIFIED", "BASICALLY_QUALIFIED", "UNQUALIFIED", "NOT_INSPECTED"})
    InspectionResult inspectionResult;

    @Option(name = "--inspection-year", description = "operations: year of the last annual inspection")
    Integer inspectionYear;

    @Option(name = "--activities", description = "operations: activities held in the year")
    Integer activities;

    @Option(name = "--full-time-staff", description = "staff: full-time staff")
    Integer fullTimeStaff;

    @Option(name = "--staff-party-members", description = "staff: of whom party members")
    Integer staffPartyMembers;

    @Option(name = "--formal-members", description = "party members: formal members")
    Integer formalMembers;

    @Option(name = "--probationary-members", description = "party members: probationary members")
    Integer probationaryMembers;

    @Option(name = "--relationships-here", description = "party members: members whose organisational relationship is in the society's organisation")
    Integer relationshipsHere;

    @Option(name = "--relationships-elsewhere", description = "party members: members whose organisational relationship is held elsewhere")
    Integer relationshipsElsewhere;

    @Option(name = "--leader", multiValued = true, description = "leaders, one option each, replacing all recorded ones: "
            + "'姓名|职务|主要负责人(是/否)|党员(是/否)', e.g. '王小明|理事长|是|是' (quote it: | is a pipe on the console); "
            + "职务 is 理事长, 副理事长, 秘书长, 副秘书长 or 其他, or PRESIDENT, VICE_PRESIDENT, SECRETARY_GENERAL, DEPUTY_SECRETARY_GENERAL, OTHER")
    List<String> leaders;

    @Option(name = "--party-organisation", description = "whether the society has its own party organisation: 是 or 否 (yes or no); "
            + "是 also drops a recorded reason for having none, unless one is given again")
    @Completion(value = StringsCompleter.class, values = {"是", "否", "yes", "no"})
    String partyOrganisation;

    @Option(name = "--no-organisation-reason", description = "while it has none, why: FEWER_THAN_THREE_FORMAL_MEMBERS, NO_PARTY_MEMBERS, "
            + "RELATIONSHIPS_HELD_ELSEWHERE, IN_PREPARATION, COVERED_OTHERWISE or OTHER")
    @Completion(value = StringsCompleter.class, values = {"FEWER_THAN_THREE_FORMAL_MEMBERS", "NO_PARTY_MEMBERS",
        "RELATIONSHIPS_HELD_ELSEWHERE", "IN_PREPARATION", "COVERED_OTHERWISE", "OTHER"})
    NoOrganisationReason noOrganisationReason;

    @Option(name = "--no-organisation-text", description = "while it has none, the reason in words (required for OTHER)")
    String noOrganisationText;

    @Option(name = "--unset", multiValued = true, description = "empties a field, named as its option without dashes, e.g. --unset inspection-year")
    @Completion(value = StringsCompleter.class, values = {"running-state", "inspection-result", "inspection-year", "activities",
        "full-time-staff", "staff-party-members", "formal-members", "probationary-members", "relationships-here",
        "relationships-elsewhere", "leader", "party-organisation", "no-organisation-reason", "no-organisation-text"})
    List<String> unset;

    @Option(name = "--note", description = "what this revision changes, for the revision history")
    String note;

    @Override
    protected Object run() throws Exception {
        Actor actor = ShellActors.current();
        Ledger current;
        try {
            current = ledgers.current(actor, societyId);
        } catch (NotFoundException unseen) {
            // a society outside the actor's scope: the write is refused as every door refuses it (403 OUT_OF_SCOPE),
            // and one that does not exist at all is still not found
            ledgers.update(actor, societyId, 0, merge(LedgerDraft.empty()));
            throw unseen;
        }
        Ledger written = ledgers.update(actor, societyId, current.revision(), merge(current.content()));
        if (written.revision() == current.revision()) {
            System.out.println("No change: the ledger of society " + societyId + " stays at revision " + current.revision());
        } else {
            System.out.println("Recorded revision " + written.revision() + " of the ledger of society " + societyId + ": "
                    + (written.clear() ? "five clears" : "not clear, missing " + Texts.missing(written.sections())));
        }
        return null;
    }

    /** The current content with the given options applied over it; the note is this revision's own. */
    LedgerDraft merge(LedgerDraft current) throws CommandException {
        List<String> emptied = new ArrayList<>();
        for (String name : unset == null ? List.<String>of() : unset) {
            String key = name.strip().replaceFirst("^--", "");
            if (!FIELDS.containsKey(key)) {
                throw badInput("--unset " + name + ": no such field; the fields are " + String.join(", ", FIELDS.keySet()));
            }
            emptied.add(key);
        }
        Map<String, Object> given = given();
        if (emptied.isEmpty() && given.isEmpty()) {
            throw badInput("nothing to change: give at least one field option (see ledger:set --help)");
        }
        for (String key : emptied) {
            if (given.containsKey(key)) {
                throw badInput("--" + key + " is both given and unset: give one of them");
            }
        }
        Boolean established = current.partyOrganisationEstablished();
        if (partyOrganisation != null) {
            established = Leaders.yesNo(partyOrganisation);
            if (established == null) {
                throw badInput("--party-organisation " + partyOrganisation + ": write 是 or 否 (yes or no)");
            }
        }
        NoOrganisationReason reason = current.noOrganisationReason();
        String reasonText = current.noOrganisationText();
        if (Boolean.TRUE.equals(established) && partyOrganisation != null) {
            // the reason only describes a society without an organisation: once one is recorded the
            // old reason would make the service refuse the change, so it goes unless typed again
            reason = null;
            reasonText = null;
        }
        List<Leader> newLeaders = leaders == null ? current.leaders() : Leaders.parse(leaders);
        return new LedgerDraft(
                emptied.contains("running-state") ? null : pick(runningState, current.runningState()),
                emptied.contains("inspection-result") ? null : pick(inspectionResult, current.lastInspectionResult()),
                emptied.contains("inspection-year") ? null : pick(inspectionYear, current.lastInspectionYear()),
                emptied.contains("activities") ? null : pick(activities, current.activitiesInYear()),
                emptied.contains("full-time-staff") ? null : pick(fullTimeStaff, current.fullTimeStaff()),
                emptied.contains("staff-party-members") ? null : pick(staffPartyMembers, current.staffPartyMembers()),
                emptied.contains("formal-members") ? null : pick(formalMembers, current.formalMembers()),
                emptied.contains("probationary-members") ? null : pick(probationaryMembers, current.probationaryMembers()),
                emptied.contains("relationships-here") ? null : pick(relationshipsHere, current.relationshipsHere()),
                emptied.contains("relationships-elsewhere") ? null : pick(relationshipsElsewhere, current.relationshipsElsewhere()),
                emptied.contains("leader") ? List.of() : newLeaders,
                emptied.contains("party-organisation") ? null : established,
                emptied.contains("no-organisation-reason") ? null : pick(noOrganisationReason, reason),
                emptied.contains("no-organisation-text") ? null : pick(noOrganisationText, reasonText),
                note);
    }

    /** The field options given, by option name; the values are listed in the order of {@link #FIELDS}. */
    private Map<String, Object> given() {
        Object[] values = {runningState, inspectionResult, inspectionYear, activities, fullTimeStaff, staffPartyMembers,
            formalMembers, probationaryMembers, relationshipsHere, relationshipsElsewhere, leaders, partyOrganisation,
            noOrganisationReason, noOrganisationText};
        Map<String, Object> given = new LinkedHashMap<>();
        int i = 0;
        for (String key : FIELDS.keySet()) {
            if (values[i] != null) {
                given.put(key, values[i]);
            }
            i++;
        }
        return given;
    }

    private static <T> T pick(T given, T current) {
        return given != null ? given : current;
    }
}
