package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.evaluation.EvaluationService;

@Service
@Command(scope = "evaluation", name = "show", description = "Explains a society's result in a campaign: outcome, score, grade, reasons, and each module's findings")
public class ShowResult extends CastpbCommand {

    @Reference
    EvaluationService evaluations;

    @Argument(index = 0, name = "campaignId", description = "the campaign's id", required = true)
    @Completion(CampaignIdCompleter.class)
    long campaignId;

    @Argument(index = 1, name = "societyId", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long societyId;

    @Override
    protected Object run() {
        Evaluations.printResult(System.out, evaluations.result(ShellActors.current(), campaignId, societyId));
        return null;
    }
}
