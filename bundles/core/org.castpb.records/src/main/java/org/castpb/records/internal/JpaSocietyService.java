package org.castpb.records.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.BusyException;
import org.castpb.api.AuditEntry;
import org.castpb.api.ConflictException;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.Society;
import org.castpb.api.SocietyCreated;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
import org.castpb.api.StaleVersionException;
import org.castpb.api.ValidationException;
import org.castpb.api.coverage.AdmissionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.condition.Condition;

/** {@link SocietyService} on JPA: each call runs in one resource-local transaction. */
@Component(service = SocietyService.class, configurationPid = JpaSocietyTransferService.PID)
public class JpaSocietyService implements SocietyService {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JpaTemplate jpa;
    private final DataSource dataSource;
    /** The list's counts while no society changes: the first page and pages by offset count every match. */
    private final SocietyCounts counts = new SocietyCounts(256);

    /**
     * The admission check gating APPLICANT to MEMBER. Optional and dynamic: the check reads through services that
     * depend on this one, so a static reference would be a cycle; while it is missing only an override admits.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AdmissionService admission;

    /** Read from the import's configuration, where {@link JpaSocietyTransferService.Config} describes it. */
    public @interface Names {
        boolean refuseDuplicateNames() default false;
    }

    // volatile and updated in place: a changed rule must not restart the service and with it every door's endpoints
    private volatile boolean refuseDuplicateNames;

    @Activate
    public JpaSocietyService(@Reference(target = "(osgi.unit.name=castpb)") JpaTemplate jpa,
                             @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                             @Reference(target = "(osgi.condition.id=castpb.schema.records)") Condition schemaIsReady, Names names) {
        this.jpa = jpa;
        this.dataSource = dataSource;
        this.refuseDuplicateNames = names.refuseDuplicateNames();
    }

    @Modified
    void modified(Names names) {
        this.refuseDuplicateNames = names.refuseDuplicateNames();
    }

    @Override
    public Society create(Actor actor, SocietyDraft draft) {
        return createWithWarnings(actor, draft).society();
    }

    @Override
    public SocietyCreated createWithWarnings(Actor actor, SocietyDraft draft) {
        Writes.mayWrite(actor);
        SocietyDraft valid = SocietyValidator.validate(draft);
        Access.mayHold(actor, 0, valid.regionCode(), valid.level(), "create a society in region " + valid.regionCode());
        return write(valid.uscc(), em -> {
            refuseDuplicate(em, valid.uscc(), null);
            List<String> warnings = SameNames.holders(em, List.of(valid.name())).getOrDefault(valid.name(), List.of()).stream()
                    .map(h -> SameNames.warning(Scope.of(actor), h)).toList();
            if (refuseDuplicateNames && !warnings.isEmpty()) {
                throw new ConflictException(ConflictException.DUPLICATE_NAME, String.join("; ", warnings)
                        + " (names must be unique among active societies here)", valid.name());
            }
            SocietyEntity entity = new SocietyEntity();
            entity.apply(valid, actor.name(), Writes.now());
            em.persist(entity);
            em.flush();
            Society created = entity.toDto();
            em.persist(new AuditEntryEntity(Writes.now(), actor.name(), "SOCIETY", created.id(), "CREATE", null, audited(created, valid)));
            return new SocietyCreated(created, warnings);
        });
    }

    @Override
    public Society get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> Access.visible(em, actor, id).toDto());
    }

    @Override
    public Society update(Actor actor, long id, long expectedVersion, SocietyDraft draft) {
        Access.mayChange(actor);
        SocietyDraft valid = SocietyValidator.validate(draft);
        return write(valid.uscc(), em -> {
            SocietyEntity entity = Access.changeable(em, actor, id, "change society " + id);
            // nobody moves a society out of their own scope (a secretary's societies are named, so theirs stay)
            Access.mayHold(actor, id, valid.regionCode(), valid.level(), "move society " + id + " to region " + valid.regionCode());
            if (entity.getVersion() != expectedVersion) {
                throw new StaleVersionException(expectedVersion, entity.getVersion());
            }
            refuseDuplicate(em, valid.uscc(), id);
            Society before = entity.toDto();
            String admitted = AdmissionGate.pass(admission, actor, id, before.groupMemberStatus(), valid.groupMemberStatus(), null,
                    LocalDate.now(BEIJING));
            entity.apply(valid, actor.name(), Writes.now());
            em.flush();
            Society after = entity.toDto();
            em.persist(new AuditEntryEntity(Writes.now(), actor.name(), "SOCIETY", id, "UPDATE", before, audited(after, valid) + admitted));
            return after;
        });
    }

    @Override
    public Society admit(Actor actor, long id, long expectedVersion, LocalDate admittedOn, String overrideReason) {
        Access.mayChange(actor);
        LocalDate today = LocalDate.now(BEIJING);
        LocalDate on = admittedOn == null ? today : admittedOn;
        return jpa.txExpr(TransactionType.Required, em -> {
            SocietyEntity entity = Access.changeable(em, actor, id, "admit society " + id);
            if (entity.getVersion() != expectedVersion) {
                throw new StaleVersionException(expectedVersion, entity.getVersion());
            }
            Society before = entity.toDto();
            if (before.groupMemberStatus() != GroupMemberStatus.APPLICANT) {
                throw new ValidationException(new FieldError("groupMemberStatus", NOT_AN_APPLICANT, "society " + id + " is "
                        + before.groupMemberStatus() + ", not an APPLICANT: only an applicant is admitted"));
            }
            List<FieldError> errors = new ArrayList<>();
            Dates.check(errors, "groupMemberAdmittedOn", on);
            if (on.isAfter(today)) {
                errors.add(new FieldError("groupMemberAdmittedOn", "IN_FUTURE", "groupMemberAdmittedOn " + on + " is after today " + today));
            }
            if (before.groupMemberAppliedOn() != null && on.isBefore(before.groupMemberAppliedOn())) {
                errors.add(new FieldError("groupMemberAdmittedOn", "INCONSISTENT", "groupMemberAdmittedOn " + on
                        + " is before groupMemberAppliedOn " + before.groupMemberAppliedOn()));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            String admitted = AdmissionGate.pass(admission, actor, id, GroupMemberStatus.APPLICANT, GroupMemberStatus.MEMBER,
                    overrideReason, today);
            entity.admit(on, actor.name(), Writes.now());
            em.flush();
            Society after = entity.toDto();
            em.persist(new AuditEntryEntity(Writes.now(), actor.name(), "SOCIETY", id, "ADMIT", before, after + admitted));
            return after;
        });
    }

    @Override
    public List<AuditEntry> history(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.visible(em, actor, id);
            return em.createQuery("SELECT a FROM AuditEntryEntity a WHERE a.entityType = 'SOCIETY' AND a.entityId = ?1"
                            + " ORDER BY a.changedAt, a.id", AuditEntryEntity.class)
                    .setParameter(1, id).getResultList().stream().map(AuditEntryEntity::toDto).toList();
        });
    }

    @Override
    public Page<Society> list(Actor actor, SocietyQuery query) {
        Access.mayRead(actor);
        SocietyValidator.validate(query);
        try {
            return SocietyPages.read(dataSource, Scope.of(actor), query, counts);
        } catch (SQLException e) {
            // e.g. an all-or-nothing import holding the table until it commits: busy, to be asked again, not a failure
            BusyException busy = BusyException.of(e);
            if (busy != null) {
                throw busy;
            }
            throw new PersistenceException("the society list could not be read", e);
        }
    }

    private interface Work<R> {
        R run(EntityManager em);
    }

    /** Runs a change in its own transaction and turns database refusals into castpb errors. */
    private <R> R write(String uscc, Work<R> work) {
        try {
            // a lost race fails in the flush, not in the commit (see Writes.flushed)
            return jpa.txExpr(TransactionType.Required, em -> Writes.flushed(em, work.run(em)));
        } catch (OptimisticLockException e) {
            throw StaleVersionException.concurrentChange();
        } catch (PersistenceException e) {
            if (Writes.isUniqueViolation(e)) {
                throw duplicate(uscc);
            }
            throw e;
        }
    }

    private static void refuseDuplicate(EntityManager em, String uscc, Long exceptId) {
        List<Long> holders = em.createQuery("SELECT s.id FROM SocietyEntity s WHERE s.uscc = ?1", Long.class)
                .setParameter(1, uscc).getResultList();
        for (Long holder : holders) {
            if (!holder.equals(exceptId)) {
                throw duplicate(uscc + " (society " + holder + ")");
            }
        }
    }

    private static ConflictException duplicate(String uscc) {
        return new ConflictException(ConflictException.DUPLICATE_USCC, "uscc " + uscc + " is already recorded", uscc);
    }

    /** The state written to the audit trail; an accepted USCC check override is recorded with its reason. */
    static String audited(Society state, SocietyDraft draft) {
        return draft.usccOverrideReason() == null ? state.toString()
                : state + " [USCC check overridden: " + draft.usccOverrideReason() + "]";
    }

    static SocietyEntity find(EntityManager em, long id) {
        SocietyEntity entity = em.find(SocietyEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("society", id);
        }
        return entity;
    }
}
