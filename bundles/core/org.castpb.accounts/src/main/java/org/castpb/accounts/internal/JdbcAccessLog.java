package org.castpb.accounts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.ValidationException;
import org.castpb.api.account.AccessLog;
import org.castpb.api.account.AccessRefusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link AccessLog} on the ACCESS_LOG table. */
@Component(service = AccessLog.class)
public class JdbcAccessLog implements AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAccessLog.class);
    private static final int MAX_LIMIT = 500;

    private final DataSource dataSource;

    @Activate
    public JdbcAccessLog(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                         @Reference(target = "(osgi.condition.id=castpb.schema.accounts)") Condition schemaIsReady) {
        this.dataSource = dataSource;
    }

    @Override
    public void refused(AccessRefusal r) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO ACCESS_LOG (REFUSED_AT, USER_NAME, DOOR, WHAT, ADDRESS, CODE)"
                     + " VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(r.at()));
            s.setString(2, cut(r.userName(), 100));
            s.setString(3, r.door());
            s.setString(4, cut(r.what(), 300));
            s.setString(5, cut(r.address(), 100));
            s.setString(6, cut(r.code(), 40));
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            // the refusal stands whether or not it could be recorded
            LOG.warn("Could not record a refused access ({} {}): {}", r.door(), r.code(), e.toString());
        }
    }

    @Override
    public List<AccessRefusal> recent(Actor actor, int offset, int limit) {
        if (actor == null || !actor.hasAnyRole(Actor.NATIONAL) && !actor.roles().contains("local-admin")) {
            throw new ForbiddenException((actor == null ? "an anonymous caller" : actor.name())
                    + " may not read the access log (needs national-admin or local-admin)");
        }
        // a region's administrator reads the refusals of the accounts it manages, nobody else's (nor failed logins)
        String where = GrantRules.administersAll(actor) ? ""
                : " WHERE EXISTS (SELECT 1 FROM ACCOUNT A WHERE A.USER_NAME = L.USER_NAME AND " + AccountStore.managed("A", actor.scope()) + ")";
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(new FieldError("limit", "OUT_OF_RANGE",
                    "offset is 0 or more and limit 1 to " + MAX_LIMIT));
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT L.REFUSED_AT, L.USER_NAME, L.DOOR, L.WHAT, L.ADDRESS, L.CODE"
                     + " FROM ACCESS_LOG L" + where + " ORDER BY L.REFUSED_AT DESC, L.ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            s.setInt(1, offset);
            s.setInt(2, limit);
            List<AccessRefusal> refusals = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    refusals.add(new AccessRefusal(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return refusals;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the access log failed", e);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
