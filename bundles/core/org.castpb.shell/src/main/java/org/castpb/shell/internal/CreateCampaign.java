package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.EvaluationService;

/** Opens a campaign; nothing is checked here, the service names every bad field and fills in the defaults. */
@Service
@Command(scope = "evaluation", name = "create", description = "Opens an evaluation campaign (年检, 评估 or 综合考核评价); it runs only with evaluation:run")
public class CreateCampaign extends CastpbCommand {

    @Reference
    EvaluationService evaluations;

    @Option(name = "--title", description = "a title for people (default: made from the year, kind and region)")
    String title;

    @Option(name = "--as-of", description = "the day whose records are evaluated, e.g. 2026-12-31 (default: 31 December of the year)")
    String asOf;

    @Option(name = "--region", description = "GB/T 2260 region prefix of the societies evaluated, e.g. 33 (default: all)")
    String region;

    @Option(name = "--corrects", description = "the campaign this one corrects, of the same year and kind: how a funded (frozen) campaign is evaluated again")
    @Completion(CampaignIdCompleter.class)
    Long corrects;

    @Argument(index = 0, name = "year", description = "the year evaluated, e.g. 2026", required = true)
    Integer year;

    @Argument(index = 1, name = "kind", description = "ANNUAL_INSPECTION, ASSESSMENT or COMPREHENSIVE", required = true)
    @Completion(value = StringsCompleter.class, values = {"ANNUAL_INSPECTION", "ASSESSMENT", "COMPREHENSIVE"})
    EvaluationKind kind;

    @Override
    protected Object run() throws Exception {
        Campaign c = evaluations.create(ShellActors.current(), draft());
        System.out.println("Opened campaign " + c.id() + ": " + c.title() + " (" + c.kind() + " " + c.year() + ", records as of "
                + c.asOf() + ", region " + Evaluations.scope(c.regionPrefix()) + "), " + c.status()
                + (c.correctsCampaignId() == null ? "" : ", correcting campaign " + c.correctsCampaignId()));
        System.out.println("Run it with: evaluation:run --wait " + c.id());
        return null;
    }

    CampaignDraft draft() throws CommandException {
        return new CampaignDraft(year, kind, title, Dates.date("--as-of", asOf), region, corrects);
    }
}
