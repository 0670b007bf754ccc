package org.castpb.api;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The societies an account may see and, with a writer's role, change: everything, the local societies
 * of a region (a GB/T 2260 prefix such as {@code 33} or {@code 3301}), named societies, or the union of
 * a region and named societies. National societies (level NATIONAL, region 100000) are never part of a
 * region: an account reaches one only when it is named explicitly.
 *
 * <p>Services apply a scope in SQL through {@link #sql(String, String, String)}, so a list, a count and a
 * report agree; a single read outside the scope is answered as if the record did not exist.
 */
public record Scope(boolean all, String regionPrefix, Set<Long> societyIds) {

    /** Everything: the Societies Party Committee's national administrators. */
    public static final Scope ALL = new Scope(true, null, Set.of());
    /** Nothing: an account without a castpb scope. */
    public static final Scope NONE = new Scope(false, null, Set.of());

    private static final Pattern PREFIX = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

    public Scope {
        // an immutable set iterates in no fixed order: sql() and toString() sort, so conditions and messages are stable
        societyIds = societyIds == null ? Set.of() : Set.copyOf(societyIds);
        if (all && (regionPrefix != null || !societyIds.isEmpty())) {
            throw new IllegalArgumentException("a scope of everything names no region or societies");
        }
        if (regionPrefix != null && !PREFIX.matcher(regionPrefix).matches()) {
            throw new IllegalArgumentException("region prefix '" + regionPrefix
                    + "' is not a GB/T 2260 prefix of 2, 4 or 6 digits");
        }
        if (societyIds.stream().anyMatch(id -> id == null || id <= 0)) {
            throw new IllegalArgumentException("society ids of a scope are positive numbers");
        }
    }

    /**
     * The scope of {@code actor}; none for a missing (anonymous) actor, so a forgotten actor never sees everything.
     *
     * @throws ForbiddenException {@link ForbiddenException#CODE} when the actor holds no castpb role: a realm user
     *                            alone reads nothing, in every service alike (a castpb role without a scope reads
     *                            empty lists instead)
     */
    public static Scope of(Actor actor) {
        if (actor == null) {
            return NONE;
        }
        if (!actor.hasCastpbRole()) {
            throw new ForbiddenException(actor.name() + " holds no castpb role and may read nothing");
        }
        return actor.scope();
    }

    /** The local societies whose region code starts with {@code prefix}. */
    public static Scope region(String prefix) {
        return new Scope(false, prefix, Set.of());
    }

    /** The named societies only. */
    public static Scope societies(Collection<Long> ids) {
        return new Scope(false, null, Set.copyOf(ids));
    }

    /** This scope with {@code ids} granted in addition. */
    public Scope withSocieties(Collection<Long> ids) {
        if (all) {
            return this;
        }
        Set<Long> union = new TreeSet<>(societyIds);
        union.addAll(ids);
        return new Scope(false, regionPrefix, union);
    }

    /** Whether this scope reaches no society at all. */
    public boolean isNone() {
        return !all && regionPrefix == null && societyIds.isEmpty();
    }

    /** Whether a society with this id, region code and level is in scope. */
    public boolean covers(long societyId, String regionCode, SocietyLevel level) {
        if (all || societyIds.contains(societyId)) {
            return true;
        }
        return regionPrefix != null && level != SocietyLevel.NATIONAL && regionCode != null
                && regionCode.startsWith(regionPrefix);
    }

    /**
     * Whether everything {@code other} reaches by region is inside this scope's region, and its named
     * societies are named here too. Named societies of {@code other} that lie inside this scope's region
     * are not decided here (it takes their region codes): a caller checks them with {@link #covers}.
     */
    public boolean containsRegionOf(Scope other) {
        if (all) {
            return true;
        }
        if (other.all) {
            return false;
        }
        return other.regionPrefix == null
                || (regionPrefix != null && other.regionPrefix.startsWith(regionPrefix));
    }

    /**
     * This scope as an SQL condition over a society's id, region code and level columns (the level
     * column holding the {@link SocietyLevel} names), e.g. {@code sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL")}.
     * The values are validated digits and numbers, so the condition is written with literals; it never
     * contains a parameter marker.
     */
    public String sql(String idColumn, String regionColumn, String levelColumn) {
        if (all) {
            return "1 = 1";
        }
        if (isNone()) {
            return "1 = 0";
        }
        StringBuilder condition = new StringBuilder("(");
        if (regionPrefix != null) {
            condition.append('(').append(regionColumn).append(" LIKE '").append(regionPrefix).append("%' AND ")
                    .append(levelColumn).append(" <> '").append(SocietyLevel.NATIONAL.name()).append("')");
        }
        if (!societyIds.isEmpty()) {
            if (regionPrefix != null) {
                condition.append(" OR ");
            }
            condition.append(idColumn).append(" IN (")
                    .append(societyIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))).append(')');
        }
        return condition.append(')').toString();
    }

    @Override
    public String toString() {
        if (all) {
            return "all";
        }
        if (isNone()) {
            return "none";
        }
        String region = regionPrefix == null ? "" : "region " + regionPrefix;
        String named = societyIds.isEmpty() ? "" : "societies " + new TreeSet<>(societyIds);
        return region.isEmpty() ? named : named.isEmpty() ? region : region + " + " + named;
    }
}
