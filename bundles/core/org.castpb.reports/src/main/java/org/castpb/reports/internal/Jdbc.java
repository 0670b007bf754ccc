package org.castpb.reports.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.AuditEntry;
import org.castpb.api.FieldError;

/** What both services read alike. */
final class Jdbc {

    private Jdbc() {
    }

    /** The entries of a history table read by {@code sql}, which selects CHANGED_AT, ACTOR, CHANGE_KIND, BEFORE_STATE, AFTER_STATE. */
    static List<AuditEntry> history(Connection c, String sql, Object... args) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return entries;
    }

    /** Adds the problems of a page's offset and limit (1 to {@code max}) to {@code errors}. */
    static void checkPage(List<FieldError> errors, int offset, int limit, int max) {
        if (offset < 0) {
            errors.add(new FieldError("offset", "OUT_OF_RANGE", "offset must be 0 or more, not " + offset));
        }
        if (limit < 1 || limit > max) {
            errors.add(new FieldError("limit", "OUT_OF_RANGE", "limit must be from 1 to " + max + ", not " + limit));
        }
    }
}
