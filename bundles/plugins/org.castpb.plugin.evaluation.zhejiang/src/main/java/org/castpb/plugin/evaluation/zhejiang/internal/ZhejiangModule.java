package org.castpb.plugin.evaluation.zhejiang.internal;

import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;
import org.castpb.spi.EvaluationModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * An example local association's module: the Zhejiang Association for Science and Technology "refers to and adapts"
 * the national standard (art. 14) with its own weights and grade bands and one criterion of its own, dispatched
 * instructors. It applies to societies registered in Zhejiang (region prefix 33) next to the national module, which
 * alone vetoes.
 */
@Component(service = EvaluationModule.class, immediate = true, configurationPid = ZhejiangModule.PID,
        property = {
                EvaluationModule.MODULE_ID + "=zhejiang.local",
                EvaluationModule.MODULE_NAME + "=Zhejiang Association for Science and Technology standard",
                EvaluationModule.REGION + "=33",
                EvaluationModule.KINDS + "=ASSESSMENT",
                EvaluationModule.KINDS + "=COMPREHENSIVE"})
@Designate(ocd = ZhejiangModule.Config.class)
public class ZhejiangModule implements EvaluationModule {

    static final String PID = "org.castpb.plugin.evaluation.zhejiang";

    @ObjectClassDefinition(name = "castpb Zhejiang evaluation module (zhejiang.local)",
            description = "The Zhejiang association's party-building criteria for its societies' assessment and comprehensive "
                    + "evaluation: weights, the organisation deadline and grade bands. No veto: the national module vetoes.")
    public @interface Config {

        @AttributeDefinition(name = "Organisation deadline",
                description = "Day (yyyy-MM-dd) by which a society should have a party organisation; later ones score organisationLatePoints.")
        String organisationDeadline() default "2017-06-30";

        @AttributeDefinition(name = "Ledger weight",
                description = "Points for a ledger with all five sections clear; an unclear ledger gets this share per clear section.")
        int ledgerWeight() default 20;

        @AttributeDefinition(name = "Organisation weight",
                description = "Points for an active own or joint party organisation (not a work group) established by the deadline.")
        int organisationWeight() default 25;

        @AttributeDefinition(name = "Points for a late organisation",
                description = "Points for an active own or joint party organisation established after the deadline.")
        int organisationLatePoints() default 15;

        @AttributeDefinition(name = "Points for a work group",
                description = "Points when the society has no party organisation but an active work group. Liaison officers and "
                        + "instructors count under instructorWeight instead.")
        int workGroupPoints() default 10;

        @AttributeDefinition(name = "Points for a pending request",
                description = "Points when the society has nothing but an establishment request awaiting decision.")
        int pendingRequestPoints() default 5;

        @AttributeDefinition(name = "Charter weight", description = "Points when party building is written into the society's charter.")
        int charterWeight() default 15;

        @AttributeDefinition(name = "Term weight", description = "Points when the covering organisation's term has not expired.")
        int termWeight() default 10;

        @AttributeDefinition(name = "Instructor weight",
                description = "Points when a liaison officer or instructor serves the society on the campaign's day.")
        int instructorWeight() default 15;

        @AttributeDefinition(name = "Major matters weight", description = "Points when every major matter the society decided in the "
                + "campaign's year had the party organisation's opinion first and no disagreement (三重一大 前置研究), in proportion "
                + "to the matters decided so; not assessed where no major matters are recorded or none was decided.")
        int majorMattersWeight() default 10;

        @AttributeDefinition(name = "EXCELLENT from (%)", description = "Lowest percentage graded EXCELLENT.")
        int excellentFrom() default 85;

        @AttributeDefinition(name = "GOOD from (%)", description = "Lowest percentage graded GOOD.")
        int goodFrom() default 70;

        @AttributeDefinition(name = "QUALIFIED from (%)", description = "Lowest percentage graded QUALIFIED; below it UNQUALIFIED.")
        int qualifiedFrom() default 60;
    }

    private final ZhejiangStandard standard;

    /** Refuses to start on a wrong configuration, naming the property. */
    @Activate
    public ZhejiangModule(Config config) {
        this.standard = new ZhejiangStandard(ZhejiangRules.from(config));
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        return standard.evaluate(context);
    }
}
