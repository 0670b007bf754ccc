package org.castpb.coverage.internal;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.CoverageTarget;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.TargetResult;
import org.castpb.api.coverage.UncoveredSociety;
import org.castpb.api.organisation.PartyOrganisationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CoverageService} in plain JDBC on the shared castpb database; the counting is {@link CoverageQueries}'.
 * Reports and targets are answered from {@link CoverageCells}, counted again only when the data changed or for a day
 * not asked for yet. A configuration change re-creates the component with the new scope and targets.
 */
@Component(service = CoverageService.class, configurationPid = SqlCoverageService.PID)
// the rectification and snapshot components read this same configuration: one scope and one set of targets for all
@Designate(ocd = SqlCoverageService.Config.class)
public class SqlCoverageService implements CoverageService {

    static final String PID = "org.castpb.coverage";
    private static final Logger LOG = LoggerFactory.getLogger(SqlCoverageService.class);

    @ObjectClassDefinition(name = "castpb coverage",
            description = "Scope and dated targets of the two full coverages (organisation coverage and work coverage).")
    public @interface Config {

        @AttributeDefinition(name = "Scope: levels", description = "Society levels counted: NATIONAL, PROVINCIAL, MUNICIPAL.")
        String[] scopeLevels() default {"NATIONAL"};

        @AttributeDefinition(name = "Scope: group-member statuses", description = "Group-member statuses counted: MEMBER, APPLICANT, NONE.")
        String[] scopeGroupMemberStatuses() default {"MEMBER"};

        @AttributeDefinition(name = "Scope: registration statuses",
                description = "Registration statuses counted: ACTIVE, SUSPENDED, DEREGISTERED.")
        String[] scopeRegistrationStatuses() default {"ACTIVE"};

        @AttributeDefinition(name = "Targets",
                description = "One per date: 'YYYY-MM-DD organisation=N work=N' with one or both minimums in percent, "
                        + "e.g. '2016-12-31 organisation=80 work=100'. A wrong entry stops the service from starting.")
        String[] targets() default {"2016-12-31 organisation=80 work=100", "2017-06-30 organisation=100"};

        @AttributeDefinition(name = "Rectification: days allowed",
                description = "Days after a missed target's date by which a society's rectification task is due (0 or more).")
        int rectificationDueDays() default 90;
    }

    private final CoverageQueries queries;
    private final CoverageCells cells;
    private final List<CoverageTarget> targets;

    /** Takes the party-organisation service only to start once both schemas are migrated. */
    @Activate
    public SqlCoverageService(Config config, @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                              @Reference PartyOrganisationService schemaIsReady) {
        this(new CoverageQueries(dataSource, CoverageSettings.scope(config.scopeLevels(), config.scopeGroupMemberStatuses(),
                config.scopeRegistrationStatuses())), CoverageSettings.targets(config.targets()));
        LOG.info("castpb coverage: scope {}, targets {}", queries.scope(), targets);
    }

    SqlCoverageService(CoverageQueries queries, List<CoverageTarget> targets) {
        this.queries = queries;
        this.cells = new CoverageCells(queries);
        this.targets = List.copyOf(targets);
    }

    @Override
    public CoverageScope scope() {
        return queries.scope();
    }

    @Override
    public CoverageReport report(Actor actor, LocalDate asOf, GroupBy groupBy) {
        return cells.report(Scope.of(actor), asOf, groupBy);
    }

    @Override
    public List<CoverageTarget> targets() {
        return targets;
    }

    @Override
    public List<TargetResult> evaluateTargets(Actor actor) {
        Scope access = Scope.of(actor);
        return targets.stream().map(t -> Targets.evaluate(t, cells.report(access, t.date(), null).totals())).toList();
    }

    @Override
    public Page<UncoveredSociety> uncovered(Actor actor, LocalDate asOf, boolean work, int offset, int limit) {
        return queries.uncovered(Scope.of(actor), asOf, work ? CoverageKind.WORK : CoverageKind.ORGANISATION, offset, limit);
    }
}
