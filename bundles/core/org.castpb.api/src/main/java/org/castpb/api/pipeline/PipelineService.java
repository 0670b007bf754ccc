package org.castpb.api.pipeline;

import java.io.OutputStream;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The development pipeline and plans of the party organisations. Reads need a castpb role and see the organisations
 * covering a society in the actor's scope; applications, steps and plans need a records writer's role or a society
 * secretary's, in scope ({@code OUT_OF_SCOPE} outside). A step that breaches the rule set in force on its day raises
 * warnings (codes below): only an approver (a national administrator, or a local administrator whose scope holds the
 * organisation) accepts each with a justification, with the step or afterwards; a step with unaccepted warnings
 * waits for the approver (an application with one is refused). Refusals are ValidationExceptions naming each field
 * with its code, nothing written. Every change is audited.
 */
@ProviderType
public interface PipelineService {

    /** Warning: the applicant is younger than the minimum age on the day of the application. */
    String UNDER_AGE = "UNDER_AGE";
    /** Warning: the activist was cultivated for less than the minimum before admission as development candidate. */
    String ACTIVIST_TOO_SHORT = "ACTIVIST_TOO_SHORT";
    /** Warning: fewer class hours of training than the minimum before admission as probationary member. */
    String TRAINING_HOURS_SHORT = "TRAINING_HOURS_SHORT";
    /** Warning: probation extended by more than the longest extension. */
    String EXTENSION_TOO_LONG = "EXTENSION_TOO_LONG";
    /** Warning: probation extended more often than allowed. */
    String EXTENDED_BEFORE = "EXTENDED_BEFORE";
    /** Warning: confirmed as formal member before probation (with its extension) ended. */
    String PROBATION_NOT_ENDED = "PROBATION_NOT_ENDED";

    /** Error: the step does not follow the person's stage. */
    String STEP_OUT_OF_ORDER = "STEP_OUT_OF_ORDER";
    /** Error: the step is dated before the previous step. */
    String STEP_BEFORE_PREVIOUS = "STEP_BEFORE_PREVIOUS";
    /** Error: a day after today. */
    String DATE_IN_FUTURE = "DATE_IN_FUTURE";
    /** Error: a sponsor who is not a formal member on the roll of the registry, or the same sponsor twice. */
    String SPONSOR_NOT_FORMAL = "SPONSOR_NOT_FORMAL";
    /** Error: a warning the step does not raise, or an acceptance without justification. */
    String WARNING_NOT_RAISED = "WARNING_NOT_RAISED";
    /** Error: warnings nobody accepted on an application, which is refused rather than kept waiting. */
    String UNACCEPTED_WARNINGS = "UNACCEPTED_WARNINGS";
    /** Error: a new step while the last one waits for an approver. */
    String AWAITING_APPROVAL = "AWAITING_APPROVAL";
    /** Error: the person is already in a pipeline or on a roll. */
    String ALREADY_IN_PIPELINE = "ALREADY_IN_PIPELINE";
    /** Error: a plan's leaders and key professionals add up to more than its total. */
    String TARGETS_EXCEED_TOTAL = "TARGETS_EXCEED_TOTAL";

    /** Records an application; an approver may accept its warnings with it, else any warning refuses it. */
    Candidate apply(Actor actor, Applicant applicant);

    /** One candidate with its steps, masked. */
    Candidate get(Actor actor, long id);

    /** Candidates in scope, by name then id. */
    Page<Candidate> list(Actor actor, CandidateQuery query);

    /** Takes the next step, or leaves it waiting for an approver when it raises warnings nobody accepted. */
    Candidate step(Actor actor, long id, long expectedVersion, StepDraft step);

    /** An approver accepts one warning of the waiting step; once all are accepted the step is taken. */
    Candidate acceptWarning(Actor actor, long id, long expectedVersion, String code, String justification);

    /** The candidate's audit trail, oldest first, personal data masked. */
    List<AuditEntry> history(Actor actor, long id);

    /** The rule-set versions, oldest first. */
    List<PipelineRuleSet> ruleSets();

    /** Creates or replaces the organisation's plan for the year. */
    DevelopmentPlan savePlan(Actor actor, DevelopmentPlanDraft plan);

    /** Plans in scope, optionally of one organisation and one year. */
    List<DevelopmentPlan> plans(Actor actor, Long organisationId, Integer year);

    /** The year's plans in scope (or one organisation's) against the pipeline, by organisation name. */
    List<PlanProgress> report(Actor actor, int year, Long organisationId);

    /** {@link #report} as CSV with Chinese headers, UTF-8 with a byte-order mark. */
    void reportCsv(Actor actor, int year, Long organisationId, OutputStream out);
}
