package org.castpb.api;

import java.time.Instant;

/**
 * A society as recorded by castpb.
 *
 * @param id        castpb's identifier
 * @param name      Chinese name, as registered
 * @param nameEn    English name, may be null
 * @param uscc      unified social credit code (GB 32100), 18 characters
 * @param kind      society, association or research society
 * @param level     level of registration
 * @param regionCode GB/T 2260 region code of registration (100000 for national societies)
 * @param discipline discipline group
 * @param groupMemberStatus status as a CAST group member
 * @param version   optimistic-locking version; an update must name it
 * @param createdAt when the record was created
 * @param updatedAt when the record last changed
 */
public record Society(
        long id,
        String name,
        String nameEn,
        String uscc,
        SocietyKind kind,
        SocietyLevel level,
        String regionCode,
        Discipline discipline,
        GroupMemberStatus groupMemberStatus,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
