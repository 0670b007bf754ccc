package org.castpb.plugin.evaluation.national.internal;

import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;
import org.castpb.spi.EvaluationModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * CAST's national standard as an {@link EvaluationModule}. Immediate, so that a wrong configuration fails at start
 * and shows in the log, not at the first campaign; a configuration change re-creates the component.
 */
@Component(service = EvaluationModule.class, immediate = true, configurationPid = NationalModule.PID,
        property = {
                EvaluationModule.MODULE_ID + "=cast.national",
                EvaluationModule.MODULE_NAME + "=CAST national party-building standard",
                EvaluationModule.REGION + "=",
                EvaluationModule.KINDS + "=ANNUAL_INSPECTION",
                EvaluationModule.KINDS + "=ASSESSMENT",
                EvaluationModule.KINDS + "=COMPREHENSIVE"})
@Designate(ocd = NationalModule.Config.class)
public class NationalModule implements EvaluationModule {

    static final String PID = "org.castpb.plugin.evaluation.national";

    @ObjectClassDefinition(name = "castpb national evaluation module (cast.national)",
            description = "CAST's national standard for party building in societies (2016 opinions, art. 5, 6, 13): "
                    + "criteria weights, the organisation-coverage deadline that drives the one-vote veto, and grade bands. "
                    + "Scores are a percentage of the points that could be assessed.")
    public @interface Config {

        @AttributeDefinition(name = "Organisation deadline",
                description = "Day (yyyy-MM-dd) by which a CAST group member must have a party organisation (art. 5(2)). "
                        + "Later establishment scores organisationLatePoints; a group member still without one after it is vetoed.")
        String organisationDeadline() default "2017-06-30";

        @AttributeDefinition(name = "Ledger weight",
                description = "Points for a ledger with all five sections clear; an unclear ledger gets this share per clear section.")
        int ledgerWeight() default 25;

        @AttributeDefinition(name = "Organisation weight",
                description = "Points for an active own or joint party organisation (not a work group) established by the deadline.")
        int organisationWeight() default 30;

        @AttributeDefinition(name = "Points for a late organisation",
                description = "Points for an active own or joint party organisation established after the deadline.")
        int organisationLatePoints() default 20;

        @AttributeDefinition(name = "Points for work coverage",
                description = "Points when the society has no party organisation but a work group or a serving liaison officer or instructor.")
        int workCoveragePoints() default 10;

        @AttributeDefinition(name = "Points for a pending request",
                description = "Points when the society has nothing but an establishment request awaiting the party committee's decision.")
        int pendingRequestPoints() default 5;

        @AttributeDefinition(name = "Charter weight", description = "Points when party building is written into the society's charter.")
        int charterWeight() default 15;

        @AttributeDefinition(name = "Term weight", description = "Points when the covering organisation's term has not expired.")
        int termWeight() default 10;

        @AttributeDefinition(name = "Organisational life weight",
                description = "Points for records of organisational life. Not assessed while castpb keeps no meeting records.")
        int organisationalLifeWeight() default 20;

        @AttributeDefinition(name = "EXCELLENT from (%)", description = "Lowest percentage graded EXCELLENT.")
        int excellentFrom() default 90;

        @AttributeDefinition(name = "GOOD from (%)", description = "Lowest percentage graded GOOD.")
        int goodFrom() default 75;

        @AttributeDefinition(name = "QUALIFIED from (%)", description = "Lowest percentage graded QUALIFIED; below it UNQUALIFIED.")
        int qualifiedFrom() default 60;
    }

    private final NationalStandard standard;

    /** Refuses to start on a wrong configuration: evaluating by rules nobody meant is worse than not evaluating. */
    @Activate
    public NationalModule(Config config) {
        this.standard = new NationalStandard(NationalRules.from(config));
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        return standard.evaluate(context);
    }
}
