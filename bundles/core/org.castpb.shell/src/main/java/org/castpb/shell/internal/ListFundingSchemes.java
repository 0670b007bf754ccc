package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.evaluation.FundingService;

@Service
@Command(scope = "evaluation", name = "schemes", description = "Lists the funding schemes installed now, and those removed since the platform started")
public class ListFundingSchemes extends CastpbCommand {

    @Reference
    FundingService funding;

    @Override
    protected Object run() {
        Evaluations.printPlugins(System.out, funding.schemes(), false,
                "no funding scheme installed: install one, e.g. feature:install castpb-plugin-funding-award");
        return null;
    }
}
