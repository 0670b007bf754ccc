package org.castpb.members.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.Transfer;
import org.castpb.api.members.TransferService;
import org.castpb.api.members.TransferStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/**
 * {@link TransferService} on JPA. A transfer is in scope when either side's organisation is; the origin asks, the
 * receiving side confirms (the origin, when the other side is an outside unit that cannot answer in castpb).
 */
@Component(service = TransferService.class)
public class JpaTransferService implements TransferService {

    private final JpaTemplate jpa;
    private final MembersConfig config;

    @Activate
    public JpaTransferService(@Reference(target = "(osgi.unit.name=castpb-members)") JpaTemplate jpa,
                              @Reference(target = "(osgi.condition.id=castpb.schema.members)") Condition schemaIsReady, @Reference MembersConfig config) {
        this.jpa = jpa;
        this.config = config;
    }

    @Override
    public int overdueDays() {
        return config.overdueDays();
    }

    @Override
    public Transfer transferOut(Actor actor, long memberId, Long toOrganisationId, String toUnit, LocalDate on, String note) {
        MemberScope.mayKeep(actor, "transfer members");
        List<FieldError> errors = new ArrayList<>();
        String unit = MemberRules.line(errors, "toUnit", toUnit, MemberRules.UNIT_MAX, false);
        if ((toOrganisationId == null) == (unit == null)) {
            errors.add(new FieldError("toOrganisationId", INVALID_DESTINATION,
                    "name exactly one of toOrganisationId (an organisation in castpb) and toUnit (an outside unit, in words)"));
        }
        LocalDate day = on == null ? Members.today() : on;
        Dates.check(errors, "on", day);
        String why = MemberRules.note(note);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return JpaMemberService.write(jpa, em -> {
            MemberEntity member = Members.visible(em, actor, memberId);
            MemberScope scope = new MemberScope(em);
            scope.requireWritable(actor, member.getOrganisationId(), "transfer member " + memberId + " out");
            if (member.getStatus() == MemberStatus.IN_TRANSFER) {
                throw new ValidationException(new FieldError("memberId", ALREADY_IN_TRANSFER, "member " + memberId
                        + " is already in transfer (" + pendingOf(em, memberId) + "): it is confirmed or withdrawn first"));
            }
            if (!member.getStatus().onRoll()) {
                throw new ValidationException(new FieldError("memberId", JpaMemberService.NOT_ON_ROLL, "member " + memberId
                        + " left the roll (" + member.getStatus() + ")"));
            }
            checkDate(day, member.getJoinedOn());
            if (toOrganisationId != null) {
                if (toOrganisationId == member.getOrganisationId()) {
                    throw new ValidationException(new FieldError("toOrganisationId", INVALID_DESTINATION,
                            "member " + memberId + " is already on the roll of party organisation " + toOrganisationId));
                }
                if (scope.organisationStatus(toOrganisationId) == null) {
                    throw new ValidationException(new FieldError("toOrganisationId", INVALID_DESTINATION,
                            "no party organisation with id " + toOrganisationId));
                }
                JpaMemberService.requireActiveOrganisation(scope, toOrganisationId);
            }
            TransferEntity transfer = new TransferEntity(memberId, member.getOrganisationId(), null, toOrganisationId, unit, day, why, actor.name());
            em.persist(transfer);
            MemberDraft before = member.toDraft();
            LocalDate sinceBefore = member.toDto(false).statusSince();
            member.setStatus(MemberStatus.IN_TRANSFER, day, actor.name(), Members.now());
            Members.history(em, member, "TRANSFER_OUT", before, MemberStatus.ACTIVE, sinceBefore, "to "
                    + (toOrganisationId != null ? "party organisation " + toOrganisationId : unit));
            em.flush();
            return transfer.toDto(member.getName(), Members.today(), config.overdueDays());
        });
    }

    @Override
    public Transfer transferIn(Actor actor, MemberDraft draft, String fromUnit, LocalDate on, String note) {
        MemberScope.mayKeep(actor, "transfer members in");
        MemberDraft valid = MemberRules.validate(draft, Members.today());
        List<FieldError> errors = new ArrayList<>();
        String unit = MemberRules.line(errors, "fromUnit", fromUnit, MemberRules.UNIT_MAX, true);
        LocalDate day = on == null ? Members.today() : on;
        Dates.check(errors, "on", day);
        String why = MemberRules.note(note);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        checkDate(day, valid.joinedOn());
        return JpaMemberService.write(jpa, em -> {
            MemberScope scope = new MemberScope(em);
            scope.requireWritable(actor, valid.organisationId(), "transfer members into party organisation " + valid.organisationId());
            JpaMemberService.requireActiveOrganisation(scope, valid.organisationId());
            Members.requireSingleAffiliation(em, valid, null);
            MemberEntity member = new MemberEntity(valid, MemberStatus.IN_TRANSFER, day, actor.name(), Members.now());
            em.persist(member);
            Members.history(em, member, "TRANSFER_IN", null, null, null, "from " + unit);
            TransferEntity transfer = new TransferEntity(member.getId(), null, unit, valid.organisationId(), null, day, why, actor.name());
            em.persist(transfer);
            em.flush();
            return transfer.toDto(member.getName(), Members.today(), config.overdueDays());
        });
    }

    private static void checkDate(LocalDate day, LocalDate joinedOn) {
        if (day.isAfter(Members.today()) || day.isBefore(joinedOn)) {
            throw new ValidationException(new FieldError("on", INVALID_TRANSFER_DATE, "a transfer is dated from the day the member joined ("
                    + joinedOn + ") to today (" + Members.today() + "), got " + day));
        }
    }

    @Override
    public Transfer confirm(Actor actor, long transferId, LocalDate on) {
        MemberScope.mayKeep(actor, "confirm transfers");
        LocalDate day = Dates.require("on", on == null ? Members.today() : on);
        return JpaMemberService.write(jpa, em -> {
            TransferEntity transfer = visible(em, actor, transferId);
            if (transfer.getStatus() != TransferStatus.PENDING) {
                throw new ValidationException(new FieldError("transferId", NOT_PENDING, "transfer " + transferId + " is " + transfer.getStatus()));
            }
            // the receiving side confirms; an outside unit cannot, so the origin records its receipt
            long receiver = transfer.getToOrganisationId() != null ? transfer.getToOrganisationId() : transfer.getFromOrganisationId();
            MemberScope scope = new MemberScope(em);
            if (!scope.organisation(Scope.of(actor), receiver)) {
                throw ForbiddenException.outOfScope(actor, "confirm transfer " + transferId + " (the receiving party organisation "
                        + receiver + " confirms it)");
            }
            if (day.isBefore(transfer.getRequestedOn()) || day.isAfter(Members.today())) {
                throw new ValidationException(new FieldError("on", INVALID_TRANSFER_DATE, "a transfer is confirmed from the day it was asked ("
                        + transfer.getRequestedOn() + ") to today, got " + day));
            }
            MemberEntity member = em.find(MemberEntity.class, transfer.getMemberId());
            MemberDraft before = member.toDraft();
            String kind;
            if (transfer.getFromOrganisationId() == null) {
                member.setStatus(MemberStatus.ACTIVE, day, actor.name(), Members.now());
                kind = "TRANSFER_IN_CONFIRMED";
            } else if (transfer.getToOrganisationId() == null) {
                member.setStatus(MemberStatus.TRANSFERRED_OUT, day, actor.name(), Members.now());
                kind = "TRANSFER_OUT_CONFIRMED";
            } else {
                MemberDraft moved = new MemberDraft(transfer.getToOrganisationId(), before.name(), before.gender(), before.ethnicity(),
                        before.birthDate(), before.citizenId(), before.education(), before.position(), before.leaderRole(), before.joinedOn(),
                        before.kind(), before.phone(), before.affiliation(), before.relationshipHeldBy());
                Members.requireSingleAffiliation(em, moved, member.getId());
                member.apply(moved, actor.name(), Members.now());
                member.setStatus(MemberStatus.ACTIVE, day, actor.name(), Members.now());
                kind = "TRANSFER_CONFIRMED";
            }
            transfer.confirm(day, actor.name());
            Members.history(em, member, kind, before, MemberStatus.IN_TRANSFER, transfer.getRequestedOn(), "transfer " + transferId);
            em.flush();
            return transfer.toDto(member.getName(), Members.today(), config.overdueDays());
        });
    }

    @Override
    public Transfer cancel(Actor actor, long transferId, String reason) {
        MemberScope.mayKeep(actor, "withdraw transfers");
        List<FieldError> errors = new ArrayList<>();
        String why = MemberRules.line(errors, "reason", reason, MemberRules.NOTE_MAX, true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return JpaMemberService.write(jpa, em -> {
            TransferEntity transfer = visible(em, actor, transferId);
            if (transfer.getStatus() != TransferStatus.PENDING) {
                throw new ValidationException(new FieldError("transferId", NOT_PENDING, "transfer " + transferId + " is " + transfer.getStatus()));
            }
            boolean outgoing = transfer.getFromOrganisationId() != null;
            long asker = outgoing ? transfer.getFromOrganisationId() : transfer.getToOrganisationId();
            if (!new MemberScope(em).organisation(Scope.of(actor), asker)) {
                throw ForbiddenException.outOfScope(actor, "withdraw transfer " + transferId + " (party organisation " + asker
                        + ", which asked it, withdraws it)");
            }
            MemberEntity member = em.find(MemberEntity.class, transfer.getMemberId());
            MemberDraft before = member.toDraft();
            LocalDate today = Members.today();
            member.setStatus(outgoing ? MemberStatus.ACTIVE : MemberStatus.TRANSFERRED_OUT, today, actor.name(), Members.now());
            transfer.cancel(today, actor.name());
            Members.history(em, member, "TRANSFER_WITHDRAWN", before, MemberStatus.IN_TRANSFER, transfer.getRequestedOn(),
                    "transfer " + transferId + ": " + why);
            em.flush();
            return transfer.toDto(member.getName(), today, config.overdueDays());
        });
    }

    @Override
    public Transfer get(Actor actor, long transferId) {
        return jpa.txExpr(TransactionType.Required, em -> dto(em, visible(em, actor, transferId)));
    }

    @Override
    public List<Transfer> list(Actor actor, Long organisationId, boolean overdueOnly) {
        MemberScope.mayRead(actor);
        Scope scope = Scope.of(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Object> parameters = new ArrayList<>();
            String sql = listSql(scope, organisationId, overdueOnly, Date.valueOf(Members.today().minusDays(config.overdueDays())), parameters);
            LocalDate today = Members.today();
            List<Transfer> transfers = new ArrayList<>();
            for (Object row : new MemberScope(em).rows(sql, parameters.toArray())) {
                Object[] r = (Object[]) row;
                transfers.add(TransferEntity.of(r).toDto((String) r[TransferEntity.COLUMN_COUNT], today, config.overdueDays()));
            }
            return List.copyOf(transfers);
        });
    }

    /**
     * The statement of {@link #list}: transfers with either side in the scope, of one organisation or all, overdue
     * (pending and asked before {@code before}) or every one, with the member's name after {@link TransferEntity#COLUMNS};
     * its parameters added to {@code parameters} in order.
     */
    static String listSql(Scope scope, Long organisationId, boolean overdueOnly, Date before, List<Object> parameters) {
        // the member's name joined in: one statement, no entities to build or to check at commit (the queue holds thousands)
        String select = "SELECT " + TransferEntity.COLUMNS + ", M.NAME FROM MEMBER_TRANSFER T LEFT JOIN MEMBER M ON M.ID = T.MEMBER_ID"
                + " WHERE (" + MemberScope.condition(scope, "T.FROM_ORGANISATION_ID") + " OR "
                + MemberScope.condition(scope, "T.TO_ORGANISATION_ID") + ")";
        StringBuilder sql = new StringBuilder(select);
        if (organisationId != null) {
            // an OR of the two sides, one pass over the rows: a UNION of the two sides, even with an index per side
            // (organisation, status, day asked), was planned by Derby on the overdue queue's index and read it twice
            sql.append(" AND (T.FROM_ORGANISATION_ID = ? OR T.TO_ORGANISATION_ID = ?)");
            parameters.add(organisationId);
            parameters.add(organisationId);
        }
        if (overdueOnly) {
            sql.append(" AND T.TRANSFER_STATUS = 'PENDING' AND T.REQUESTED_ON < ? ORDER BY T.REQUESTED_ON, T.ID");
            parameters.add(before);
        } else {
            sql.append(" ORDER BY T.REQUESTED_ON DESC, T.ID DESC");
        }
        return sql.toString();
    }

    /** The transfer if either side is in the actor's scope; otherwise not found. */
    private static TransferEntity visible(EntityManager em, Actor actor, long transferId) {
        MemberScope.mayRead(actor);
        TransferEntity transfer = em.find(TransferEntity.class, transferId);
        MemberScope scope = new MemberScope(em);
        Scope of = Scope.of(actor);
        if (transfer == null || !((transfer.getFromOrganisationId() != null && scope.organisation(of, transfer.getFromOrganisationId()))
                || (transfer.getToOrganisationId() != null && scope.organisation(of, transfer.getToOrganisationId())))) {
            throw new NotFoundException("transfer", transferId);
        }
        return transfer;
    }

    private Transfer dto(EntityManager em, TransferEntity transfer) {
        MemberEntity member = em.find(MemberEntity.class, transfer.getMemberId());
        return transfer.toDto(member == null ? null : member.getName(), Members.today(), config.overdueDays());
    }

    private static String pendingOf(EntityManager em, long memberId) {
        List<TransferEntity> pending = em.createQuery("SELECT t FROM TransferEntity t WHERE t.memberId = ?1 AND t.status = ?2",
                TransferEntity.class).setParameter(1, memberId).setParameter(2, TransferStatus.PENDING).getResultList();
        return pending.isEmpty() ? "no pending transfer recorded" : "transfer " + pending.get(0).getId() + " asked on "
                + pending.get(0).getRequestedOn();
    }
}
