package org.castpb.api;

/**
 * Keeps the society records. Every rule about a society (field validation, USCC check character,
 * uniqueness, optimistic locking, who may write) is enforced here, once, for every door.
 */
public interface SocietyService {

    /**
     * Records a new society.
     *
     * @throws ValidationException  naming each invalid field
     * @throws ConflictException    with code {@code DUPLICATE_USCC} when the USCC is already recorded
     * @throws ForbiddenException   when the actor may not write records
     */
    Society create(Actor actor, SocietyDraft draft);

    /**
     * Reads one society.
     *
     * @throws NotFoundException when there is no society with this id
     */
    Society get(long id);

    /**
     * Replaces the writable fields of a society.
     *
     * @param expectedVersion the version the caller last read
     * @throws StaleVersionException when the society changed since (its version is no longer {@code expectedVersion})
     * @throws NotFoundException     when there is no society with this id
     * @throws ValidationException   naming each invalid field
     * @throws ConflictException     with code {@code DUPLICATE_USCC} when another society has the USCC
     * @throws ForbiddenException    when the actor may not write records
     */
    Society update(Actor actor, long id, long expectedVersion, SocietyDraft draft);

    /**
     * The audit trail of a society, oldest first: every creation and change, by whom and when.
     *
     * @throws NotFoundException when there is no society with this id
     */
    java.util.List<AuditEntry> history(long id);

    /**
     * Lists societies matching the query, ordered by id.
     *
     * @throws ValidationException when the query itself is invalid (negative offset, limit out of range, bad prefix)
     */
    Page<Society> list(SocietyQuery query);
}
