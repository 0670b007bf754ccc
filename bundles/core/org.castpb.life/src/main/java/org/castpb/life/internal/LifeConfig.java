package org.castpb.life.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The settings of organisational life; a change re-creates this component and the services using it. */
@Component(service = LifeConfig.class, configurationPid = LifeConfig.PID)
@Designate(ocd = LifeConfig.Config.class)
public class LifeConfig {

    static final String PID = "org.castpb.life";
    private static final Logger LOG = LoggerFactory.getLogger(LifeConfig.class);

    @ObjectClassDefinition(name = "castpb organisational life",
            description = "Meetings recorded late, the versioned rules of how often each meeting is due, and the daily alert run")
    public @interface Config {

        @AttributeDefinition(name = "Recorded late after (days)", description = "A meeting recorded more than this many days after it took place is flagged as recorded late", min = "0")
        int lateAfterDays() default 14;

        @AttributeDefinition(name = "Rule sets", description = "Versions added to or replacing the built-in v1 (committee and group meetings monthly, "
                + "assembly and lecture quarterly, organisational and democratic life meetings yearly, committee from 7 formal members, "
                + "6 months of absence), one per entry: 'VERSION EFFECTIVE_FROM name=value ...', e.g. 'v2 2027-01-01 PARTY_LECTURE=MONTHLY "
                + "absenceMonths=3'; names are the meeting types (values MONTHLY, QUARTERLY, YEARLY, NONE), committeeFromFormalMembers, absenceMonths")
        String[] ruleSets() default {};

        @AttributeDefinition(name = "Alert look-back (months)", description = "The daily run opens alerts for meetings missing in periods that ended within this many months", min = "1")
        int alertLookbackMonths() default 12;

        @AttributeDefinition(name = "Alert run hour", description = "Hour of the day (Beijing time, 0-23) of the daily alert run; -1 runs none (only on demand)", min = "-1", max = "23")
        int alertHour() default 2;
    }

    private final int lateAfterDays;
    private final LifeRuleSets rules;
    private final int alertLookbackMonths;
    private final int alertHour;

    /** Refuses to start on a wrong entry: judging compliance by rules nobody meant is worse than not judging. */
    @Activate
    public LifeConfig(Config config) {
        if (config.lateAfterDays() < 0 || config.alertLookbackMonths() < 1 || config.alertHour() < -1 || config.alertHour() > 23) {
            throw new IllegalArgumentException(PID + ": lateAfterDays must be 0 or more, alertLookbackMonths at least 1, alertHour from -1 to 23");
        }
        this.lateAfterDays = config.lateAfterDays();
        // a .cfg file gives the list as one comma-separated value
        this.rules = LifeRuleSets.DEFAULTS.with(java.util.Arrays.stream(config.ruleSets()).filter(java.util.Objects::nonNull)
                .flatMap(e -> java.util.Arrays.stream(e.split(","))).toArray(String[]::new));
        this.alertLookbackMonths = config.alertLookbackMonths();
        this.alertHour = config.alertHour();
        LOG.info("castpb organisational-life rule sets: {}", rules.versions());
    }

    int lateAfterDays() {
        return lateAfterDays;
    }

    LifeRuleSets rules() {
        return rules;
    }

    int alertLookbackMonths() {
        return alertLookbackMonths;
    }

    int alertHour() {
        return alertHour;
    }
}
