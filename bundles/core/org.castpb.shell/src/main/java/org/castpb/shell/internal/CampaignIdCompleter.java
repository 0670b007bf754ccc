package org.castpb.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.EvaluationService;

/** Completes the ids of the newest campaigns. */
@Service
public class CampaignIdCompleter implements Completer {

    /** The most a page of campaigns holds. */
    static final int NEWEST = 500;

    @Reference
    EvaluationService evaluations;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (Campaign c : evaluations.list(ShellActors.current(), 0, NEWEST).items()) {
            delegate.getStrings().add(Long.toString(c.id()));
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
