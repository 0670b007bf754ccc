package org.castpb.organisations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.StaleVersionException;
import org.castpb.api.ValidationException;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.LiaisonDraft;
import org.castpb.api.organisation.LiaisonService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/** {@link LiaisonService} on JPA; every change is audited in the same transaction. An assignment is in scope when its society is. */
@Component(service = LiaisonService.class)
public class JpaLiaisonService implements LiaisonService {

    private static final String AUDITED = "LIAISON";
    private static final String ORDER = " ORDER BY l.fromDate DESC, l.id DESC";

    private final JpaTemplate jpa;

    @Activate
    public JpaLiaisonService(@Reference(target = "(osgi.unit.name=castpb-organisations)") JpaTemplate jpa,
                             @Reference(target = "(osgi.condition.id=castpb.schema.organisations)") Condition schemaIsReady) {
        this.jpa = jpa;
    }

    @Override
    public LiaisonAssignment assign(Actor actor, LiaisonDraft draft) {
        Writes.mayWrite(actor, Actor.RECORD_WRITERS, "dispatch liaison officers or instructors");
        LiaisonDraft valid = DraftValidator.validate(draft);
        return write(em -> {
            requireSociety(em, valid.societyId());
            InScope.of(em).requireAll(actor, List.of(valid.societyId()), "dispatch liaisons to society " + valid.societyId());
            Instant now = Writes.now();
            LiaisonEntity entity = new LiaisonEntity(valid, actor.name(), now);
            em.persist(entity);
            em.flush();
            LiaisonAssignment created = entity.toDto();
            em.persist(new AuditEntity(now, actor.name(), AUDITED, created.id(), "CREATE", null, created));
            return created;
        });
    }

    @Override
    public LiaisonAssignment get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            LiaisonEntity entity = find(em, id);
            InScope.requireVisible(InScope.of(em).all(Scope.of(actor), List.of(entity.toDto().societyId())), "liaison assignment", id);
            return entity.toDto();
        });
    }

    @Override
    public LiaisonAssignment update(Actor actor, long id, long expectedVersion, LiaisonDraft draft) {
        Writes.mayWrite(actor, Actor.RECORD_WRITERS, "change liaison assignments");
        LiaisonDraft valid = DraftValidator.validate(draft);
        return write(em -> {
            LiaisonEntity entity = find(em, id);
            if (entity.getVersion() != expectedVersion) {
                throw new StaleVersionException(expectedVersion, entity.getVersion());
            }
            requireSociety(em, valid.societyId());
            InScope.of(em).requireAll(actor, List.of(entity.toDto().societyId(), valid.societyId()), "change liaison assignment " + id);
            LiaisonAssignment before = entity.toDto();
            Instant now = Writes.now();
            entity.apply(valid, actor.name(), now);
            em.flush();
            LiaisonAssignment after = entity.toDto();
            em.persist(new AuditEntity(now, actor.name(), AUDITED, id, "UPDATE", before, after));
            return after;
        });
    }

    @Override
    public List<LiaisonAssignment> bySociety(Actor actor, long societyId) {
        return jpa.txExpr(TransactionType.Required, em -> !InScope.of(em).all(Scope.of(actor), List.of(societyId)) ? List.<LiaisonAssignment>of()
                : em.createQuery("SELECT l FROM LiaisonEntity l WHERE l.societyId = ?1" + ORDER,
                LiaisonEntity.class).setParameter(1, societyId).getResultList().stream().map(LiaisonEntity::toDto).toList());
    }

    @Override
    public List<LiaisonAssignment> bySociety(Actor actor, long societyId, LocalDate date) {
        Dates.require("date", date);
        return jpa.txExpr(TransactionType.Required, em -> !InScope.of(em).all(Scope.of(actor), List.of(societyId)) ? List.<LiaisonAssignment>of()
                : em.createQuery("SELECT l FROM LiaisonEntity l WHERE l.societyId = ?1"
                        + " AND l.fromDate <= ?2 AND (l.toDate IS NULL OR l.toDate >= ?2)" + ORDER, LiaisonEntity.class)
                .setParameter(1, societyId).setParameter(2, date).getResultList().stream().map(LiaisonEntity::toDto).toList());
    }

    private static void requireSociety(EntityManager em, long societyId) {
        if (!Organisations.societyExists(em, societyId)) {
            throw new ValidationException(new FieldError("societyId", "UNKNOWN_SOCIETY", "no society with id " + societyId));
        }
    }

    private static LiaisonEntity find(EntityManager em, long id) {
        LiaisonEntity entity = em.find(LiaisonEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("liaison assignment", id);
        }
        return entity;
    }

    private interface Work<R> {
        R run(EntityManager em);
    }

    private <R> R write(Work<R> work) {
        try {
            // a lost race fails in the flush, not in the commit (see Writes.flushed)
            return jpa.txExpr(TransactionType.Required, em -> Writes.flushed(em, work.run(em)));
        } catch (OptimisticLockException e) {
            throw StaleVersionException.concurrentChange();
        }
    }
}
