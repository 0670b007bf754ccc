package org.castpb.life.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;

/**
 * The actor's {@link Scope} applied to organisational life, in SQL: a meeting, an alert or a member's attendance is
 * in scope when its organisation covers now a society in the scope (read from the party organisations' coverage rows
 * and the records' SOCIETY table, as the member registry does). Outside it a record does not exist for a reader, and a
 * write is refused with {@link ForbiddenException#OUT_OF_SCOPE}.
 */
final class LifeScope {

    /** Roles that keep meetings: the records writers, and a society's secretary for their own societies. */
    static final Set<String> KEEPERS;

    static {
        Set<String> keepers = new TreeSet<>(Actor.RECORD_WRITERS);
        keepers.add("society-secretary");
        KEEPERS = Set.copyOf(keepers);
    }

    private LifeScope() {
    }

    /** The scope as a condition on an organisation id column. */
    static String condition(Scope scope, String organisationColumn) {
        if (scope.all()) {
            return "1 = 1";
        }
        return "EXISTS (SELECT 1 FROM PORG_ORGANISATION_SOCIETY OS JOIN SOCIETY S ON S.ID = OS.SOCIETY_ID WHERE OS.ORGANISATION_ID = "
                + organisationColumn + " AND OS.TO_DATE IS NULL AND " + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL") + ")";
    }

    /** The scope of a reader: any castpb role (refused otherwise, in every door alike). */
    static Scope reader(Actor actor) {
        if (actor == null) {
            throw new ForbiddenException("an anonymous caller may not read organisational life");
        }
        return Scope.of(actor);
    }

    /** Refuses actors who keep no meetings (viewers, realm users without a castpb role). */
    static void mayKeep(Actor actor, String what) {
        if (actor == null || !actor.hasAnyRole(KEEPERS)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name()) + " may not " + what
                    + " (needs one of the roles " + KEEPERS + ")");
        }
    }

    /** The organisation's name if it exists and is in scope; otherwise not found. */
    static String visibleOrganisation(Connection c, Scope scope, long organisationId) throws SQLException {
        List<String> names = Db.list(c, "SELECT O.NAME FROM PORG_ORGANISATION O WHERE O.ID = ? AND " + condition(scope, "O.ID"),
                rs -> rs.getString(1), organisationId);
        if (names.isEmpty()) {
            throw new NotFoundException("party organisation", organisationId);
        }
        return names.get(0);
    }

    /** Refuses a write to an organisation that does not exist (not found) or lies outside the actor's scope. */
    static void requireWritable(Connection c, Actor actor, long organisationId, String what) throws SQLException {
        if (Db.count(c, "SELECT COUNT(*) FROM PORG_ORGANISATION WHERE ID = ?", organisationId) == 0) {
            throw new NotFoundException("party organisation", organisationId);
        }
        if (Db.count(c, "SELECT COUNT(*) FROM PORG_ORGANISATION O WHERE O.ID = ? AND " + condition(Scope.of(actor), "O.ID"), organisationId) == 0) {
            throw ForbiddenException.outOfScope(actor, what);
        }
    }

    /** Not found unless the society exists and is in scope. */
    static void visibleSociety(Connection c, Scope scope, long societyId) throws SQLException {
        if (Db.count(c, "SELECT COUNT(*) FROM SOCIETY S WHERE S.ID = ? AND " + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"), societyId) == 0) {
            throw new NotFoundException("society", societyId);
        }
    }
}
