package org.castpb.records.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.Dates;
import org.castpb.api.FieldChange;
import org.castpb.api.FieldError;
import org.castpb.api.Leader;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerComparison;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerRevision;
import org.castpb.api.LedgerService;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.SectionStatus;
import org.castpb.api.SocietyQuery;
import org.castpb.api.StaleVersionException;
import org.castpb.api.UnclearLedger;
import org.castpb.api.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/** {@link LedgerService} on JPA: revisions are appended, the newest flagged current. */
@Component(service = LedgerService.class)
public class JpaLedgerService implements LedgerService {

    /** Dates given by officials are Beijing dates. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JpaTemplate jpa;

    @Activate
    public JpaLedgerService(@Reference(target = "(osgi.unit.name=castpb)") JpaTemplate jpa,
                            @Reference(target = "(osgi.condition.id=castpb.schema.records)") Condition schemaIsReady) {
        this.jpa = jpa;
    }

    @Override
    public Ledger current(Actor actor, long societyId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.visible(em, actor, societyId);
            LedgerRevisionEntity current = current(em, societyId);
            return current == null ? empty(societyId) : current.toDto();
        });
    }

    @Override
    public Ledger asOf(Actor actor, long societyId, LocalDate date) {
        if (date == null) {
            throw new ValidationException(new FieldError("asOf", "REQUIRED", "asOf is required"));
        }
        Dates.require("asOf", date);
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.visible(em, actor, societyId);
            List<LedgerRevisionEntity> found = em.createQuery("SELECT r FROM LedgerRevisionEntity r WHERE r.societyId = ?1"
                            + " AND r.recordedAt < ?2 ORDER BY r.revision DESC", LedgerRevisionEntity.class)
                    .setParameter(1, societyId)
                    .setParameter(2, date.plusDays(1).atStartOfDay(ZONE).toInstant())
                    .setMaxResults(1).getResultList();
            return found.isEmpty() ? empty(societyId) : found.get(0).toDto();
        });
    }

    @Override
    public Ledger revision(Actor actor, long societyId, int revision) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.visible(em, actor, societyId);
            return revision == 0 ? empty(societyId) : find(em, societyId, revision).toDto();
        });
    }

    @Override
    public Ledger update(Actor actor, long societyId, int expectedRevision, LedgerDraft draft) {
        Access.mayChange(actor);
        LedgerDraft valid = LedgerRules.validate(draft);
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                Access.changeable(em, actor, societyId, "change the ledger of society " + societyId);
                LedgerRevisionEntity current = current(em, societyId);
                int currentRevision = current == null ? 0 : current.getRevision();
                if (currentRevision != expectedRevision) {
                    throw new StaleVersionException(expectedRevision, currentRevision);
                }
                LedgerRevisionEntity written = append(em, actor.name(), societyId, current, valid);
                // a lost race fails in this flush, not in the commit (see Writes.flushed)
                return Writes.flushed(em, written == null ? current.toDto() : written.toDto());
            });
        } catch (PersistenceException e) {
            if (Writes.isUniqueViolation(e)) {
                throw StaleVersionException.concurrentChange();
            }
            throw e;
        }
    }

    /**
     * Appends a revision with this content unless it equals the current one (the note aside).
     * Returns the new revision, or null when nothing changed. Used by single updates and by imports.
     */
    static LedgerRevisionEntity append(EntityManager em, String actor, long societyId, LedgerRevisionEntity current, LedgerDraft content) {
        if (current != null && sameContent(current.content(), content)) {
            return null;
        }
        if (current != null) {
            current.supersede();
        }
        LedgerRevisionEntity next = new LedgerRevisionEntity(societyId, current == null ? 1 : current.getRevision() + 1,
                content, actor, Writes.now());
        em.persist(next);
        return next;
    }

    static boolean sameContent(LedgerDraft a, LedgerDraft b) {
        return flatten(a).equals(flatten(b));
    }

    @Override
    public List<LedgerRevision> revisions(Actor actor, long societyId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.visible(em, actor, societyId);
            return em.createQuery("SELECT r FROM LedgerRevisionEntity r WHERE r.societyId = ?1 ORDER BY r.revision DESC",
                            LedgerRevisionEntity.class)
                    .setParameter(1, societyId).getResultList().stream()
                    .map(r -> new LedgerRevision(r.getRevision(), r.getRecordedAt(), r.getRecordedBy(), r.getNote(), r.isClear()))
                    .toList();
        });
    }

    @Override
    public LedgerComparison compare(Actor actor, long societyId, int fromRevision, int toRevision) {
        Ledger from = revision(actor, societyId, fromRevision);
        Ledger to = revision(actor, societyId, toRevision);
        Map<String, String> before = flatten(from.content());
        Map<String, String> after = flatten(to.content());
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.add(new FieldChange(field, before.get(field), after.get(field)));
            }
        }
        return new LedgerComparison(societyId, fromRevision, toRevision, changes);
    }

    @Override
    public Page<UnclearLedger> unclear(Actor actor, SocietyQuery query) {
        Access.mayRead(actor);
        SocietyValidator.validate(query);
        String notClear = "NOT EXISTS (SELECT r.id FROM LedgerRevisionEntity r WHERE r.societyId = s.id AND r.current = 1 AND r.clear = 1)";
        return jpa.txExpr(TransactionType.Required, em -> {
            SocietyFilter filter = new SocietyFilter(Scope.of(actor), query);
            long total = filter.bind(em.createQuery("SELECT COUNT(s) FROM SocietyEntity s" + filter.where(notClear), Long.class))
                    .getSingleResult();
            if (total <= query.offset()) {
                return new Page<>(List.of(), total, query.offset(), query.limit());
            }
            String after = filter.keyset(query); // bound from here on: the count above counts every match
            List<SocietyEntity> societies = filter.bind(em.createQuery("SELECT s FROM SocietyEntity s"
                            + filter.where(after == null ? notClear : notClear + " AND " + after) + " ORDER BY s.id", SocietyEntity.class))
                    .setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
            Map<Long, LedgerRevisionEntity> ledgers = currentOf(em, societies.stream().map(SocietyEntity::getId).toList());
            List<UnclearLedger> items = societies.stream().map(s -> {
                LedgerRevisionEntity r = ledgers.get(s.getId());
                Ledger ledger = r == null ? empty(s.getId()) : r.toDto();
                return new UnclearLedger(s.toDto(), ledger.revision(),
                        ledger.sections().stream().filter(section -> !section.clear()).toList());
            }).toList();
            return new Page<>(items, total, query.offset(), query.limit());
        });
    }

    /** The current revisions of the given societies, by society id, read-only, for reading many at a time (see {@link #readMany}). */
    static Map<Long, LedgerRevisionEntity> currentOf(EntityManager em, List<Long> societyIds) {
        if (societyIds.isEmpty()) {
            return Map.of();
        }
        return readMany(em.createQuery("SELECT r FROM LedgerRevisionEntity r WHERE r.current = 1 AND r.societyId IN :ids",
                LedgerRevisionEntity.class).setParameter("ids", societyIds));
    }

    /**
     * The current revisions of the societies whose ids lie in (after, last], read-only: Derby reads them as one range
     * of the current-revision index, where an IN list of a thousand ids is tested against every current revision.
     */
    static Map<Long, LedgerRevisionEntity> currentInRange(EntityManager em, long after, long last) {
        return readMany(em.createQuery("SELECT r FROM LedgerRevisionEntity r WHERE r.current = 1 AND r.societyId > ?1"
                + " AND r.societyId <= ?2", LedgerRevisionEntity.class).setParameter(1, after).setParameter(2, last));
    }

    /**
     * Runs a query of many revisions with their leaders joined in the same query, read-only, by society id. The leaders
     * are not batch-read: a leader's key holds its revision, and a batch built leaders of revisions not built yet, each
     * of which EclipseLink then read again by its id, with its leaders, one query each (4,000 extra queries for an
     * export of 2,000 societies, 10 times its time).
     */
    private static Map<Long, LedgerRevisionEntity> readMany(TypedQuery<LedgerRevisionEntity> query) {
        return query.setHint("eclipselink.read-only", "true").setHint("eclipselink.left-join-fetch", "r.leaders")
                .getResultList().stream()
                .collect(Collectors.toMap(LedgerRevisionEntity::getSocietyId, Function.identity(), (a, b) -> a));
    }

    static LedgerRevisionEntity current(EntityManager em, long societyId) {
        List<LedgerRevisionEntity> found = em.createQuery("SELECT r FROM LedgerRevisionEntity r WHERE r.societyId = ?1 AND r.current = 1",
                LedgerRevisionEntity.class).setParameter(1, societyId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static LedgerRevisionEntity find(EntityManager em, long societyId, int revision) {
        List<LedgerRevisionEntity> found = em.createQuery("SELECT r FROM LedgerRevisionEntity r WHERE r.societyId = ?1 AND r.revision = ?2",
                LedgerRevisionEntity.class).setParameter(1, societyId).setParameter(2, revision).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("ledger revision " + revision + " of society", societyId);
        }
        return found.get(0);
    }

    static Ledger empty(long societyId) {
        LedgerDraft nothing = LedgerDraft.empty();
        List<SectionStatus> sections = LedgerRules.status(nothing);
        return new Ledger(societyId, 0, null, null, nothing, false, sections);
    }

    /** The ledger's content as field name to text, for comparing revisions (the note is not content). */
    static Map<String, String> flatten(LedgerDraft d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("runningState", text(d.runningState()));
        m.put("lastInspectionResult", text(d.lastInspectionResult()));
        m.put("lastInspectionYear", text(d.lastInspectionYear()));
        m.put("activitiesInYear", text(d.activitiesInYear()));
        m.put("fullTimeStaff", text(d.fullTimeStaff()));
        m.put("staffPartyMembers", text(d.staffPartyMembers()));
        m.put("formalMembers", text(d.formalMembers()));
        m.put("probationaryMembers", text(d.probationaryMembers()));
        m.put("relationshipsHere", text(d.relationshipsHere()));
        m.put("relationshipsElsewhere", text(d.relationshipsElsewhere()));
        for (int i = 0; i < d.leaders().size(); i++) {
            Leader l = d.leaders().get(i);
            m.put("leaders[" + i + "]", l.name() + " " + l.role() + (l.principal() ? " principal" : "") + (l.partyMember() ? " party-member" : ""));
        }
        m.put("partyOrganisationEstablished", text(d.partyOrganisationEstablished()));
        m.put("noOrganisationReason", text(d.noOrganisationReason()));
        m.put("noOrganisationText", d.noOrganisationText());
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
