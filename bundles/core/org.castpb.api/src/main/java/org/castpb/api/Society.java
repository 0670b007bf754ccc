package org.castpb.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A society as recorded by castpb.
 *
 * @param id                     castpb's identifier
 * @param name                   Chinese name, as registered
 * @param nameEn                 English name, may be null
 * @param uscc                   unified social credit code (GB 32100), 18 characters
 * @param usccCheckOverridden    whether the code failed the GB 32100 check and was accepted by an audited override
 * @param kind                   society, association or research society
 * @param level                  level of registration
 * @param regionCode             GB/T 2260 region code of registration (100000 for national societies)
 * @param discipline             discipline group
 * @param supervisingUnit        supervising unit (业务主管单位), may be null
 * @param groupMemberStatus      status as a CAST group member
 * @param groupMemberAppliedOn   when it applied to join CAST, may be null
 * @param groupMemberAdmittedOn  when CAST admitted it, may be null
 * @param registrationStatus     active, suspended or deregistered
 * @param foundingYear           year founded, may be null
 * @param contactName            contact person, may be null
 * @param contactPhone           contact telephone, may be null
 * @param contactEmail           contact e-mail, may be null
 * @param partyBuildingInCharter whether party building is written into its charter, null when unknown
 * @param version                optimistic-locking version; an update must name it
 * @param createdAt              when the record was created
 * @param updatedAt              when the record last changed
 */
public record Society(
        long id,
        String name,
        String nameEn,
        String uscc,
        boolean usccCheckOverridden,
        SocietyKind kind,
        SocietyLevel level,
        String regionCode,
        Discipline discipline,
        String supervisingUnit,
        GroupMemberStatus groupMemberStatus,
        LocalDate groupMemberAppliedOn,
        LocalDate groupMemberAdmittedOn,
        RegistrationStatus registrationStatus,
        Integer foundingYear,
        String contactName,
        String contactPhone,
        String contactEmail,
        Boolean partyBuildingInCharter,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
