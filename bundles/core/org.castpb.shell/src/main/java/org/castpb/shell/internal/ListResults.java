package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.Page;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultQuery;
import org.castpb.api.evaluation.SocietyEvaluation;

@Service
@Command(scope = "evaluation", name = "results", description = "Lists a campaign's results by society, filtered by outcome, region and veto, and paged")
public class ListResults extends CastpbCommand {

    @Reference
    EvaluationService evaluations;

    @Option(name = "--outcome", description = "only PASS, FAIL or INCOMPLETE")
    @Completion(value = StringsCompleter.class, values = {"PASS", "FAIL", "INCOMPLETE"})
    Outcome outcome;

    @Option(name = "--region", description = "only societies whose region code starts with this GB/T 2260 prefix, e.g. 33")
    String region;

    @Option(name = "--vetoed", description = "only societies a module vetoed (一票否决)")
    boolean vetoed;

    @Option(name = "--offset", description = "results to skip")
    int offset;

    @Option(name = "--limit", description = "page size (1-500)")
    int limit = 50;

    @Argument(index = 0, name = "campaignId", description = "the campaign's id, as evaluation:campaigns lists it", required = true)
    @Completion(CampaignIdCompleter.class)
    long campaignId;

    @Override
    protected Object run() {
        Page<SocietyEvaluation> page = evaluations.results(ShellActors.current(), campaignId, query());
        ConsoleTable table = new ConsoleTable("Society", "Name", "Region", "Outcome", "Score", "Grade", "Veto", "Reasons")
                .alignRight(0, 4);
        for (SocietyEvaluation e : page.items()) {
            table.addRow(e.societyId(), e.societyName(), e.regionCode(), e.outcome(), e.score(), e.grade(), e.vetoed() ? "VETO" : "",
                    String.join("; ", e.reasons()));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " results (offset " + page.offset() + "); explain one with: "
                + "evaluation:show " + campaignId + " <societyId>");
        return null;
    }

    /** Without --vetoed every result, vetoed or not; a blank region is no filter, as over REST. */
    ResultQuery query() {
        return new ResultQuery(outcome, region == null || region.isBlank() ? null : region.strip(), vetoed ? Boolean.TRUE : null,
                offset, limit);
    }
}
