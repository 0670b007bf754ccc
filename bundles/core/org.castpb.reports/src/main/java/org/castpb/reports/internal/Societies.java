package org.castpb.reports.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.SocietyLevel;

/** The society a report or budget is about, and who may write for it: one rule for both. */
final class Societies {

    static final String SECRETARY = "society-secretary";

    /** What the rules read of a society. */
    record Row(long id, SocietyLevel level, String regionCode) {
        boolean in(Scope scope) {
            return scope.covers(id, regionCode, level);
        }
    }

    private Societies() {
    }

    /** Writers of records, and a society's secretary for their own societies (the scope decides which). */
    static void mayWrite(Actor actor, String what) {
        if (actor == null || !(actor.hasAnyRole(Actor.RECORD_WRITERS) || actor.roles().contains(SECRETARY))) {
            throw new ForbiddenException((actor == null ? "an anonymous caller" : actor.name()) + " may not " + what + "; it needs"
                    + " one of the roles " + Actor.RECORD_WRITERS + " or " + SECRETARY);
        }
    }

    static Row find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, SOCIETY_LEVEL, REGION_CODE FROM SOCIETY WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Row(rs.getLong(1), SocietyLevel.valueOf(rs.getString(2).trim()), rs.getString(3).trim()) : null;
            }
        }
    }

    /** The society an actor writes for: NotFoundException when there is none, OUT_OF_SCOPE when it lies outside. */
    static Row writable(Connection c, Actor actor, long id, String what) throws SQLException {
        Row society = find(c, id);
        if (society == null) {
            throw new NotFoundException("society", id);
        }
        if (!society.in(Scope.of(actor))) {
            throw ForbiddenException.outOfScope(actor, what);
        }
        return society;
    }

    /** The society if it is in {@code scope}; NotFoundException otherwise, as if it did not exist. */
    static Row readable(Connection c, Scope scope, long id) throws SQLException {
        Row society = find(c, id);
        if (society == null || !society.in(scope)) {
            throw new NotFoundException("society", id);
        }
        return society;
    }
}
