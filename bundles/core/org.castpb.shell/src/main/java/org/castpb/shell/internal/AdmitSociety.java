package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.Society;
import org.castpb.api.SocietyService;

@Service
@Command(scope = "society", name = "admit", description = "Admits an applicant as a CAST group member; the admission check must pass now, unless a national administrator gives --override with a reason")
public class AdmitSociety extends CastpbCommand {

    @Reference
    SocietyService societies;

    @Option(name = "--on", description = "the day of admission, e.g. 2026-12-01 (default: today, Beijing)")
    String on;

    @Option(name = "--override", description = "national administrators only: admit although the check fails, for this reason (kept in the audit trail)")
    String overrideReason;

    @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long societyId;

    @Override
    protected Object run() throws Exception {
        Society current = societies.get(ShellActors.current(), societyId);
        Society admitted = societies.admit(ShellActors.current(), societyId, current.version(), on == null ? null : CoverageCommands.date(on),
                overrideReason);
        System.out.println("Society " + admitted.id() + " " + admitted.name() + " is a group member since " + admitted.groupMemberAdmittedOn()
                + (overrideReason == null ? " (admission check passed)" : " (admission check overridden: " + overrideReason + ")"));
        return null;
    }
}
