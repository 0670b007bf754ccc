package org.castpb.plugin.allowance.grade.internal;

import java.util.List;
import org.castpb.api.workers.Allowance;
import org.castpb.spi.AllowanceContext;
import org.castpb.spi.AllowanceScheme;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Allowances by performance (2016 opinions, art. 12) as an {@link AllowanceScheme}: the budget is shared among the
 * assessed workers in proportion to their grade's weight (a part-time worker a configured share of it), in whole yuan,
 * never more than the budget. Immediate, so a wrong configuration fails at start.
 */
@Component(service = AllowanceScheme.class, immediate = true, configurationPid = GradeScheme.PID,
        property = {
                AllowanceScheme.SCHEME_ID + "=cast.grade",
                AllowanceScheme.SCHEME_NAME + "=CAST allowances by assessment grade",
                AllowanceScheme.REGION + "="})
@Designate(ocd = GradeScheme.Config.class)
public class GradeScheme implements AllowanceScheme {

    static final String PID = "org.castpb.plugin.allowance.grade";

    @ObjectClassDefinition(name = "castpb allowance scheme (cast.grade)",
            description = "How a year's allowance budget is shared among the party affairs workers by their assessment grade. "
                    + "Amounts are whole yuan, so the allowances never exceed the budget.")
    public @interface Config {

        @AttributeDefinition(name = "EXCELLENT weight", description = "Weight of a worker graded EXCELLENT.")
        int excellentWeight() default 3;

        @AttributeDefinition(name = "COMPETENT weight", description = "Weight of a worker graded COMPETENT.")
        int competentWeight() default 2;

        @AttributeDefinition(name = "BASICALLY_COMPETENT weight", description = "Weight of a worker graded BASICALLY_COMPETENT "
                + "(INCOMPETENT weighs nothing).")
        int basicallyCompetentWeight() default 1;

        @AttributeDefinition(name = "Part-time factor", description = "Share (0 to 1) of its grade's weight a part-time worker gets.")
        double partTimeFactor() default 0.5;
    }

    private final GradeSplit split;

    /** Refuses to start on a wrong configuration, naming the property. */
    @Activate
    public GradeScheme(Config config) {
        this.split = new GradeSplit(GradeWeights.from(config));
    }

    @Override
    public List<Allowance> allocate(AllowanceContext context) {
        return split.split(context.budget(), context.workers());
    }
}
