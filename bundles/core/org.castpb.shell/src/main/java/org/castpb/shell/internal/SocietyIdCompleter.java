package org.castpb.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.Society;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;

/** Completes society ids, showing each society's name beside its id. */
@Service
public class SocietyIdCompleter implements Completer {

    @Reference
    SocietyService societies;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (Society s : societies.list(ShellActors.current(), SocietyQuery.all().page(0, SocietyQuery.MAX_LIMIT)).items()) {
            delegate.getStrings().add(Long.toString(s.id()));
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
