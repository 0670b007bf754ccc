package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.evaluation.FundingService;

@Service
@Command(scope = "funding", name = "show", description = "Shows a funding allocation with its awards and total")
public class ShowAllocation extends CastpbCommand {

    @Reference
    FundingService funding;

    @Argument(index = 0, name = "allocationId", description = "the allocation's id, as funding:list shows it", required = true)
    long allocationId;

    @Override
    protected Object run() {
        Evaluations.printAllocation(System.out, funding.get(ShellActors.current(), allocationId));
        return null;
    }
}
