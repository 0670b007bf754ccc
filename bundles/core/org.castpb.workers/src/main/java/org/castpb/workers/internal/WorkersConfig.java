package org.castpb.workers.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workers context's settings; a change re-creates this component and the services using it. */
@Component(service = WorkersConfig.class, configurationPid = WorkersConfig.PID)
@Designate(ocd = WorkersConfig.Config.class)
public class WorkersConfig {

    static final String PID = "org.castpb.workers";
    private static final Logger LOG = LoggerFactory.getLogger(WorkersConfig.class);

    @ObjectClassDefinition(name = "castpb party affairs workers",
            description = "Job-change reports, training targets and the allowance schemes' time limit")
    public @interface Config {

        @AttributeDefinition(name = "Job-change report days", description = "Days a society has to report a job change of a "
                + "full-time worker; a change not reported by then is overdue", min = "1")
        int jobChangeReportDays() default 30;

        @AttributeDefinition(name = "Training rules", description = "Training target versions added to or replacing the built-in "
                + "v1 (always: fullTimeHours=32 partTimeHours=16) and v2 (from 2019-01-01: 40 and 32), one per entry: "
                + "'VERSION EFFECTIVE_FROM name=value ...', e.g. 'v3 2027-01-01 fullTimeHours=48'")
        String[] trainingRules() default {};

        @AttributeDefinition(name = "Allowance scheme time limit (ms)", description = "How long an allowance scheme may take for "
                + "one allocation before nothing is recorded", min = "1")
        int allowanceTimeoutMillis() default 10000;
    }

    private final int jobChangeReportDays;
    private final TrainingRules trainingRules;
    private final int allowanceTimeoutMillis;

    /** Refuses to start on a wrong setting, naming it: targets nobody meant are worse than none. */
    @Activate
    public WorkersConfig(Config config) {
        if (config.jobChangeReportDays() < 1 || config.allowanceTimeoutMillis() < 1) {
            throw new IllegalArgumentException("jobChangeReportDays and allowanceTimeoutMillis of " + PID + " must be at least 1");
        }
        this.jobChangeReportDays = config.jobChangeReportDays();
        this.trainingRules = TrainingRules.DEFAULTS.with(config.trainingRules());
        this.allowanceTimeoutMillis = config.allowanceTimeoutMillis();
        LOG.info("castpb training rules: {}", trainingRules.versions());
    }

    int jobChangeReportDays() {
        return jobChangeReportDays;
    }

    TrainingRules trainingRules() {
        return trainingRules;
    }

    int allowanceTimeoutMillis() {
        return allowanceTimeoutMillis;
    }
}
