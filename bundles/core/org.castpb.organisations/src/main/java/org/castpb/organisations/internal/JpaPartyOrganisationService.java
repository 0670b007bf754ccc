package org.castpb.organisations.internal;

import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.Dates;
import org.castpb.api.AuditEntry;
import org.castpb.api.ConflictException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.StaleVersionException;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.organisation.RuleSet;
import org.castpb.api.organisation.RuleWarning;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/**
 * {@link PartyOrganisationService} on JPA: each call runs in one resource-local transaction. Every read and write
 * is confined to the actor's scope by {@link InScope}.
 */
@Component(service = PartyOrganisationService.class)
public class JpaPartyOrganisationService implements PartyOrganisationService {

    private final JpaTemplate jpa;
    private final RuleSets rules;
    private final LedgerSync ledgers;

    @Activate
    public JpaPartyOrganisationService(@Reference(target = "(osgi.unit.name=castpb-organisations)") JpaTemplate jpa,
                                       @Reference RuleBook ruleBook,
                                       @Reference(target = "(osgi.condition.id=castpb.schema.organisations)") Condition schemaIsReady,
                                       @Reference LedgerSync ledgers) {
        this.jpa = jpa;
        this.rules = ruleBook.rules();
        this.ledgers = ledgers;
    }

    @Override
    public PartyOrganisation create(Actor actor, PartyOrganisationDraft draft) {
        // recording an organisation directly bypasses the establishment request, so only deciders may
        Writes.mayWrite(actor, RequestStateMachine.DECIDERS, "record a party organisation");
        PartyOrganisationDraft valid = DraftValidator.validate(draft);
        PartyOrganisation created = write(em -> {
            Organisations.requireReferences(em, valid, null);
            InScope scope = InScope.of(em);
            RequestStateMachine.mayDecideFor(actor, "record a party organisation of societies " + valid.societyIds(),
                    scope.all(actor.scope(), valid.societyIds()), scope.anyNational(valid.societyIds()));
            return Organisations.create(em, valid, actor.name(), "CREATE", null);
        });
        ledgers.organisationChanged(created, "party organisation " + created.id() + " " + created.name() + " ("
                + created.type() + ") recorded by " + actor.name());
        return created;
    }

    @Override
    public PartyOrganisation get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> Organisations.dto(em, visible(em, actor, id)));
    }

    @Override
    public PartyOrganisation asOf(Actor actor, long id, LocalDate date) {
        Dates.require("asOf", date);
        return jpa.txExpr(TransactionType.Required, em -> {
            visible(em, actor, id);
            return asOf(em, id, date);
        });
    }

    /** The organisation if the actor's scope reaches a society it covers now; otherwise it does not exist for the actor. */
    private static OrganisationEntity visible(EntityManager em, Actor actor, long id) {
        OrganisationEntity entity = Organisations.find(em, id);
        InScope.requireVisible(InScope.of(em).organisation(Scope.of(actor), id), "party organisation", id);
        return entity;
    }

    private static PartyOrganisation asOf(EntityManager em, long id, LocalDate date) {
        Organisations.find(em, id);
        List<OrganisationHistoryEntity> found = em.createQuery("SELECT h FROM OrganisationHistoryEntity h WHERE h.organisationId = ?1"
                        + " AND h.changedAt < ?2 ORDER BY h.revision DESC", OrganisationHistoryEntity.class)
                .setParameter(1, id).setParameter(2, Writes.endOf(date)).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("party organisation recorded by the end of " + date + ",", id);
        }
        return found.get(0).toDto();
    }

    @Override
    public PartyOrganisation update(Actor actor, long id, long expectedVersion, PartyOrganisationDraft draft) {
        Writes.mayWrite(actor, Actor.RECORD_WRITERS, "change a party organisation");
        PartyOrganisationDraft valid = DraftValidator.validate(draft);
        return write(em -> {
            OrganisationEntity entity = changeable(em, actor, id, expectedVersion);
            Organisations.requireReferences(em, valid, id);
            InScope.of(em).requireAll(actor, valid.societyIds(), "make party organisation " + id + " cover societies " + valid.societyIds());
            PartyOrganisation before = Organisations.dto(em, entity);
            Organisations.syncSocieties(em, id, valid.societyIds(), before.establishedOn(), valid.establishedOn(), Writes.today());
            entity.change(OrganisationState.of(valid), actor.name(), Writes.now());
            return audit(em, entity, before, "UPDATE", null);
        });
    }

    @Override
    public PartyOrganisation dissolve(Actor actor, long id, long expectedVersion, LocalDate dissolvedOn, String reason) {
        Writes.mayWrite(actor, Actor.RECORD_WRITERS, "dissolve a party organisation");
        String why = DraftValidator.comment("reason", reason, true);
        PartyOrganisation dissolved = write(em -> {
            OrganisationEntity entity = changeable(em, actor, id, expectedVersion);
            DraftValidator.dissolution(dissolvedOn, entity.getState().establishedOn());
            PartyOrganisation before = Organisations.dto(em, entity);
            // coverage rows stay: "covered on a date" compares the date with DISSOLVED_ON
            entity.change(entity.getState().dissolved(dissolvedOn), actor.name(), Writes.now());
            return audit(em, entity, before, "DISSOLVE", why);
        });
        ledgers.organisationChanged(dissolved, "party organisation " + id + " " + dissolved.name() + " dissolved on "
                + dissolved.dissolvedOn() + " by " + actor.name() + ": " + why);
        return dissolved;
    }

    /** The organisation to change: every society it covers now must lie in the actor's scope. */
    private static OrganisationEntity changeable(EntityManager em, Actor actor, long id, long expectedVersion) {
        OrganisationEntity entity = Organisations.find(em, id);
        InScope.of(em).requireAll(actor, Organisations.societiesOf(em, id), "change party organisation " + id);
        if (entity.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, entity.getVersion());
        }
        if (entity.getState().status() == OrganisationStatus.DISSOLVED) {
            throw new ConflictException(ALREADY_DISSOLVED, "party organisation " + id + " was dissolved on "
                    + entity.getState().dissolvedOn() + " and can no longer be changed", id, entity.getState().dissolvedOn());
        }
        return entity;
    }

    private static PartyOrganisation audit(EntityManager em, OrganisationEntity entity, PartyOrganisation before, String kind, String note) {
        em.flush();
        List<Long> societies = Organisations.societiesOf(em, entity.getId());
        PartyOrganisation after = entity.toDto(societies);
        String[] diff = Organisations.diff(Organisations.flatten(before), Organisations.flatten(after));
        em.persist(new OrganisationHistoryEntity(entity, societies, kind, diff[0], note == null ? diff[1] : diff[1] + " [" + note + "]"));
        return after;
    }

    @Override
    public List<AuditEntry> history(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            visible(em, actor, id);
            return em.createQuery("SELECT h FROM OrganisationHistoryEntity h WHERE h.organisationId = ?1 ORDER BY h.revision",
                    OrganisationHistoryEntity.class).setParameter(1, id).getResultList().stream()
                    .map(OrganisationHistoryEntity::toAuditEntry).toList();
        });
    }

    @Override
    public List<PartyOrganisation> bySociety(Actor actor, long societyId) {
        return jpa.txExpr(TransactionType.Required, em -> InScope.of(em).all(Scope.of(actor), List.of(societyId))
                ? Organisations.ofSociety(em, societyId) : List.<PartyOrganisation>of());
    }

    @Override
    public List<PartyOrganisation> children(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            visible(em, actor, id);
            return InScope.of(em).children(Scope.of(actor), id).stream()
                    .map(child -> Organisations.dto(em, Organisations.find(em, child))).toList();
        });
    }

    /** One query: the coverage rows running on the day, of organisations not dissolved by then, of societies in scope. */
    @Override
    public List<Long> coveredSocieties(Actor actor, LocalDate date) {
        Dates.require("date", date);
        Scope scope = Scope.of(actor);
        if (!scope.all()) {
            return jpa.txExpr(TransactionType.Required, em -> InScope.of(em).coveredSocieties(scope, date));
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT DISTINCT s.societyId FROM OrganisationSocietyEntity s,"
                        + " OrganisationEntity o WHERE o.id = s.organisationId AND s.fromDate <= ?1 AND (s.toDate IS NULL OR s.toDate >= ?1)"
                        + " AND (o.state.dissolvedOn IS NULL OR o.state.dissolvedOn > ?1) ORDER BY s.societyId", Long.class)
                .setParameter(1, date).getResultList());
    }

    /**
     * Judges the state recorded by the end of {@code asOf}. An organisation recorded after it was established
     * (one that existed before the platform) is judged by its first recorded state for the days in between.
     */
    @Override
    public List<RuleWarning> check(Actor actor, long id, LocalDate asOf) {
        Dates.require("asOf", asOf);
        PartyOrganisation then = jpa.txExpr(TransactionType.Required, em -> {
            visible(em, actor, id);
            try {
                return asOf(em, id, asOf);
            } catch (NotFoundException e) {
                List<OrganisationHistoryEntity> first = em.createQuery("SELECT h FROM OrganisationHistoryEntity h"
                                + " WHERE h.organisationId = ?1 ORDER BY h.revision", OrganisationHistoryEntity.class)
                        .setParameter(1, id).setMaxResults(1).getResultList();
                if (first.isEmpty() || first.get(0).toDto().establishedOn().isAfter(asOf)) {
                    throw e;
                }
                return first.get(0).toDto();
            }
        });
        boolean active = then.dissolvedOn() == null || then.dissolvedOn().isAfter(asOf);
        return OrganisationRules.check(rules, DraftValidator.validate(draftOf(then)), active, asOf);
    }

    @Override
    public List<RuleWarning> check(PartyOrganisationDraft draft, LocalDate asOf) {
        Dates.require("asOf", asOf);
        return OrganisationRules.check(rules, DraftValidator.validate(draft), true, asOf == null ? Writes.today() : asOf);
    }

    @Override
    public List<RuleSet> ruleSets() {
        return rules.versions();
    }

    static PartyOrganisationDraft draftOf(PartyOrganisation o) {
        return new PartyOrganisationDraft(o.name(), o.type(), o.parentId(), o.societyIds(), o.secretary(), o.formalMembers(),
                o.probationaryMembers(), o.committeeSize(), o.establishedOn(), o.termStartsOn(), o.termEndsOn(), o.note());
    }

    private interface Work<R> {
        R run(EntityManager em);
    }

    /** Runs a change in its own transaction and turns a concurrent change into a version conflict. */
    private <R> R write(Work<R> work) {
        try {
            // a lost race fails in the flush, not in the commit (see Writes.flushed)
            return jpa.txExpr(TransactionType.Required, em -> Writes.flushed(em, work.run(em)));
        } catch (OptimisticLockException e) {
            throw StaleVersionException.concurrentChange();
        } catch (PersistenceException e) {
            if (Writes.isUniqueViolation(e)) {
                throw StaleVersionException.concurrentChange();
            }
            throw e;
        }
    }
}
