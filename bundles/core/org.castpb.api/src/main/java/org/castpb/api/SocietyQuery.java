package org.castpb.api;

/**
 * Filters and paging for listing societies. Null filters match everything.
 *
 * @param level              only societies of this level
 * @param regionPrefix       only societies whose region code starts with these digits (e.g. "31" for Shanghai)
 * @param discipline         only societies of this discipline group
 * @param groupMemberStatus  only societies with this group-member status
 * @param registrationStatus only societies with this registration status
 * @param offset             number of matching societies to skip, from 0
 * @param limit              page size, 1 to {@link #MAX_LIMIT}
 * @param after              keyset paging: only societies with a greater id (the id of the last society of the previous
 *                           page), or null; as fast at the end of a long list as at its start, where an offset is not.
 *                           Pages are in id order either way; with {@code after} the offset must be 0
 * @param includeTotal       whether the page counts every match ({@link Page#total}): null counts on a page by offset
 *                           and not on a page after an id, where the count, not the page, would be most of the work;
 *                           true counts either way, false never (then the total is {@link Page#UNCOUNTED})
 */
public record SocietyQuery(
        SocietyLevel level,
        String regionPrefix,
        Discipline discipline,
        GroupMemberStatus groupMemberStatus,
        RegistrationStatus registrationStatus,
        int offset,
        int limit,
        Long after,
        Boolean includeTotal) {

    /** A query paged by offset or after an id, counting the matches as {@link #countsTotal} says by default. */
    public SocietyQuery(SocietyLevel level, String regionPrefix, Discipline discipline, GroupMemberStatus groupMemberStatus,
                        RegistrationStatus registrationStatus, int offset, int limit, Long after) {
        this(level, regionPrefix, discipline, groupMemberStatus, registrationStatus, offset, limit, after, null);
    }

    /** A query paged by offset only. */
    public SocietyQuery(SocietyLevel level, String regionPrefix, Discipline discipline, GroupMemberStatus groupMemberStatus,
                        RegistrationStatus registrationStatus, int offset, int limit) {
        this(level, regionPrefix, discipline, groupMemberStatus, registrationStatus, offset, limit, null, null);
    }

    /** Whether the page is to count every match: as asked, else on a page by offset and not on one after an id. */
    public boolean countsTotal() {
        return includeTotal != null ? includeTotal : after == null;
    }

    /** The same query, counting every match ({@code true}) or not ({@code false}). */
    public SocietyQuery withTotal(boolean count) {
        return new SocietyQuery(level, regionPrefix, discipline, groupMemberStatus, registrationStatus, offset, limit, after, count);
    }

    /** Page size used when the caller gives none. */
    public static final int DEFAULT_LIMIT = 50;
    /** Largest page a caller may ask for. */
    public static final int MAX_LIMIT = 500;

    /** All societies, first page. */
    public static SocietyQuery all() {
        return new SocietyQuery(null, null, null, null, null, 0, DEFAULT_LIMIT);
    }

    /** The same filters and counting, another page by offset. */
    public SocietyQuery page(int newOffset, int newLimit) {
        return new SocietyQuery(level, regionPrefix, discipline, groupMemberStatus, registrationStatus, newOffset, newLimit, null, includeTotal);
    }

    /** The same filters and counting, the page of {@code newLimit} societies after the one with id {@code lastId}. */
    public SocietyQuery pageAfter(long lastId, int newLimit) {
        return new SocietyQuery(level, regionPrefix, discipline, groupMemberStatus, registrationStatus, 0, newLimit, lastId, includeTotal);
    }
}
