package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.Page;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.EvaluationService;

@Service
@Command(scope = "evaluation", name = "campaigns", description = "Lists evaluation campaigns, newest first, with their status and counts")
public class ListCampaigns extends CastpbCommand {

    @Reference
    EvaluationService evaluations;

    @Option(name = "--offset", description = "campaigns to skip")
    int offset;

    @Option(name = "--limit", description = "page size (1-500)")
    int limit = 50;

    @Override
    protected Object run() {
        Page<Campaign> page = evaluations.list(ShellActors.current(), offset, limit);
        ConsoleTable table = new ConsoleTable("ID", "Year", "Kind", "Title", "Region", "As of", "Status", "Evaluated", "Passed", "Failed",
                "Incomplete", "Module errors", "Finished", "Corrects").alignRight(0, 1, 7, 8, 9, 10, 11, 13);
        for (Campaign c : page.items()) {
            table.addRow(c.id(), c.year(), c.kind(), c.title(), Evaluations.scope(c.regionPrefix()), c.asOf(), c.status(),
                    Evaluations.progress(c), c.passed(), c.failed(), c.incomplete(), c.moduleErrors(), Texts.time(c.finishedAt()),
                    c.correctsCampaignId() == null ? "" : c.correctsCampaignId());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " campaigns (offset " + page.offset() + ")");
        return null;
    }
}
