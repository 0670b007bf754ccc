package org.castpb.organisations.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule sets in force: the built-in versions with the configured ones applied. A configuration
 * change re-creates this component, and with it the services that check rules.
 */
@Component(service = RuleBook.class, configurationPid = RuleBook.PID)
@Designate(ocd = RuleBook.Config.class)
public class RuleBook {

    static final String PID = "org.castpb.organisations.rules";
    private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);

    @ObjectClassDefinition(name = "castpb party-organisation rules",
            description = "Versioned thresholds from party rules, each in force from its effective date. Built in: v1 (always, "
                    + "committee terms 3-5 years) and v2 (from 2018-01-01, committee terms 5 years).")
    public @interface Config {

        @AttributeDefinition(name = "Rule sets",
                description = "Versions added to or replacing the built-in ones, one per entry: 'VERSION EFFECTIVE_FROM name=value ...', "
                        + "e.g. 'v3 2024-01-01 branchMaxMembers=60'. Names: minFormalMembers, branchMaxMembers, generalBranchMinMembers, "
                        + "generalBranchMaxMembers, committeeMinMembers, branchCommitteeFrom, committeeSizeMin, committeeSizeMax, "
                        + "jointBranchMaxSocieties, branchTermYears, generalBranchTermYears, committeeTermMinYears, committeeTermMaxYears. "
                        + "Values not given are those of the version replaced, or of the version in force the day before.")
        String[] ruleSets() default {};
    }

    private final RuleSets rules;

    /** Refuses to start on a wrong entry: checking by rules nobody meant is worse than not checking. */
    @Activate
    public RuleBook(Config config) {
        this.rules = RuleSets.DEFAULTS.with(config.ruleSets());
        LOG.info("castpb party-organisation rule sets: {}", rules.versions());
    }

    RuleSets rules() {
        return rules;
    }
}
