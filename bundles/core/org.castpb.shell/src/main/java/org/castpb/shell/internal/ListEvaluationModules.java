package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.evaluation.EvaluationService;

@Service
@Command(scope = "evaluation", name = "modules", description = "Lists the evaluation modules installed now, and those removed since the platform started")
public class ListEvaluationModules extends CastpbCommand {

    @Reference
    EvaluationService evaluations;

    @Override
    protected Object run() {
        Evaluations.printPlugins(System.out, evaluations.modules(), true,
                "no evaluation module installed: install one, e.g. feature:install castpb-plugin-evaluation-national");
        return null;
    }
}
