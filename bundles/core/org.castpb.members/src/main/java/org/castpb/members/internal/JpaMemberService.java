package org.castpb.members.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.ConflictException;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.StaleVersionException;
import org.castpb.api.ValidationException;
import org.castpb.api.members.Disclosure;
import org.castpb.api.members.Masks;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.RetentionRun;
import org.castpb.api.sql.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/** {@link MemberService} on JPA: each call one resource-local transaction, every read and write confined by {@link MemberScope}. */
@Component(service = MemberService.class)
public class JpaMemberService implements MemberService {

    private final JpaTemplate jpa;
    private final DataSource dataSource;
    private final MembersConfig config;

    @Activate
    public JpaMemberService(@Reference(target = "(osgi.unit.name=castpb-members)") JpaTemplate jpa,
                            @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                            @Reference(target = "(osgi.condition.id=castpb.schema.members)") Condition schemaIsReady, @Reference MembersConfig config) {
        this.jpa = jpa;
        this.dataSource = dataSource;
        this.config = config;
    }

    @Override
    public Member register(Actor actor, MemberDraft draft) {
        MemberScope.mayKeep(actor, "register members");
        MemberDraft valid = MemberRules.validate(draft, Members.today());
        return write(em -> {
            MemberScope scope = new MemberScope(em);
            scope.requireWritable(actor, valid.organisationId(), "register members of party organisation " + valid.organisationId());
            requireActiveOrganisation(scope, valid.organisationId());
            Members.requireSingleAffiliation(em, valid, null);
            MemberEntity member = new MemberEntity(valid, MemberStatus.ACTIVE, Members.today(), actor.name(), Members.now());
            em.persist(member);
            Members.history(em, member, "CREATE", null, null, null, null);
            return member.toDto(false);
        });
    }

    static void requireActiveOrganisation(MemberScope scope, long organisationId) {
        if (!"ACTIVE".equals(scope.organisationStatus(organisationId))) {
            throw dissolved(organisationId);
        }
    }

    /** The refusal of a member for an organisation that is not ACTIVE. */
    static ValidationException dissolved(long organisationId) {
        return new ValidationException(new FieldError("organisationId", "ORGANISATION_DISSOLVED", "party organisation "
                + organisationId + " is dissolved and takes no members"));
    }

    @Override
    public Member get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> Members.visible(em, actor, id).toDto(false));
    }

    @Override
    public Member personalData(Actor actor, long id, String door) {
        return write(em -> {
            MemberEntity member = Members.visible(em, actor, id);
            if (!actor.hasAnyRole(MemberScope.KEEPERS)) {
                throw new ForbiddenException(actor.name() + " may see members' citizen ID and phone masked only (needs one of the roles "
                        + MemberScope.KEEPERS + ")");
            }
            em.persist(new DisclosureEntity(Members.now(), actor.name(), id, member.getOrganisationId(), door == null ? "API" : door));
            return member.toDto(true);
        });
    }

    @Override
    public Page<Member> list(Actor actor, MemberQuery query) {
        MemberScope.mayRead(actor);
        MemberQuery q = checked(query);
        try {
            return MemberPages.read(dataSource, Scope.of(actor), q);
        } catch (SQLException e) {
            throw new PersistenceException("the member registry could not be read", e);
        }
    }

    private static MemberQuery checked(MemberQuery query) {
        MemberQuery q = query == null ? MemberQuery.all() : query;
        List<FieldError> errors = new ArrayList<>();
        if (q.offset() < 0) {
            errors.add(new FieldError("offset", "INVALID", "offset must be 0 or more"));
        }
        if (q.limit() < 1 || q.limit() > MemberQuery.MAX_LIMIT) {
            errors.add(new FieldError("limit", "INVALID", "limit must be from 1 to " + MemberQuery.MAX_LIMIT));
        }
        String prefix = MemberRules.line(errors, "namePrefix", q.namePrefix(), MemberRules.NAME_MAX, false);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new MemberQuery(q.organisationId(), prefix, q.status(), q.offset(), q.limit());
    }

    @Override
    public Member update(Actor actor, long id, long expectedVersion, MemberDraft draft) {
        MemberScope.mayKeep(actor, "change members");
        return write(em -> {
            MemberEntity member = changeable(em, actor, id, expectedVersion);
            MemberDraft valid = MemberRules.validate(unmasked(draft, member.toDraft()), Members.today());
            if (valid.organisationId() != member.getOrganisationId()) {
                throw new ValidationException(new FieldError("organisationId", "USE_TRANSFER", "a member moves to party organisation "
                        + valid.organisationId() + " by a transfer, not by a change of the record"));
            }
            Members.requireSingleAffiliation(em, valid, id);
            MemberDraft before = member.toDraft();
            Member was = member.toDto(false);
            member.apply(valid, actor.name(), Members.now());
            Members.history(em, member, "UPDATE", before, was.status(), was.statusSince(), null);
            return member.toDto(false);
        });
    }

    /**
     * The draft with a citizen ID or phone that is the stored one's mask taken as the stored value: a client may send
     * back the member it read (masked) with other fields changed.
     */
    static MemberDraft unmasked(MemberDraft d, MemberDraft stored) {
        if (d == null) {
            return null;
        }
        String citizenId = d.citizenId() != null && d.citizenId().equals(Masks.citizenId(stored.citizenId())) ? stored.citizenId() : d.citizenId();
        String phone = d.phone() != null && stored.phone() != null && d.phone().equals(Masks.phone(stored.phone())) ? stored.phone() : d.phone();
        return new MemberDraft(d.organisationId(), d.name(), d.gender(), d.ethnicity(), d.birthDate(), citizenId, d.education(), d.position(),
                d.leaderRole(), d.joinedOn(), d.kind(), phone, d.affiliation(), d.relationshipHeldBy());
    }

    @Override
    public Member leave(Actor actor, long id, long expectedVersion, MemberStatus status, LocalDate on, String reason) {
        return leave(actor, id, expectedVersion, status, on, reason, null);
    }

    @Override
    public Member leave(Actor actor, long id, long expectedVersion, MemberStatus status, LocalDate on, String reason, Sql.Work<?> alongside) {
        MemberScope.mayKeep(actor, "record that a member left");
        List<FieldError> errors = new ArrayList<>();
        if (status != MemberStatus.DECEASED && status != MemberStatus.REMOVED) {
            errors.add(new FieldError("status", "INVALID", "a member leaves the roll as DECEASED or REMOVED (TRANSFERRED_OUT by a transfer)"));
        }
        if (on == null) {
            errors.add(new FieldError("on", "REQUIRED", "the day is required"));
        }
        Dates.check(errors, "on", on);
        String why = MemberRules.line(errors, "reason", reason, MemberRules.NOTE_MAX, true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return write(em -> {
            MemberEntity member = changeable(em, actor, id, expectedVersion);
            if (member.getStatus() == MemberStatus.IN_TRANSFER) {
                throw new ValidationException(new FieldError("status", "ALREADY_IN_TRANSFER", "member " + id
                        + " is in transfer: confirm or withdraw the transfer first"));
            }
            if (on.isBefore(member.getJoinedOn()) || on.isAfter(Members.today())) {
                throw new ValidationException(new FieldError("on", "INVALID_DATE", "on must be from the day the member joined ("
                        + member.getJoinedOn() + ") to today"));
            }
            Member was = member.toDto(false);
            member.setStatus(status, on, actor.name(), Members.now());
            Members.history(em, member, status.name(), member.toDraft(), was.status(), was.statusSince(), why);
            if (alongside != null) {
                em.flush();
                try {
                    // EclipseLink hands out the connection of the transaction it began for the flush
                    alongside.run(Sql.on(em.unwrap(Connection.class)));
                } catch (SQLException e) {
                    throw new IllegalStateException("recording why member " + id + " left failed: " + e.getMessage(), e);
                }
            }
            return member.toDto(false);
        });
    }

    /** The member to change: in the actor's scope, at the expected version, still on the roll. */
    static MemberEntity changeable(EntityManager em, Actor actor, long id, long expectedVersion) {
        MemberEntity member = Members.visible(em, actor, id);
        new MemberScope(em).requireWritable(actor, member.getOrganisationId(), "change member " + id);
        if (member.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, member.getVersion());
        }
        if (!member.getStatus().onRoll()) {
            throw new ConflictException(NOT_ON_ROLL, "member " + id + " left the roll (" + member.getStatus() + ") and can no longer be changed", id,
                    member.getStatus());
        }
        return member;
    }

    @Override
    public List<AuditEntry> history(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Members.visible(em, actor, id);
            return em.createQuery("SELECT h FROM MemberHistoryEntity h WHERE h.memberId = ?1 ORDER BY h.revision, h.id",
                    MemberHistoryEntity.class).setParameter(1, id).getResultList().stream().map(MemberHistoryEntity::toAuditEntry).toList();
        });
    }

    @Override
    public Page<Disclosure> disclosures(Actor actor, Long memberId, int offset, int limit) {
        MemberScope.mayKeep(actor, "read the disclosure log");
        if (offset < 0 || limit < 1 || limit > MemberQuery.MAX_LIMIT) {
            throw new ValidationException(new FieldError("limit", "INVALID", "offset must be 0 or more and limit from 1 to "
                    + MemberQuery.MAX_LIMIT));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            String where = " WHERE " + MemberScope.condition(Scope.of(actor), "D.ORGANISATION_ID") + (memberId == null ? "" : " AND D.MEMBER_ID = ?");
            Object[] parameters = memberId == null ? new Object[0] : new Object[] {memberId};
            MemberScope scope = new MemberScope(em);
            List<DisclosureEntity> rows = scope.readOnly(DisclosureEntity.class, "SELECT D.* FROM MEMBER_DISCLOSURE D" + where
                    + " ORDER BY D.READ_AT DESC, D.ID DESC OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY", List.of(parameters));
            Long told = MemberScope.totalFromPage(offset, limit, rows.size());
            long total = told != null ? told : scope.count("SELECT COUNT(*) FROM MEMBER_DISCLOSURE D" + where, parameters);
            return new Page<>(rows.stream().map(DisclosureEntity::toDto).toList(), total, offset, limit);
        });
    }

    @Override
    public RetentionRun applyRetention(Actor actor) {
        if (actor == null || !actor.hasAnyRole(Actor.NATIONAL)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name())
                    + " may not apply the retention period (national administrators only)");
        }
        LocalDate leftBefore = Members.today().minusDays(config.retentionDays());
        int reduced = write(em -> Retention.reduce(new MemberScope(em), Date.valueOf(leftBefore)));
        return new RetentionRun(leftBefore, reduced);
    }

    interface Work<R> {
        R run(EntityManager em);
    }

    /** Runs a change in its own transaction; a lost race (version or unique key) is a version conflict. */
    <R> R write(Work<R> work) {
        return write(jpa, work);
    }

    static <R> R write(JpaTemplate jpa, Work<R> work) {
        try {
            // flushed inside the transaction: a lost race is then rolled back quietly, not by the template after its commit
            return jpa.txExpr(TransactionType.Required, em -> {
                R result = work.run(em);
                em.flush();
                return result;
            });
        } catch (OptimisticLockException e) {
            throw StaleVersionException.concurrentChange();
        } catch (PersistenceException e) {
            if (Members.isUniqueViolation(e)) {
                throw StaleVersionException.concurrentChange();
            }
            throw e;
        }
    }
}
