package org.castpb.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.evaluation.FundingService;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.ModuleState;

/** Completes the ids of the funding schemes installed now. */
@Service
public class FundingSchemeCompleter implements Completer {

    @Reference
    FundingService funding;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (ModuleInfo s : funding.schemes()) {
            if (s.state() == ModuleState.ACTIVE) {
                delegate.getStrings().add(s.id());
            }
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
