package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.coverage.AdmissionCheck;
import org.castpb.api.coverage.AdmissionReason;
import org.castpb.api.coverage.AdmissionService;

@Service
@Command(scope = "coverage", name = "admission", description = "Checks whether a society may join CAST as a group member: organisation or pending request, and a clear ledger")
public class AdmissionCheckCommand extends CastpbCommand {

    @Reference
    AdmissionService admissions;

    @Option(name = "--as-of", description = "the date, e.g. 2017-06-30 (default: today, Beijing)")
    String asOf;

    @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long societyId;

    @Override
    protected Object run() throws Exception {
        AdmissionCheck check = admissions.check(ShellActors.current(), societyId, CoverageCommands.date(asOf));
        System.out.println("Society " + check.societyId() + " (" + check.groupMemberStatus() + "), as of " + check.asOf() + ": "
                + (check.pass() ? "PASS" : "FAIL"));
        for (AdmissionReason reason : check.reasons()) {
            System.out.println("  " + (reason.met() ? "ok   " : "FAIL ") + reason.code() + ": " + reason.message());
        }
        if (check.registeredMembers() != null) {
            System.out.println("Registered members 登记党员 (for information, not a condition):");
            MemberCommands.print(check.registeredMembers());
        }
        return null;
    }
}
