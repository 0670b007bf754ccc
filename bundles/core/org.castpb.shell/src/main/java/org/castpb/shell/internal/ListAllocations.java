package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.FundingService;

@Service
@Command(scope = "funding", name = "list", description = "Lists a campaign's funding allocations, newest first")
public class ListAllocations extends CastpbCommand {

    @Reference
    FundingService funding;

    @Argument(index = 0, name = "campaignId", description = "the campaign's id", required = true)
    @Completion(CampaignIdCompleter.class)
    long campaignId;

    @Override
    protected Object run() {
        ConsoleTable table = new ConsoleTable("ID", "Scheme", "Version", "Budget", "Total", "Awards", "By", "At", "Note")
                .alignRight(0, 3, 4, 5);
        for (Allocation a : funding.byCampaign(ShellActors.current(), campaignId)) {
            table.addRow(a.id(), a.schemeId(), a.schemeVersion(), a.budget().toPlainString(), a.total().toPlainString(), a.awards().size(),
                    a.createdBy(), Texts.time(a.createdAt()), a.note());
        }
        table.emptyText("no allocation from campaign " + campaignId + " yet").print(System.out);
        return null;
    }
}
