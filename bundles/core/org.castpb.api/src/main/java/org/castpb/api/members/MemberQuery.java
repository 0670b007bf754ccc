package org.castpb.api.members;

/**
 * A search of the registry: the members on one organisation's roll (or every organisation in scope when null),
 * optionally by name prefix and status; a page of {@code limit} from {@code offset}.
 */
public record MemberQuery(Long organisationId, String namePrefix, MemberStatus status, int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    /** Every member in scope, the first page. */
    public static MemberQuery all() {
        return new MemberQuery(null, null, null, 0, DEFAULT_LIMIT);
    }

    /** The members of one organisation, the first page. */
    public static MemberQuery of(long organisationId) {
        return new MemberQuery(organisationId, null, null, 0, DEFAULT_LIMIT);
    }
}
