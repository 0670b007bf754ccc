package org.castpb.members.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The members context's settings; a change re-creates this component and the services using it. */
@Component(service = MembersConfig.class, configurationPid = MembersConfig.PID)
@Designate(ocd = MembersConfig.Config.class)
public class MembersConfig {

    static final String PID = "org.castpb.members";

    @ObjectClassDefinition(name = "castpb members", description = "Transfers' overdue queue, the retention of members who left, the development rule sets")
    public @interface Config {

        @AttributeDefinition(name = "Overdue after (days)", description = "A transfer pending longer than this is overdue, on both sides", min = "1")
        int overdueDays() default 30;

        @AttributeDefinition(name = "Retention (days)", description = "A member who left (transferred out, removed, died) is kept this "
                + "long after leaving, then reduced to counts per organisation, year and status", min = "1")
        int retentionDays() default 1825;

        @AttributeDefinition(name = "Pipeline rule sets", description = "Development rule-set versions added to or replacing the "
                + "built-in v1 (age 18, activist 12 months, 24 class hours, probation 12 months extendable once by at most 12), one per "
                + "entry: 'VERSION EFFECTIVE_FROM name=value ...', names minAgeYears, activistMinMonths, minTrainingHours, "
                + "probationMonths, maxExtensionMonths, maxExtensions")
        String[] pipelineRuleSets() default {};
    }

    private final int overdueDays;
    private final int retentionDays;
    private final PipelineRuleSets pipelineRules;

    @Activate
    public MembersConfig(Config config) {
        if (config.overdueDays() < 1 || config.retentionDays() < 1) {
            throw new IllegalArgumentException("overdueDays and retentionDays of " + PID + " must be at least 1");
        }
        this.overdueDays = config.overdueDays();
        this.retentionDays = config.retentionDays();
        this.pipelineRules = PipelineRuleSets.DEFAULTS.with(config.pipelineRuleSets());
    }

    PipelineRuleSets pipelineRules() {
        return pipelineRules;
    }

    int overdueDays() {
        return overdueDays;
    }

    int retentionDays() {
        return retentionDays;
    }
}
