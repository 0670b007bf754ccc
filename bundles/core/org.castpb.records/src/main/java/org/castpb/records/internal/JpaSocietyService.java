package org.castpb.records.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.Society;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
import org.castpb.api.StaleVersionException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SocietyService} on JPA: each call runs in one resource-local transaction. */
@Component(service = SocietyService.class)
public class JpaSocietyService implements SocietyService {

    private static final String UNIQUE_VIOLATION = "23505";

    private final JpaTemplate jpa;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaSocietyService(@Reference(target = "(osgi.unit.name=castpb)") JpaTemplate jpa,
                             @Reference SchemaMigrator schemaIsReady) {
        this.jpa = jpa;
    }

    @Override
    public Society create(Actor actor, SocietyDraft draft) {
        mayWrite(actor);
        SocietyDraft valid = SocietyValidator.validate(draft);
        return write(valid.uscc(), em -> {
            refuseDuplicate(em, valid.uscc(), null);
            SocietyEntity entity = new SocietyEntity();
            entity.apply(valid, actor.name(), now());
            em.persist(entity);
            em.flush();
            Society created = entity.toDto();
            em.persist(new AuditEntryEntity(now(), actor.name(), "SOCIETY", created.id(), "CREATE", null, created));
            return created;
        });
    }

    @Override
    public Society get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> find(em, id).toDto());
    }

    @Override
    public Society update(Actor actor, long id, long expectedVersion, SocietyDraft draft) {
        mayWrite(actor);
        SocietyDraft valid = SocietyValidator.validate(draft);
        return write(valid.uscc(), em -> {
            SocietyEntity entity = find(em, id);
            if (entity.getVersion() != expectedVersion) {
                throw new StaleVersionException(expectedVersion, entity.getVersion());
            }
            refuseDuplicate(em, valid.uscc(), id);
            Society before = entity.toDto();
            entity.apply(valid, actor.name(), now());
            em.flush();
            Society after = entity.toDto();
            em.persist(new AuditEntryEntity(now(), actor.name(), "SOCIETY", id, "UPDATE", before, after));
            return after;
        });
    }

    @Override
    public Page<Society> list(SocietyQuery query) {
        SocietyValidator.validate(query);
        return jpa.txExpr(TransactionType.Required, em -> {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            List<Object> params = new ArrayList<>();
            if (query.level() != null) {
                params.add(query.level());
                where.append(" AND s.level = ?").append(params.size());
            }
            if (query.regionPrefix() != null) {
                params.add(query.regionPrefix() + "%");
                where.append(" AND s.regionCode LIKE ?").append(params.size());
            }
            if (query.discipline() != null) {
                params.add(query.discipline());
                where.append(" AND s.discipline = ?").append(params.size());
            }
            if (query.groupMemberStatus() != null) {
                params.add(query.groupMemberStatus());
                where.append(" AND s.groupMemberStatus = ?").append(params.size());
            }
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM SocietyEntity s" + where, Long.class);
            TypedQuery<SocietyEntity> page = em.createQuery("SELECT s FROM SocietyEntity s" + where + " ORDER BY s.id", SocietyEntity.class);
            for (int i = 0; i < params.size(); i++) {
                count.setParameter(i + 1, params.get(i));
                page.setParameter(i + 1, params.get(i));
            }
            long total = count.getSingleResult();
            List<Society> items = total <= query.offset() ? List.of()
                    : page.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList()
                            .stream().map(SocietyEntity::toDto).toList();
            return new Page<>(items, total, query.offset(), query.limit());
        });
    }

    private interface Work<R> {
        R run(EntityManager em);
    }

    /** Runs a change in its own transaction and turns database refusals into castpb errors. */
    private <R> R write(String uscc, Work<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work::run);
        } catch (OptimisticLockException e) {
            throw StaleVersionException.concurrentChange();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
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
        return new ConflictException(ConflictException.DUPLICATE_USCC, "uscc " + uscc + " is already recorded");
    }

    private static SocietyEntity find(EntityManager em, long id) {
        SocietyEntity entity = em.find(SocietyEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("society", id);
        }
        return entity;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void mayWrite(Actor actor) {
        if (actor == null || !actor.hasAnyRole(Actor.RECORD_WRITERS)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name())
                    + " may not change society records (needs one of the roles " + Actor.RECORD_WRITERS + ")");
        }
    }

    private Instant now() {
        // database TIMESTAMP columns keep microseconds at most
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
