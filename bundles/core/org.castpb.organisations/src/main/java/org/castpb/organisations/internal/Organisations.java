package org.castpb.organisations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.castpb.api.AuditTexts;
import org.castpb.api.FieldError;
import org.castpb.api.NotFoundException;
import org.castpb.api.ValidationException;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationDraft;

/** Reading and writing organisations inside a caller's transaction; shared by the organisation and request services. */
final class Organisations {

    private static final int MAX_DEPTH = 100;

    private Organisations() {
    }

    static PartyOrganisation dto(long id, OrganisationState s, List<Long> societies, long version, Instant at, String by) {
        PartyOrganisationDraft d = s.toDraft(societies);
        return new PartyOrganisation(id, d.name(), d.type(), d.parentId(), societies, d.secretary(), d.formalMembers(),
                d.probationaryMembers(), d.committeeSize(), d.establishedOn(), d.termStartsOn(), d.termEndsOn(), d.note(),
                s.status(), s.dissolvedOn(), version, at, by);
    }

    static OrganisationEntity find(EntityManager em, long id) {
        OrganisationEntity entity = em.find(OrganisationEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("party organisation", id);
        }
        return entity;
    }

    static PartyOrganisation dto(EntityManager em, OrganisationEntity entity) {
        return entity.toDto(societiesOf(em, entity.getId()));
    }

    /** The organisations covering a society now (open coverage rows), dissolved ones included, by id. */
    static List<PartyOrganisation> ofSociety(EntityManager em, long societyId) {
        return em.createQuery("SELECT o FROM OrganisationEntity o WHERE o.id IN (SELECT s.organisationId FROM"
                        + " OrganisationSocietyEntity s WHERE s.societyId = ?1 AND s.toDate IS NULL) ORDER BY o.id", OrganisationEntity.class)
                .setParameter(1, societyId).getResultList().stream().map(o -> dto(em, o)).toList();
    }

    /** The societies an organisation covers now (its open coverage rows), in the order they were added. */
    static List<Long> societiesOf(EntityManager em, long organisationId) {
        return openRows(em, organisationId).stream().map(OrganisationSocietyEntity::getSocietyId).toList();
    }

    private static List<OrganisationSocietyEntity> openRows(EntityManager em, long organisationId) {
        return em.createQuery("SELECT s FROM OrganisationSocietyEntity s WHERE s.organisationId = ?1 AND s.toDate IS NULL ORDER BY s.id",
                OrganisationSocietyEntity.class).setParameter(1, organisationId).getResultList();
    }

    /**
     * Refuses a draft naming societies that are not recorded, or a parent that is unknown, does not cover
     * each of the draft's societies, or (for an existing organisation) would make the tree a cycle.
     */
    static void requireReferences(EntityManager em, PartyOrganisationDraft d, Long selfId) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < d.societyIds().size(); i++) {
            if (!societyExists(em, d.societyIds().get(i))) {
                errors.add(new FieldError("societyIds[" + i + "]", "UNKNOWN_SOCIETY", "no society with id " + d.societyIds().get(i)));
            }
        }
        if (d.parentId() != null) {
            OrganisationEntity parent = em.find(OrganisationEntity.class, d.parentId());
            if (parent == null) {
                errors.add(new FieldError("parentId", "UNKNOWN_ORGANISATION", "no party organisation with id " + d.parentId()));
            } else if (selfId != null && leadsTo(em, parent, selfId)) {
                errors.add(new FieldError("parentId", "CYCLE", "organisation " + d.parentId() + " is this organisation or sits under it"));
            } else {
                Set<Long> covered = new HashSet<>(societiesOf(em, parent.getId()));
                List<Long> outside = d.societyIds().stream().filter(s -> !covered.contains(s)).toList();
                if (!outside.isEmpty()) {
                    errors.add(new FieldError("parentId", "PARENT_NOT_COVERING", "organisation " + d.parentId()
                            + " does not cover societies " + outside + ": an organisation sits under its society's organisation"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static boolean leadsTo(EntityManager em, OrganisationEntity start, long selfId) {
        OrganisationEntity at = start;
        for (int depth = 0; at != null && depth < MAX_DEPTH; depth++) {
            if (at.getId() == selfId) {
                return true;
            }
            Long up = at.getState().parentId();
            at = up == null ? null : em.find(OrganisationEntity.class, up);
        }
        return at != null;
    }

    /**
     * Whether the records bundle knows the society. A read-only SQL query, not a call to SocietyService:
     * both contexts live in one database (the foreign keys to SOCIETY hold them together anyway), the records
     * bundle owns the table, and this check must run inside this unit's transaction.
     */
    static boolean societyExists(EntityManager em, long societyId) {
        return !em.createNativeQuery("SELECT ID FROM SOCIETY WHERE ID = ?").setParameter(1, societyId).getResultList().isEmpty();
    }

    /** Records a new organisation with its coverage rows and first history entry. */
    static PartyOrganisation create(EntityManager em, PartyOrganisationDraft valid, String actor, String changeKind, String note) {
        OrganisationEntity entity = new OrganisationEntity(OrganisationState.of(valid), actor, Writes.now());
        em.persist(entity);
        em.flush();
        for (Long society : valid.societyIds()) {
            em.persist(new OrganisationSocietyEntity(entity.getId(), society, valid.establishedOn()));
        }
        PartyOrganisation created = entity.toDto(valid.societyIds());
        String after = text(flatten(created)) + (note == null ? "" : " [" + note + "]");
        em.persist(new OrganisationHistoryEntity(entity, valid.societyIds(), changeKind, null, after));
        return created;
    }

    /**
     * Brings the coverage rows to the wanted societies: a society no longer covered is covered until
     * yesterday (a row that would end before it began is removed), a new one from today or the
     * establishment day, whichever is later. Rows starting on the old establishment day move with it.
     */
    static void syncSocieties(EntityManager em, long organisationId, List<Long> wanted, LocalDate oldEstablished,
                              LocalDate newEstablished, LocalDate today) {
        List<OrganisationSocietyEntity> open = openRows(em, organisationId);
        if (!oldEstablished.equals(newEstablished)) {
            open.stream().filter(r -> r.getFromDate().equals(oldEstablished)).forEach(r -> r.setFromDate(newEstablished));
        }
        Set<Long> have = new HashSet<>();
        for (OrganisationSocietyEntity row : open) {
            if (wanted.contains(row.getSocietyId())) {
                have.add(row.getSocietyId());
            } else if (row.getFromDate().isBefore(today)) {
                row.setToDate(today.minusDays(1));
            } else {
                em.remove(row);
            }
        }
        LocalDate from = today.isAfter(newEstablished) ? today : newEstablished;
        for (Long society : wanted) {
            if (!have.contains(society)) {
                em.persist(new OrganisationSocietyEntity(organisationId, society, from));
            }
        }
    }

    /** The audited fields of an organisation, as text, in a fixed order. */
    static Map<String, String> flatten(PartyOrganisation o) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", o.name());
        m.put("type", String.valueOf(o.type()));
        m.put("parentId", String.valueOf(o.parentId()));
        m.put("societyIds", String.valueOf(o.societyIds()));
        m.put("secretary", o.secretary().name() + " (" + o.secretary().source() + ")");
        m.put("formalMembers", String.valueOf(o.formalMembers()));
        m.put("probationaryMembers", String.valueOf(o.probationaryMembers()));
        m.put("committeeSize", String.valueOf(o.committeeSize()));
        m.put("establishedOn", String.valueOf(o.establishedOn()));
        m.put("termStartsOn", String.valueOf(o.termStartsOn()));
        m.put("termEndsOn", String.valueOf(o.termEndsOn()));
        m.put("note", String.valueOf(o.note()));
        m.put("status", String.valueOf(o.status()));
        m.put("dissolvedOn", String.valueOf(o.dissolvedOn()));
        return m;
    }

    /** The fields that differ, as "before" and "after" texts (each "field=value; ..."). */
    static String[] diff(Map<String, String> before, Map<String, String> after) {
        return AuditTexts.diff(before, after);
    }

    static String text(Map<String, String> fields) {
        return AuditTexts.text(fields);
    }
}
