package org.castpb.organisations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.StaleVersionException;
import org.castpb.api.organisation.EstablishmentRequest;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PendingRequest;
import org.castpb.api.organisation.RequestAction;
import org.castpb.api.organisation.RequestState;
import org.castpb.api.organisation.RuleWarning;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@link EstablishmentRequestService} on JPA. The workflow's rules are {@link RequestStateMachine}'s; this
 * class loads, checks the expected version, applies a step and records it, in one transaction per call. A request is
 * in an actor's scope when a society it names is ({@link InScope}); drafting it needs every society in scope, and
 * deciding on it {@link RequestStateMachine#mayDecideFor}.
 */
@Component(service = EstablishmentRequestService.class, configurationPid = JpaEstablishmentRequestService.PID)
@Designate(ocd = JpaEstablishmentRequestService.Config.class)
public class JpaEstablishmentRequestService implements EstablishmentRequestService {

    static final String PID = "org.castpb.organisations.requests";

    @ObjectClassDefinition(name = "castpb establishment requests", description = "How establishment requests (报批) are handled.")
    public @interface Config {

        @AttributeDefinition(name = "Overdue after days", min = "1",
                description = "A submitted request waiting longer than this many days is flagged overdue in the pending queue.")
        int overdueAfterDays() default 30;
    }

    private final JpaTemplate jpa;
    private final RuleSets rules;
    private final int overdueAfterDays;
    private final LedgerSync ledgers;

    @Activate
    public JpaEstablishmentRequestService(Config config,
                                          @Reference(target = "(osgi.unit.name=castpb-organisations)") JpaTemplate jpa,
                                          @Reference RuleBook ruleBook,
                                          @Reference(target = "(osgi.condition.id=castpb.schema.organisations)") Condition schemaIsReady,
                                          @Reference LedgerSync ledgers) {
        if (config.overdueAfterDays() < 1) {
            throw new IllegalArgumentException(PID + ": overdueAfterDays must be at least 1, got " + config.overdueAfterDays());
        }
        this.jpa = jpa;
        this.rules = ruleBook.rules();
        this.overdueAfterDays = config.overdueAfterDays();
        this.ledgers = ledgers;
    }

    @Override
    public EstablishmentRequest create(Actor actor, PartyOrganisationDraft draft) {
        RequestStateMachine.mayAct(actor, RequestAction.CREATE);
        PartyOrganisationDraft valid = DraftValidator.validate(draft);
        return write(em -> {
            Organisations.requireReferences(em, valid, null);
            InScope.of(em).requireAll(actor, valid.societyIds(), "draft an establishment request for societies " + valid.societyIds());
            Instant now = Writes.now();
            RequestEntity request = new RequestEntity(valid, actor.name(), now);
            em.persist(request);
            em.flush();
            record(em, request, RequestAction.CREATE, null, actor, now, null);
            return dto(em, request);
        });
    }

    @Override
    public EstablishmentRequest get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            RequestEntity request = find(em, id);
            InScope.requireVisible(InScope.of(em).request(Scope.of(actor), id), "establishment request", id);
            return dto(em, request);
        });
    }

    @Override
    public EstablishmentRequest update(Actor actor, long id, long expectedVersion, PartyOrganisationDraft draft) {
        RequestStateMachine.mayAct(actor, RequestAction.EDIT);
        PartyOrganisationDraft valid = DraftValidator.validate(draft);
        return step(actor, id, expectedVersion, RequestAction.EDIT, null, (em, request, now) -> {
            Organisations.requireReferences(em, valid, null);
            InScope.of(em).requireAll(actor, valid.societyIds(), "make establishment request " + id + " name societies " + valid.societyIds());
            request.apply(valid);
            return null;
        });
    }

    @Override
    public EstablishmentRequest submit(Actor actor, long id, long expectedVersion, String comment) {
        RequestStateMachine.mayAct(actor, RequestAction.SUBMIT);
        String text = DraftValidator.comment("comment", comment, false);
        return step(actor, id, expectedVersion, RequestAction.SUBMIT, text, (em, request, now) -> {
            PartyOrganisationDraft valid = DraftValidator.validate(request.toDraft());
            Organisations.requireReferences(em, valid, null);
            // a new round: the draft may have changed, so the approver looks at every warning again
            warnings(em, request.getId()).forEach(em::remove);
            em.flush();
            check(request).forEach(w -> em.persist(new RequestWarningEntity(request.getId(), w)));
            request.setSubmittedAt(now);
            return text;
        });
    }

    @Override
    public EstablishmentRequest returnForChanges(Actor actor, long id, long expectedVersion, String comment) {
        return decide(actor, id, expectedVersion, RequestAction.RETURN, comment);
    }

    @Override
    public EstablishmentRequest reject(Actor actor, long id, long expectedVersion, String comment) {
        return decide(actor, id, expectedVersion, RequestAction.REJECT, comment);
    }

    private EstablishmentRequest decide(Actor actor, long id, long expectedVersion, RequestAction action, String comment) {
        RequestStateMachine.mayAct(actor, action);
        String text = DraftValidator.comment("comment", comment, RequestStateMachine.needsComment(action));
        return step(actor, id, expectedVersion, action, text, (em, request, now) -> text);
    }

    @Override
    public EstablishmentRequest acceptWarning(Actor actor, long id, long expectedVersion, String code, String justification) {
        RequestStateMachine.mayAct(actor, RequestAction.ACCEPT_WARNING);
        String why = DraftValidator.comment("justification", justification, true);
        return step(actor, id, expectedVersion, RequestAction.ACCEPT_WARNING, null, (em, request, now) -> {
            RequestWarningEntity warning = refreshWarnings(em, request).get(code);
            if (warning == null) {
                throw new ConflictException(WARNING_NOT_RAISED, "request " + id + " raises no warning " + code
                        + " (checked again today)", id, code);
            }
            warning.accept(why, actor.name(), now);
            return code + ": " + why;
        });
    }

    @Override
    public EstablishmentRequest approve(Actor actor, long id, long expectedVersion, String comment) {
        RequestStateMachine.mayAct(actor, RequestAction.APPROVE);
        String text = DraftValidator.comment("comment", comment, false);
        PartyOrganisation[] created = new PartyOrganisation[1];
        EstablishmentRequest approved = step(actor, id, expectedVersion, RequestAction.APPROVE, text, (em, request, now) -> {
            // judged by today's rules and today's date: time may have passed and the rule sets changed since submission
            Map<String, RequestWarningEntity> stored = refreshWarnings(em, request);
            Set<String> accepted = stored.values().stream().filter(RequestWarningEntity::isAccepted)
                    .map(RequestWarningEntity::getCode).collect(Collectors.toSet());
            RequestStateMachine.refuseUnaccepted(stored.values().stream().map(RequestWarningEntity::toDto).toList(), accepted);
            PartyOrganisationDraft valid = DraftValidator.validate(request.toDraft());
            Organisations.requireReferences(em, valid, null);
            created[0] = Organisations.create(em, valid, actor.name(), "CREATE", "approved establishment request " + id);
            request.setOrganisationId(created[0].id());
            return text;
        });
        ledgers.organisationChanged(created[0], "party organisation " + created[0].id() + " " + created[0].name() + " ("
                + created[0].type() + ") established, establishment request " + id + " approved by " + actor.name());
        return approved;
    }

    @Override
    public List<PendingRequest> pending(Actor actor) {
        LocalDate today = Writes.today();
        return jpa.txExpr(TransactionType.Required, em -> InScope.of(em).submittedRequests(Scope.of(actor)).stream()
                .map(id -> em.find(RequestEntity.class, id)).map(r -> {
                    PartyOrganisationDraft d = r.toDraft();
                    long age = RequestStateMachine.ageDays(r.getSubmittedAt(), today);
                    return new PendingRequest(r.getId(), d.name(), d.type(), d.societyIds(), r.getSubmittedAt(), age,
                            RequestStateMachine.overdue(age, overdueAfterDays), r.getVersion());
                }).toList());
    }

    private List<RuleWarning> check(RequestEntity request) {
        return OrganisationRules.check(rules, DraftValidator.validate(request.toDraft()), true, Writes.today());
    }

    /**
     * The request's warnings checked again today, stored: a warning no longer raised is dropped, a new one
     * added unaccepted, one still raised keeps its acceptance. By code.
     */
    private Map<String, RequestWarningEntity> refreshWarnings(EntityManager em, RequestEntity request) {
        Map<String, RuleWarning> fresh = new LinkedHashMap<>();
        check(request).forEach(w -> fresh.put(w.code(), w));
        Map<String, RequestWarningEntity> stored = new LinkedHashMap<>();
        for (RequestWarningEntity w : warnings(em, request.getId())) {
            RuleWarning now = fresh.get(w.getCode());
            if (now == null) {
                em.remove(w);
            } else {
                w.refresh(now);
                stored.put(w.getCode(), w);
            }
        }
        for (RuleWarning w : fresh.values()) {
            if (!stored.containsKey(w.code())) {
                RequestWarningEntity added = new RequestWarningEntity(request.getId(), w);
                em.persist(added);
                stored.put(w.code(), added);
            }
        }
        return stored;
    }

    private static List<RequestWarningEntity> warnings(EntityManager em, long requestId) {
        return em.createQuery("SELECT w FROM RequestWarningEntity w WHERE w.requestId = ?1 ORDER BY w.id", RequestWarningEntity.class)
                .setParameter(1, requestId).getResultList();
    }

    private interface Change {
        /** Applies the step's own work and returns the comment to record. */
        String apply(EntityManager em, RequestEntity request, Instant now);
    }

    /** Loads the request, checks its version and the transition, applies the change and records the step. */
    private EstablishmentRequest step(Actor actor, long id, long expectedVersion, RequestAction action, String comment, Change change) {
        return write(em -> {
            RequestEntity request = find(em, id);
            inScope(em, actor, action, request);
            if (request.getVersion() != expectedVersion) {
                throw new StaleVersionException(expectedVersion, request.getVersion());
            }
            RequestState from = request.getState();
            RequestState to = RequestStateMachine.next(from, action);
            Instant now = Writes.now();
            String recorded = change.apply(em, request, now);
            request.setState(to);
            request.touch(actor.name(), now);
            record(em, request, action, from, actor, now, recorded != null ? recorded : comment);
            em.flush();
            return dto(em, request);
        });
    }

    /** Refuses a step on a request naming a society outside the actor's scope, or a decision the actor may not take. */
    private static void inScope(EntityManager em, Actor actor, RequestAction action, RequestEntity request) {
        InScope scope = InScope.of(em);
        List<Long> societies = request.toDraft().societyIds();
        String what = action.name().toLowerCase().replace('_', ' ') + " establishment request " + request.getId();
        if (RequestStateMachine.decides(action)) {
            RequestStateMachine.mayDecideFor(actor, what, scope.all(actor.scope(), societies), scope.anyNational(societies));
        } else {
            scope.requireAll(actor, societies, what);
        }
    }

    private static void record(EntityManager em, RequestEntity request, RequestAction action, RequestState from, Actor actor,
                               Instant now, String comment) {
        em.persist(new RequestTransitionEntity(request.getId(), action, from, request.getState(), actor.name(), now, comment));
    }

    private static RequestEntity find(EntityManager em, long id) {
        RequestEntity request = em.find(RequestEntity.class, id);
        if (request == null) {
            throw new NotFoundException("establishment request", id);
        }
        return request;
    }

    private static EstablishmentRequest dto(EntityManager em, RequestEntity r) {
        List<RequestWarningEntity> warnings = warnings(em, r.getId());
        return new EstablishmentRequest(r.getId(), r.toDraft(), r.getState(),
                warnings.stream().map(RequestWarningEntity::toDto).toList(),
                warnings.stream().map(RequestWarningEntity::acceptance).filter(Objects::nonNull).toList(),
                em.createQuery("SELECT t FROM RequestTransitionEntity t WHERE t.requestId = ?1 ORDER BY t.occurredAt, t.id",
                        RequestTransitionEntity.class).setParameter(1, r.getId()).getResultList().stream()
                        .map(RequestTransitionEntity::toDto).toList(),
                r.getOrganisationId(), r.getSubmittedAt(), r.getVersion());
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
        } catch (PersistenceException e) {
            if (Writes.isUniqueViolation(e)) {
                throw StaleVersionException.concurrentChange();
            }
            throw e;
        }
    }
}
