package org.castpb.members.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.castpb.api.Actor;
import org.castpb.api.AuditTexts;
import org.castpb.api.FieldError;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.Masks;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;

/** Reading and writing members inside a caller's transaction; shared by the member and transfer services. */
final class Members {

    /** Dates given by officials are Beijing dates. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String UNIQUE_VIOLATION = "23505";

    private Members() {
    }

    static Instant now() {
        return CLOCK.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static LocalDate today() {
        return LocalDate.now(CLOCK.withZone(ZONE));
    }

    /** The member if it exists and the actor's scope reaches its organisation; otherwise not found. */
    static MemberEntity visible(EntityManager em, Actor actor, long id) {
        MemberScope.mayRead(actor);
        MemberEntity member = em.find(MemberEntity.class, id);
        if (member == null || !new MemberScope(em).organisation(Scope.of(actor), member.getOrganisationId())) {
            throw new NotFoundException("member", id);
        }
        return member;
    }

    /**
     * Refuses a person who would be on an organisation's roll twice, or belong to a second organisation; the
     * refusal names the organisation they are on (single affiliation: 一方隶属). {@code self} is the member being
     * changed, if any.
     */
    static void requireSingleAffiliation(EntityManager em, MemberDraft d, Long self) {
        requireSingleAffiliation(em, d, self, onRoll(em, List.of(d.citizenId())).getOrDefault(d.citizenId(), List.of()));
    }

    /** The members on a roll (ACTIVE or IN_TRANSFER) with one of these citizen IDs, by ID in id order: one query for many rows. */
    static Map<String, List<MemberEntity>> onRoll(EntityManager em, Collection<String> citizenIds) {
        Map<String, List<MemberEntity>> found = new HashMap<>();
        if (citizenIds.isEmpty()) {
            return found;
        }
        em.createQuery("SELECT m FROM MemberEntity m WHERE m.citizenId IN ?1 AND m.status IN ?2 ORDER BY m.id", MemberEntity.class)
                .setParameter(1, List.copyOf(new java.util.LinkedHashSet<>(citizenIds)))
                .setParameter(2, List.of(MemberStatus.ACTIVE, MemberStatus.IN_TRANSFER)).getResultList()
                .forEach(m -> found.computeIfAbsent(m.getCitizenId(), k -> new ArrayList<>()).add(m));
        return found;
    }

    /** {@link #requireSingleAffiliation(EntityManager, MemberDraft, Long)} against the members on a roll read before. */
    static void requireSingleAffiliation(EntityManager em, MemberDraft d, Long self, List<MemberEntity> onRoll) {
        MemberScope scope = new MemberScope(em);
        for (MemberEntity other : onRoll) {
            if (self != null && other.getId() == self) {
                continue;
            }
            String where = "party organisation " + other.getOrganisationId() + " " + scope.organisationName(other.getOrganisationId());
            if (other.getOrganisationId() == d.organisationId()) {
                throw new ValidationException(new FieldError("citizenId", MemberService.ALREADY_ON_ROLL, Masks.citizenId(d.citizenId())
                        + " is already on the roll of " + where + " as member " + other.getId()));
            }
            if (d.affiliation() == Affiliation.BELONGS && other.toDraft().affiliation() == Affiliation.BELONGS) {
                throw new ValidationException(new FieldError("affiliation", MemberService.SECOND_AFFILIATION, Masks.citizenId(d.citizenId())
                        + " already belongs to " + where + " (member " + other.getId() + "): a member belongs to one organisation;"
                        + " record PARTICIPATES here, naming it in relationshipHeldBy, or transfer the relationship"));
            }
        }
    }

    /**
     * The first history entry of a member persisted in this unit of work and not written yet, without a flush, so that an
     * import writes its members and their entries in JDBC batches: revision 1, the version the insert gives the member.
     */
    static void historyOfNew(EntityManager em, MemberEntity created, String kind) {
        em.persist(new MemberHistoryEntity(created, 1, kind, null, AuditTexts.text(MemberRules.flatten(created.toDraft(),
                created.getStatus(), created.toDto(false).statusSince()))));
    }

    /** Writes the member's history entry for a change, with what differs before and after (personal data masked). */
    static void history(EntityManager em, MemberEntity after, String kind, MemberDraft before, MemberStatus statusBefore,
                        LocalDate sinceBefore, String note) {
        em.flush();
        String[] diff = before == null ? new String[] {null, AuditTexts.text(MemberRules.flatten(after.toDraft(), after.getStatus(),
                after.toDto(false).statusSince()))}
                : AuditTexts.diff(MemberRules.flatten(before, statusBefore, sinceBefore),
                MemberRules.flatten(after.toDraft(), after.getStatus(), after.toDto(false).statusSince()));
        em.persist(new MemberHistoryEntity(after, kind, diff[0], note == null ? diff[1] : diff[1] + " [" + note + "]"));
    }

    /** Whether a failure was the database refusing a duplicate key (SQLSTATE 23505 on Derby and PostgreSQL). */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
