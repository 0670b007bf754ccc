package org.castpb.accounts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.castpb.api.AuditEntry;
import org.castpb.api.Scope;
import org.castpb.api.account.Account;

/** The ACCOUNT and ACCOUNT_AUDIT tables, on a connection the caller holds (and commits). */
final class AccountStore {

    private static final String COLUMNS = "USER_NAME, ROLE, SCOPE_ALL, REGION_PREFIX, SOCIETY_IDS, DISABLED, VERSION,"
            + " CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY";

    private AccountStore() {
    }

    static Optional<Account> find(Connection c, String userName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM ACCOUNT WHERE USER_NAME = ?")) {
            s.setString(1, userName);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The accounts {@code manager} may manage, in SQL: every account for a scope of everything; otherwise no
     * national account, a region inside the manager's or none, and no named society outside the manager's scope.
     */
    static List<Account> list(Connection c, Scope manager) throws SQLException {
        String where = manager.all() ? "" : " WHERE " + managed("A", manager);
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM ACCOUNT A" + where + " ORDER BY USER_NAME")) {
            List<Account> accounts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    accounts.add(read(rs));
                }
            }
            return accounts;
        }
    }

    /**
     * The condition that the account row {@code alias} lies inside a region's administrator's {@code manager} scope
     * (see {@link GrantRules#administers}); the scope's values are validated digits and numbers, so literals.
     */
    static String managed(String alias, Scope manager) {
        String region = manager.regionPrefix() == null ? alias + ".REGION_PREFIX IS NULL"
                : "(" + alias + ".REGION_PREFIX IS NULL OR " + alias + ".REGION_PREFIX LIKE '" + manager.regionPrefix() + "%')";
        return alias + ".SCOPE_ALL = 0 AND " + alias + ".ROLE <> 'national-admin' AND " + region
                + " AND NOT EXISTS (SELECT 1 FROM ACCOUNT_SOCIETY X JOIN SOCIETY S ON S.ID = X.SOCIETY_ID"
                + " WHERE X.USER_NAME = " + alias + ".USER_NAME AND NOT " + manager.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL") + ")";
    }

    static void insert(Connection c, Account a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ACCOUNT (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, a.userName());
            bind(s, 2, a);
            s.setTimestamp(8, Timestamp.from(a.createdAt()));
            s.setString(9, a.createdBy());
            s.setTimestamp(10, Timestamp.from(a.updatedAt()));
            s.setString(11, a.updatedBy());
            s.executeUpdate();
        }
        writeSocieties(c, a);
    }

    /** Writes the new state if the stored version is still {@code expectedVersion}; false when it is not. */
    static boolean update(Connection c, Account a, long expectedVersion) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE ACCOUNT SET ROLE = ?, SCOPE_ALL = ?, REGION_PREFIX = ?, SOCIETY_IDS = ?,"
                + " DISABLED = ?, VERSION = ?, UPDATED_AT = ?, UPDATED_BY = ? WHERE USER_NAME = ? AND VERSION = ?")) {
            bind(s, 1, a);
            s.setTimestamp(7, Timestamp.from(a.updatedAt()));
            s.setString(8, a.updatedBy());
            s.setString(9, a.userName());
            s.setLong(10, expectedVersion);
            if (s.executeUpdate() != 1) {
                return false;
            }
        }
        writeSocieties(c, a);
        return true;
    }

    /** Replaces the ACCOUNT_SOCIETY rows of the account by its scope's named societies. */
    private static void writeSocieties(Connection c, Account a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM ACCOUNT_SOCIETY WHERE USER_NAME = ?")) {
            s.setString(1, a.userName());
            s.executeUpdate();
        }
        if (a.scope().societyIds().isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ACCOUNT_SOCIETY (USER_NAME, SOCIETY_ID) VALUES (?, ?)")) {
            for (long id : new java.util.TreeSet<>(a.scope().societyIds())) {
                s.setString(1, a.userName());
                s.setLong(2, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Fills ACCOUNT_SOCIETY for accounts that name societies but have no rows there (accounts older than the table). */
    static int backfillSocieties(Connection c) throws SQLException {
        List<Account> missing = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM ACCOUNT A WHERE A.SOCIETY_IDS IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM ACCOUNT_SOCIETY X WHERE X.USER_NAME = A.USER_NAME)");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                missing.add(read(rs));
            }
        }
        for (Account a : missing) {
            writeSocieties(c, a);
        }
        return missing.size();
    }

    /** The user names of the accounts naming any of these societies. */
    static List<String> naming(Connection c, List<Long> societyIds) throws SQLException {
        Set<String> names = new java.util.TreeSet<>();
        for (int from = 0; from < societyIds.size(); from += org.castpb.api.SocietyRowsRemover.CHUNK) {
            List<Long> chunk = societyIds.subList(from, Math.min(societyIds.size(), from + org.castpb.api.SocietyRowsRemover.CHUNK));
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT USER_NAME FROM ACCOUNT_SOCIETY WHERE SOCIETY_ID IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** Role, scope (3 columns), disabled and version from {@code index} on. */
    private static void bind(PreparedStatement s, int index, Account a) throws SQLException {
        s.setString(index, a.role());
        s.setInt(index + 1, a.scope().all() ? 1 : 0);
        if (a.scope().regionPrefix() == null) {
            s.setNull(index + 2, Types.VARCHAR);
        } else {
            s.setString(index + 2, a.scope().regionPrefix());
        }
        if (a.scope().societyIds().isEmpty()) {
            s.setNull(index + 3, Types.VARCHAR);
        } else {
            s.setString(index + 3, a.scope().societyIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        s.setInt(index + 4, a.disabled() ? 1 : 0);
        s.setLong(index + 5, a.version());
    }

    private static Account read(ResultSet rs) throws SQLException {
        String ids = rs.getString(5);
        Set<Long> societyIds = ids == null || ids.isBlank() ? Set.of()
                : Arrays.stream(ids.split(",")).map(String::trim).map(Long::valueOf).collect(Collectors.toSet());
        Scope scope = rs.getInt(3) == 1 ? Scope.ALL : new Scope(false, rs.getString(4), societyIds);
        return new Account(rs.getString(1), rs.getString(2), scope, rs.getInt(6) == 1, rs.getLong(7),
                rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11));
    }

    static void audit(Connection c, Instant at, String actor, String userName, String change, Account before, Account after)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ACCOUNT_AUDIT (CHANGED_AT, ACTOR, USER_NAME, CHANGE_KIND,"
                + " BEFORE_STATE, AFTER_STATE) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, actor);
            s.setString(3, userName);
            s.setString(4, change);
            s.setString(5, before == null ? null : state(before));
            s.setString(6, after == null ? null : state(after));
            s.executeUpdate();
        }
    }

    static List<AuditEntry> history(Connection c, String userName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT CHANGED_AT, ACTOR, CHANGE_KIND, BEFORE_STATE, AFTER_STATE"
                + " FROM ACCOUNT_AUDIT WHERE USER_NAME = ? ORDER BY CHANGED_AT, ID")) {
            s.setString(1, userName);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return entries;
        }
    }

    /** The audited state: role, scope and whether disabled; never a password, which castpb never holds. */
    static String state(Account a) {
        return "role=" + a.role() + ", scope=" + a.scope() + (a.disabled() ? ", disabled" : "");
    }
}
