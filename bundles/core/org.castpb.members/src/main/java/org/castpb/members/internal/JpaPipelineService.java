package org.castpb.members.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.StaleVersionException;
import org.castpb.api.ValidationException;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.Masks;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.organisation.RuleWarning;
import org.castpb.api.pipeline.Acceptance;
import org.castpb.api.pipeline.Applicant;
import org.castpb.api.pipeline.Candidate;
import org.castpb.api.pipeline.CandidateQuery;
import org.castpb.api.pipeline.DevelopmentPlan;
import org.castpb.api.pipeline.DevelopmentPlanDraft;
import org.castpb.api.pipeline.PipelineRuleSet;
import org.castpb.api.pipeline.PipelineService;
import org.castpb.api.pipeline.PipelineStep;
import org.castpb.api.pipeline.PlanProgress;
import org.castpb.api.pipeline.StepDraft;
import org.castpb.api.pipeline.StepKind;
import org.castpb.api.sql.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/**
 * {@link PipelineService} on JPA, in the members' unit: each call one transaction, confined by {@link MemberScope}. A
 * step's hard errors refuse it; its warnings against the rule set in force on its day are stored with it, accepted by
 * an approver with the step or later; the step takes effect once every warning is accepted. Admission as probationary
 * member registers the person in the member registry, confirmation turns the member formal, in the same transaction.
 */
@Component(service = PipelineService.class)
public class JpaPipelineService implements PipelineService {

    static final String CANDIDATE = "CANDIDATE";
    static final String PLAN = "PLAN";

    private final JpaTemplate jpa;
    private final DataSource dataSource;
    private final MembersConfig config;

    @Activate
    public JpaPipelineService(@Reference(target = "(osgi.unit.name=castpb-members)") JpaTemplate jpa,
                              @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                              @Reference(target = "(osgi.condition.id=castpb.schema.members)") Condition schemaIsReady,
                              @Reference MembersConfig config) {
        this.jpa = jpa;
        this.dataSource = dataSource;
        this.config = config;
    }

    @Override
    public Candidate apply(Actor actor, Applicant a) {
        MemberScope.mayKeep(actor, "record applications");
        if (a == null) {
            throw new ValidationException(new FieldError("applicant", "REQUIRED", "the applicant's data is required"));
        }
        MemberDraft valid = validApplicant(a);
        return JpaMemberService.write(jpa, em -> {
            MemberScope scope = new MemberScope(em);
            scope.requireWritable(actor, valid.organisationId(), "record applications to party organisation " + valid.organisationId());
            JpaMemberService.requireActiveOrganisation(scope, valid.organisationId());
            requireNewPerson(em, valid.citizenId());
            StepDraft step = new StepDraft(StepKind.APPLY, valid.joinedOn(), null, null, null, null, null, null, null, a.acceptances());
            PipelineRuleSet rules = config.pipelineRules().at(step.on());
            PipelineRules.Progress before = new PipelineRules.Progress(null, valid.birthDate(), null, null, null, 0, 0);
            List<RuleWarning> warnings = PipelineRules.warnings(before, step, rules);
            Map<String, Acceptance> accepted = acceptances(actor, warnings, a.acceptances());
            List<RuleWarning> open = warnings.stream().filter(w -> !accepted.containsKey(w.code())).toList();
            if (!open.isEmpty()) {
                throw new ValidationException(open.stream().map(w -> new FieldError("acceptances", w.code(), w.message()
                        + " (rules " + w.ruleSetVersion() + "): an approver accepts it with a justification, or the application waits")).toList());
            }
            CandidateEntity c = new CandidateEntity(valid, actor.name(), Members.now());
            em.persist(c);
            em.flush();
            StepEntity s = record(em, c, step, null, rules, warnings, accepted, actor);
            s.done = 1;
            audit(em, CANDIDATE, c.id, actor, "APPLY", null, c.state() + "; " + s.describe() + acceptedText(accepted));
            return dto(em, c);
        });
    }

    /** The applicant as a registry draft (joined = applied), checked by the registry's rules, fields named as the applicant's. */
    private static MemberDraft validApplicant(Applicant a) {
        MemberDraft draft = new MemberDraft(a.organisationId(), a.name(), a.gender(), a.ethnicity(), a.birthDate(), a.citizenId(), a.education(),
                a.position(), a.leaderRole(), a.appliedOn(), MembershipKind.PROBATIONARY, a.phone(), Affiliation.BELONGS, null);
        try {
            return MemberRules.validate(draft, Members.today());
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(f -> "joinedOn".equals(f.field())
                    ? new FieldError("appliedOn", f.code().equals("JOINED_BEFORE_BIRTH") ? STEP_BEFORE_PREVIOUS : f.code(),
                    f.message().replace("joinedOn", "appliedOn")) : f).toList());
        }
    }

    private static void requireNewPerson(EntityManager em, String citizenId) {
        MemberScope scope = new MemberScope(em);
        if (scope.count("SELECT COUNT(*) FROM PIPELINE_CANDIDATE WHERE CITIZEN_ID = ? AND STAGE <> 'FORMAL'", citizenId) > 0) {
            throw new ValidationException(new FieldError("citizenId", ALREADY_IN_PIPELINE, Masks.citizenId(citizenId)
                    + " is already in a development pipeline"));
        }
        if (scope.count("SELECT COUNT(*) FROM MEMBER WHERE CITIZEN_ID = ? AND MEMBER_STATUS IN ('ACTIVE', 'IN_TRANSFER')", citizenId) > 0) {
            throw new ValidationException(new FieldError("citizenId", ALREADY_IN_PIPELINE, Masks.citizenId(citizenId)
                    + " is already a party member on a roll"));
        }
    }

    @Override
    public Candidate get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> dto(em, visible(em, actor, id)));
    }

    @Override
    public Page<Candidate> list(Actor actor, CandidateQuery query) {
        MemberScope.mayRead(actor);
        CandidateQuery q = query == null ? CandidateQuery.all() : query;
        if (q.offset() < 0 || q.limit() < 1 || q.limit() > CandidateQuery.MAX_LIMIT) {
            throw new ValidationException(new FieldError("limit", "INVALID", "offset must be 0 or more and limit from 1 to "
                    + CandidateQuery.MAX_LIMIT));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Object> parameters = new ArrayList<>();
            StringBuilder where = new StringBuilder(" WHERE ").append(MemberScope.condition(Scope.of(actor), "C.ORGANISATION_ID"));
            if (q.organisationId() != null) {
                where.append(" AND C.ORGANISATION_ID = ?");
                parameters.add(q.organisationId());
            }
            if (q.stage() != null) {
                where.append(" AND C.STAGE = ?");
                parameters.add(q.stage().name());
            }
            if (q.awaitingApproval()) {
                where.append(" AND C.PENDING_STEP_ID IS NOT NULL");
            }
            MemberScope scope = new MemberScope(em);
            long total = scope.count("SELECT COUNT(*) FROM PIPELINE_CANDIDATE C" + where, parameters.toArray());
            List<CandidateEntity> rows = scope.entities(CandidateEntity.class, "SELECT C.* FROM PIPELINE_CANDIDATE C" + where
                    + " ORDER BY C.NAME, C.ID OFFSET " + q.offset() + " ROWS FETCH NEXT " + q.limit() + " ROWS ONLY", parameters);
            return new Page<>(rows.stream().map(c -> dto(em, c)).toList(), total, q.offset(), q.limit());
        });
    }

    @Override
    public Candidate step(Actor actor, long id, long expectedVersion, StepDraft step) {
        MemberScope.mayKeep(actor, "take development steps");
        return JpaMemberService.write(jpa, em -> {
            CandidateEntity c = changeable(em, actor, id, expectedVersion);
            if (c.pendingStepId != null) {
                throw new ValidationException(new FieldError("kind", AWAITING_APPROVAL, "candidate " + id
                        + "'s last step waits for an approver to accept its warnings"));
            }
            List<FieldError> errors = PipelineRules.errors(c.progress(), step, Members.today());
            String note = step == null ? null : MemberRules.line(errors, "note", step.note(), MemberRules.NOTE_MAX, false);
            if (errors.isEmpty()) {
                sponsorErrors(em, errors, step.sponsorIds());
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            PipelineRuleSet rules = config.pipelineRules().at(step.on());
            List<RuleWarning> warnings = PipelineRules.warnings(c.progress(), step, rules);
            Map<String, Acceptance> accepted = acceptances(actor, warnings, step.acceptances());
            String before = c.state();
            StepEntity s = record(em, c, step, note, rules, warnings, accepted, actor);
            if (accepted.size() == warnings.size()) {
                take(em, c, s, actor);
            } else {
                c.pendingStepId = s.id;
                c.touched(actor.name(), Members.now());
            }
            audit(em, CANDIDATE, c.id, actor, s.kind.name(), before, c.state() + "; " + s.describe() + acceptedText(accepted)
                    + (c.pendingStepId == null ? "" : "; waits for acceptance of " + warnings.stream().map(RuleWarning::code)
                    .filter(code -> !accepted.containsKey(code)).toList()));
            return dto(em, c);
        });
    }

    @Override
    public Candidate acceptWarning(Actor actor, long id, long expectedVersion, String code, String justification) {
        MemberScope.mayKeep(actor, "accept development warnings");
        requireApprover(actor);
        List<FieldError> errors = new ArrayList<>();
        String why = MemberRules.line(errors, "justification", justification, MemberRules.NOTE_MAX, true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return JpaMemberService.write(jpa, em -> {
            CandidateEntity c = changeable(em, actor, id, expectedVersion);
            StepEntity s = c.pendingStepId == null ? null : em.find(StepEntity.class, c.pendingStepId);
            List<StepWarningEntity> warnings = s == null ? List.of() : warnings(em, s.id);
            StepWarningEntity w = warnings.stream().filter(x -> x.code.equals(code) && !x.accepted()).findFirst().orElse(null);
            if (w == null) {
                throw new ValidationException(new FieldError("code", WARNING_NOT_RAISED, "candidate " + id + " has no unaccepted warning " + code
                        + (s == null ? " (no step waits for an approver)" : "")));
            }
            String before = c.state();
            w.accept(why, actor.name(), Members.now());
            if (warnings.stream().allMatch(StepWarningEntity::accepted)) {
                // taken now: checked again against today (a sponsor may have left the roll since)
                List<FieldError> now = PipelineRules.errors(c.progress(), s.toDraft(), Members.today());
                sponsorErrors(em, now, s.sponsors());
                if (!now.isEmpty()) {
                    throw new ValidationException(now);
                }
                take(em, c, s, actor);
            } else {
                c.touched(actor.name(), Members.now());
            }
            audit(em, CANDIDATE, c.id, actor, "ACCEPT_WARNING", before, c.state() + "; accepted " + code + ": " + why);
            return dto(em, c);
        });
    }

    @Override
    public List<AuditEntry> history(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            visible(em, actor, id);
            return auditOf(em, CANDIDATE, id);
        });
    }

    @Override
    public List<PipelineRuleSet> ruleSets() {
        return config.pipelineRules().versions();
    }

    @Override
    public DevelopmentPlan savePlan(Actor actor, DevelopmentPlanDraft d) {
        MemberScope.mayKeep(actor, "keep development plans");
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            throw new ValidationException(new FieldError("plan", "REQUIRED", "the plan is required"));
        }
        checkYear(errors, d.year());
        if (d.targetTotal() < 0 || d.targetLeaders() < 0 || d.targetKeyProfessionals() < 0) {
            errors.add(new FieldError("targetTotal", "INVALID", "targets are 0 or more"));
        } else if (d.targetLeaders() + d.targetKeyProfessionals() > d.targetTotal()) {
            errors.add(new FieldError("targetLeaders", TARGETS_EXCEED_TOTAL, "leaders (" + d.targetLeaders() + ") and key professionals ("
                    + d.targetKeyProfessionals() + ") add up to more than the total (" + d.targetTotal() + ")"));
        }
        String note = MemberRules.line(errors, "note", d.note(), MemberRules.NOTE_MAX, false);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return JpaMemberService.write(jpa, em -> {
            MemberScope scope = new MemberScope(em);
            scope.requireWritable(actor, d.organisationId(), "plan development in party organisation " + d.organisationId());
            List<PlanEntity> found = em.createQuery("SELECT p FROM PlanEntity p WHERE p.organisationId = ?1 AND p.year = ?2", PlanEntity.class)
                    .setParameter(1, d.organisationId()).setParameter(2, d.year()).getResultList();
            PlanEntity plan = found.isEmpty() ? new PlanEntity(d.organisationId(), d.year()) : found.get(0);
            String before = found.isEmpty() ? null : plan.state();
            plan.apply(d, note, actor.name(), Members.now());
            if (found.isEmpty()) {
                em.persist(plan);
            }
            em.flush();
            audit(em, PLAN, plan.id, actor, found.isEmpty() ? "CREATE" : "UPDATE", before, plan.state());
            return plan.toDto();
        });
    }

    @Override
    public List<DevelopmentPlan> plans(Actor actor, Long organisationId, Integer year) {
        MemberScope.mayRead(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Object> parameters = new ArrayList<>();
            String where = " WHERE " + MemberScope.condition(Scope.of(actor), "P.ORGANISATION_ID");
            if (organisationId != null) {
                where += " AND P.ORGANISATION_ID = ?";
                parameters.add(organisationId);
            }
            if (year != null) {
                where += " AND P.PLAN_YEAR = ?";
                parameters.add(year);
            }
            return new MemberScope(em).entities(PlanEntity.class, "SELECT P.* FROM PIPELINE_PLAN P" + where
                    + " ORDER BY P.PLAN_YEAR DESC, P.ORGANISATION_ID", parameters).stream().map(PlanEntity::toDto).toList();
        });
    }

    @Override
    public List<PlanProgress> report(Actor actor, int year, Long organisationId) {
        MemberScope.mayRead(actor);
        List<FieldError> errors = new ArrayList<>();
        checkYear(errors, year);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // read by JDBC in one statement: nothing is changed, and through JPA the call cost about as much again as the query
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year, 12, 31));
        List<Object> parameters = new ArrayList<>(List.of(from, to, from, to, from, to, year));
        String where = " WHERE P.PLAN_YEAR = ? AND " + MemberScope.condition(Scope.of(actor), "P.ORGANISATION_ID", organisationId, parameters);
        try (Connection c = dataSource.getConnection()) {
            String developed = "C.PROBATIONARY_ON BETWEEN ? AND ?";
            String waiting = "C.STAGE IN ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_CANDIDATE')";
            String ready = "C.STAGE = 'DEVELOPMENT_CANDIDATE'";
            String sql = "SELECT P.ORGANISATION_ID, O.NAME, P.TARGET_TOTAL, P.TARGET_LEADERS, P.TARGET_KEY_PROFESSIONALS, "
                    + sums(developed) + ", " + sums(waiting) + ", " + sums(ready)
                    + " FROM PIPELINE_PLAN P JOIN PORG_ORGANISATION O ON O.ID = P.ORGANISATION_ID"
                    + " LEFT JOIN PIPELINE_CANDIDATE C ON C.ORGANISATION_ID = P.ORGANISATION_ID" + where
                    + " GROUP BY P.ORGANISATION_ID, O.NAME, P.TARGET_TOTAL, P.TARGET_LEADERS, P.TARGET_KEY_PROFESSIONALS"
                    + " ORDER BY O.NAME, P.ORGANISATION_ID";
            return Sql.on(c).list(sql, rs -> {
                // getInt reads a null sum (an organisation without candidates) as 0
                int[] n = new int[14];
                for (int i = 2; i < n.length; i++) {
                    n[i] = rs.getInt(i + 1);
                }
                return progress(rs.getLong(1), rs.getString(2), year, n);
            }, parameters.toArray());
        } catch (SQLException e) {
            throw new PersistenceException("the pipeline report could not be read", e);
        }
    }

    /** One row: targets at 2-4, developed at 5-7, in the pipeline at 8-10, development candidates at 11-13 (all, leaders, key professionals). */
    static PlanProgress progress(long organisationId, String name, int year, int[] n) {
        boolean behind = n[5] + n[11] < n[2] || n[6] + n[12] < n[3] || n[7] + n[13] < n[4];
        return new PlanProgress(organisationId, name, year, n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11], n[12], n[13], behind);
    }

    private static String sums(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END), SUM(CASE WHEN " + condition
                + " AND C.SOCIETY_POSITION = 'LEADER' THEN 1 ELSE 0 END), SUM(CASE WHEN " + condition
                + " AND C.SOCIETY_POSITION = 'KEY_PROFESSIONAL' THEN 1 ELSE 0 END)";
    }

    @Override
    public void reportCsv(Actor actor, int year, Long organisationId, OutputStream out) {
        List<PlanProgress> rows = report(actor, year, organisationId);
        StringBuilder csv = new StringBuilder("\uFEFF");
        CsvCells.record(csv, List.of("党组织编号", "党组织", "年度", "计划发展", "其中负责人", "其中业务骨干", "已发展", "已发展负责人",
                "已发展业务骨干", "在培养", "在培养负责人", "在培养业务骨干", "发展对象", "发展对象中负责人", "发展对象中业务骨干", "落后于计划"));
        for (PlanProgress p : rows) {
            CsvCells.record(csv, List.of(p.organisationId(), p.organisationName(), p.year(), p.targetTotal(), p.targetLeaders(),
                    p.targetKeyProfessionals(), p.developed(), p.leadersDeveloped(), p.keyProfessionalsDeveloped(), p.inPipeline(),
                    p.leadersInPipeline(), p.keyProfessionalsInPipeline(), p.candidates(), p.leaderCandidates(),
                    p.keyProfessionalCandidates(), p.behind() ? "是" : "否"));
        }
        try {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- inside a transaction

    /** Only approvers accept warnings: the records writers (national administrators; local administrators in their scope). */
    private static void requireApprover(Actor actor) {
        if (!actor.hasAnyRole(Actor.RECORD_WRITERS)) {
            throw new ForbiddenException(actor.name() + " may not accept development warnings (an approver: one of the roles "
                    + Actor.RECORD_WRITERS.stream().sorted().toList() + ")");
        }
    }

    /** The acceptances given with a step, by code; refused unless the actor approves and each names a raised warning with a reason. */
    private static Map<String, Acceptance> acceptances(Actor actor, List<RuleWarning> raised, List<Acceptance> given) {
        if (given == null || given.isEmpty()) {
            return Map.of();
        }
        requireApprover(actor);
        List<FieldError> errors = PipelineRules.acceptanceErrors(raised, given);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return given.stream().collect(Collectors.toMap(Acceptance::code, a -> new Acceptance(a.code(), a.justification().strip()), (x, y) -> x));
    }

    private static String acceptedText(Map<String, Acceptance> accepted) {
        return accepted.isEmpty() ? "" : "; accepted " + accepted.values().stream().map(a -> a.code() + ": " + a.justification()).toList();
    }

    private StepEntity record(EntityManager em, CandidateEntity c, StepDraft step, String note, PipelineRuleSet rules, List<RuleWarning> warnings,
                              Map<String, Acceptance> accepted, Actor actor) {
        StepEntity s = new StepEntity(c.id, step, note, rules.version(), actor.name(), Members.now());
        em.persist(s);
        em.flush();
        for (RuleWarning w : warnings) {
            StepWarningEntity stored = new StepWarningEntity(s.id, w);
            Acceptance a = accepted.get(w.code());
            if (a != null) {
                stored.accept(a.justification(), actor.name(), s.askedAt);
            }
            em.persist(stored);
        }
        return s;
    }

    /** The step takes effect: the stage moves, and the member registry learns of a probationary or formal member. */
    private static void take(EntityManager em, CandidateEntity c, StepEntity s, Actor actor) {
        s.done = 1;
        if (s.kind == StepKind.ADMIT_PROBATIONARY) {
            MemberDraft valid = MemberRules.validate(c.memberDraft(s.on), Members.today());
            MemberScope scope = new MemberScope(em);
            JpaMemberService.requireActiveOrganisation(scope, valid.organisationId());
            Members.requireSingleAffiliation(em, valid, null);
            MemberEntity member = new MemberEntity(valid, MemberStatus.ACTIVE, s.on, actor.name(), Members.now());
            em.persist(member);
            Members.history(em, member, "PIPELINE_PROBATIONARY", null, null, null, "admitted by the branch meeting of " + s.on);
            c.memberId = member.getId();
        } else if (s.kind == StepKind.CONFIRM_FORMAL && c.memberId != null) {
            MemberEntity member = em.find(MemberEntity.class, c.memberId);
            if (member == null || !member.getStatus().onRoll()) {
                throw new ValidationException(new FieldError("kind", MemberService.NOT_ON_ROLL, "member " + c.memberId
                        + " is no longer on a roll and cannot be confirmed formal"));
            }
            MemberDraft before = member.toDraft();
            Member was = member.toDto(false);
            MemberDraft d = member.toDraft();
            member.apply(new MemberDraft(d.organisationId(), d.name(), d.gender(), d.ethnicity(), d.birthDate(), d.citizenId(), d.education(),
                    d.position(), d.leaderRole(), d.joinedOn(), MembershipKind.FORMAL, d.phone(), d.affiliation(), d.relationshipHeldBy()),
                    actor.name(), Members.now());
            Members.history(em, member, "PIPELINE_FORMAL", before, was.status(), was.statusSince(), "confirmed by the branch meeting of " + s.on);
        }
        c.advance(s.kind, s.on, s.extensionMonths, actor.name(), Members.now());
    }

    /** Adds an error for each sponsor who is not a formal member on a roll. */
    private static void sponsorErrors(EntityManager em, List<FieldError> errors, List<Long> sponsorIds) {
        for (Long id : sponsorIds == null ? List.<Long>of() : sponsorIds) {
            MemberEntity m = id == null ? null : em.find(MemberEntity.class, id);
            if (m == null || m.getStatus() != MemberStatus.ACTIVE || m.toDraft().kind() != MembershipKind.FORMAL) {
                errors.add(new FieldError("sponsorIds", SPONSOR_NOT_FORMAL, "sponsor " + id + " is not a formal member on a roll of the registry"
                        + (m == null ? "" : " (" + m.toDraft().kind() + ", " + m.getStatus() + ")")));
            }
        }
    }

    private static CandidateEntity visible(EntityManager em, Actor actor, long id) {
        MemberScope.mayRead(actor);
        CandidateEntity c = em.find(CandidateEntity.class, id);
        if (c == null || !new MemberScope(em).organisation(Scope.of(actor), c.organisationId)) {
            throw new NotFoundException("candidate", id);
        }
        return c;
    }

    private static CandidateEntity changeable(EntityManager em, Actor actor, long id, long expectedVersion) {
        CandidateEntity c = visible(em, actor, id);
        new MemberScope(em).requireWritable(actor, c.organisationId, "change candidate " + id);
        if (c.version != expectedVersion) {
            throw new StaleVersionException(expectedVersion, c.version);
        }
        return c;
    }

    private static List<StepWarningEntity> warnings(EntityManager em, long stepId) {
        return em.createQuery("SELECT w FROM StepWarningEntity w WHERE w.stepId = ?1 ORDER BY w.id", StepWarningEntity.class)
                .setParameter(1, stepId).getResultList();
    }

    private Candidate dto(EntityManager em, CandidateEntity c) {
        em.flush();
        List<StepEntity> steps = em.createQuery("SELECT s FROM StepEntity s WHERE s.candidateId = ?1 ORDER BY s.id", StepEntity.class)
                .setParameter(1, c.id).getResultList();
        List<PipelineStep> dtos = new ArrayList<>();
        for (StepEntity s : steps) {
            List<StepWarningEntity> w = warnings(em, s.id);
            dtos.add(s.toDto(w.stream().map(StepWarningEntity::toDto).toList(),
                    w.stream().map(StepWarningEntity::acceptance).filter(Objects::nonNull).toList()));
        }
        LocalDate day = c.probationaryOn == null ? c.stageSince : c.probationaryOn;
        return c.toDto(dtos, config.pipelineRules().at(day));
    }

    private static void audit(EntityManager em, String subject, long id, Actor actor, String kind, String before, String after) {
        em.persist(new PipelineAuditEntity(subject, id, Members.now(), actor.name(), kind, before, after));
    }

    private static List<AuditEntry> auditOf(EntityManager em, String subject, long id) {
        return em.createQuery("SELECT a FROM PipelineAuditEntity a WHERE a.subject = ?1 AND a.subjectId = ?2 ORDER BY a.id",
                PipelineAuditEntity.class).setParameter(1, subject).setParameter(2, id).getResultList().stream()
                .map(PipelineAuditEntity::toAuditEntry).toList();
    }

    /** Refuses a year outside the accepted date range. */
    private static void checkYear(List<FieldError> errors, int year) {
        int earliest = Dates.earliest().getYear();
        int latest = Dates.latest().getYear();
        if (year < earliest || year > latest) {
            errors.add(new FieldError("year", Dates.OUT_OF_RANGE, "year must be from " + earliest + " to " + latest + ", got " + year));
        }
    }
}
