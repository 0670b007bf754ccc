package org.castpb.api.matters;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Major matters of the societies and the party organisation's opinions on them. Reads need a castpb role and see the
 * societies in the actor's scope (others read as not found); writes need a records writer's role or a society
 * secretary's, within the scope. Every change is audited.
 */
@ProviderType
public interface MajorMatterService {

    /** Breach: the society decided without an opinion given on or before the day of the decision. */
    String NO_PRIOR_OPINION = "NO_PRIOR_OPINION";
    /** Breach: the society decided although the party organisation disagreed. */
    String DECIDED_AGAINST_OPINION = "DECIDED_AGAINST_OPINION";
    /** Code of an opinion dated after the decision. */
    String OPINION_AFTER_DECISION = "OPINION_AFTER_DECISION";
    /** Code of an expenditure or donation below the threshold of the rule set in force: not a major matter. */
    String BELOW_THRESHOLD = "BELOW_THRESHOLD";

    /** Records a matter, with its opinion and decision if already there; refused (422, nothing written) with the codes above. */
    MajorMatter record(Actor actor, MatterDraft draft);

    /** Records (or replaces) the party organisation's opinion, if the matter is still at {@code expectedVersion}. */
    MajorMatter giveOpinion(Actor actor, long id, long expectedVersion, Opinion opinion);

    /** Records the society's decision on {@code decidedOn}, if the matter is still at {@code expectedVersion}. */
    MajorMatter decide(Actor actor, long id, long expectedVersion, LocalDate decidedOn);

    /** One matter. */
    MajorMatter get(Actor actor, long id);

    /** Matters in scope raised in the period (either bound may be null), of one society if given, newest first. */
    List<MajorMatter> list(Actor actor, Long societyId, LocalDate from, LocalDate to);

    /** Matters in scope decided in the period (either bound may be null) in breach, by decision date. */
    List<MajorMatter> breaches(Actor actor, LocalDate from, LocalDate to);

    /** The matter's audit trail, oldest first. */
    List<AuditEntry> history(Actor actor, long id);

    /** The threshold versions, oldest first. */
    List<MatterThresholds> ruleSets();

    /** {@link #breaches} as CSV with Chinese headers. */
    String exportBreachesCsv(Actor actor, LocalDate from, LocalDate to);
}
