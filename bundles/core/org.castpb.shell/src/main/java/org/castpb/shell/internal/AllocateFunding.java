package org.castpb.shell.internal;

import java.math.BigDecimal;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.FundingService;

/** Funds a completed campaign's results; whether the budget is acceptable is the service's to say. */
@Service
@Command(scope = "funding", name = "allocate", description = "Runs a funding scheme over a completed campaign within a budget and records its awards")
public class AllocateFunding extends CastpbCommand {

    @Reference
    FundingService funding;

    @Option(name = "--note", description = "why the allocation is made, at most 500 characters")
    String note;

    @Argument(index = 0, name = "campaignId", description = "the completed campaign's id", required = true)
    @Completion(CampaignIdCompleter.class)
    long campaignId;

    @Argument(index = 1, name = "schemeId", description = "the funding scheme's id, as evaluation:schemes lists it", required = true)
    @Completion(FundingSchemeCompleter.class)
    String schemeId;

    @Argument(index = 2, name = "budget", description = "the budget in yuan, at most two decimals, e.g. 100000.00", required = true)
    String budget;

    @Override
    protected Object run() throws Exception {
        Allocation a = funding.allocate(ShellActors.current(), campaignId, schemeId, budget(), note);
        Evaluations.printAllocation(System.out, a);
        return null;
    }

    BigDecimal budget() throws CommandException {
        try {
            return new BigDecimal(budget.strip());
        } catch (NumberFormatException e) {
            throw badInput("budget must be an amount in yuan like 100000.00, got '" + budget + "'");
        }
    }
}
