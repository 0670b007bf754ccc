package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.coverage.RectificationOrigin;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.coverage.RectificationTask;

@Service
@Command(scope = "coverage", name = "rectification-close", description = "Closes an open rectification task (整改) by hand, with a note saying why")
public class CloseRectification extends CastpbCommand {

    @Reference
    RectificationService rectifications;

    @Argument(index = 0, name = "taskId", description = "the task's id, as coverage:rectifications lists it", required = true)
    long taskId;

    @Argument(index = 1, name = "note", description = "why it is closed, at most 500 characters; quote it when it has spaces", required = true)
    String note;

    @Override
    protected Object run() {
        RectificationTask t = rectifications.close(ShellActors.current(), taskId, note);
        String what = t.origin() == RectificationOrigin.EVALUATION ? "failed campaign " + t.campaignId() + ": " + String.join("; ", t.criteria())
                : "lacked " + t.kind() + " coverage for the target of " + t.targetDate();
        System.out.println("Closed rectification task " + t.id() + " of society " + t.societyId() + " " + t.societyName() + " (" + what
                + ") on " + t.closedOn() + " by " + t.closedBy() + ": " + t.closingNote());
        return null;
    }
}
