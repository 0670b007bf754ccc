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

    /** Field code: a society moving from APPLICANT to MEMBER while the admission check is not running. */
    String ADMISSION_CHECK_UNAVAILABLE = "ADMISSION_CHECK_UNAVAILABLE";

    /** Field code: {@link #admit} of a society that is not an APPLICANT. */
    String NOT_AN_APPLICANT = "NOT_AN_APPLICANT";

    /**
     * Replaces the writable fields of a society. A change of the group-member status from APPLICANT to MEMBER needs
     * the admission check to pass at that moment (as {@link #admit} without an override).
     *
     * @param expectedVersion the version the caller last read
     * @throws StaleVersionException when the society changed since (its version is no longer {@code expectedVersion})
     * @throws NotFoundException     when there is no society with this id
     * @throws ValidationException   naming each invalid field; a failed admission check names
     *                               {@code groupMemberStatus} with the code of each check that failed
     *                               ({@code NO_ORGANISATION_OR_REQUEST}, {@code LEDGER_NOT_CLEAR}, ...)
     * @throws ConflictException     with code {@code DUPLICATE_USCC} when another society has the USCC
     * @throws ForbiddenException    when the actor may not write records, or (code {@code OUT_OF_SCOPE}) the
     *                               society, before or after the change, lies outside the actor's scope
     */
    Society update(Actor actor, long id, long expectedVersion, SocietyDraft draft);

    /**
     * Admits an APPLICANT as a group MEMBER of CAST, admitted on {@code admittedOn} (today when null): the admission
     * check must pass at this moment, unless a national administrator gives {@code overrideReason}, which the audit
     * trail keeps with the checks that failed.
     *
     * @throws ValidationException   naming {@code groupMemberStatus} with the code of each failed check, or
     *                               {@link #NOT_AN_APPLICANT}; naming {@code groupMemberAdmittedOn} when it is in the
     *                               future, before the application or out of range
     * @throws ForbiddenException    when the actor may not change the society, or gives an override without being a
     *                               national administrator
     * @throws StaleVersionException when the society changed since {@code expectedVersion}
     * @throws NotFoundException     when there is no society with this id
     */
    Society admit(Actor actor, long id, long expectedVersion, java.time.LocalDate admittedOn, String overrideReason);

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
