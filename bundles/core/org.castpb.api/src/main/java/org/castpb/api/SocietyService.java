package org.castpb.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the society records. Every rule about a society (field validation, USCC check character,
 * uniqueness, optimistic locking, who may write) is enforced here, once, for every door.
 * Every call takes the {@link Actor}: it sees only its {@link Scope}, a single record outside it is not
 * found, and a write to one is refused with {@code OUT_OF_SCOPE}.
 */
@ProviderType
public interface SocietyService {

    /**
     * Records a new society.
     *
     * @throws ValidationException  naming each invalid field
     * @throws ConflictException    with code {@code DUPLICATE_USCC} when the USCC is already recorded
     * @throws ForbiddenException   when the actor may not create records, or (code {@code OUT_OF_SCOPE}) the
     *                              society's region and level lie outside the actor's scope
     */
    Society create(Actor actor, SocietyDraft draft);

    /**
     * As {@link #create}, and says what deserves a look: another active society already has the name.
     * Under the strict name rule such a create is refused instead.
     *
     * @throws ConflictException with code {@code DUPLICATE_NAME} when names must be unique among active societies
     */
    default SocietyCreated createWithWarnings(Actor actor, SocietyDraft draft) {
        return new SocietyCreated(create(actor, draft), java.util.List.of());
    }

    /**
     * Reads one society.
     *
     * @throws NotFoundException  when there is no society with this id in the actor's scope
     * @throws ForbiddenException when the actor holds no castpb role
     */
    Society get(Actor actor, long id);

    /**
     * Replaces the writable fields of a society.
     *
     * @param expectedVersion the version the caller last read
     * @throws StaleVersionException when the society changed since (its version is no longer {@code expectedVersion})
     * @throws NotFoundException     when there is no society with this id
     * @throws ValidationException   naming each invalid field
     * @throws ConflictException     with code {@code DUPLICATE_USCC} when another society has the USCC
     * @throws ForbiddenException    when the actor may not write records, or (code {@code OUT_OF_SCOPE}) the
     *                               society, before or after the change, lies outside the actor's scope
     */
    Society update(Actor actor, long id, long expectedVersion, SocietyDraft draft);

    /**
     * The audit trail of a society, oldest first: every creation and change, by whom and when.
     *
     * @throws NotFoundException  when there is no society with this id in the actor's scope
     * @throws ForbiddenException when the actor holds no castpb role
     */
    java.util.List<AuditEntry> history(Actor actor, long id);

    /**
     * Lists the societies in the actor's scope matching the query, ordered by id.
     *
     * @throws ValidationException when the query itself is invalid (negative offset, limit out of range, bad prefix)
     * @throws ForbiddenException  when the actor holds no castpb role
     */
    Page<Society> list(Actor actor, SocietyQuery query);
}
