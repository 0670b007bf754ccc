package org.castpb.api;

import java.sql.SQLException;
import java.util.Set;

/**
 * The database could not give the request the rows it needs in time, because another transaction holds them (a large
 * all-or-nothing import, for instance, which locks the tables it writes until it commits): nothing was read or written,
 * and the same request can be made again later. Doors answer it as busy (REST 503 with {@code Retry-After}, a SOAP
 * fault with code {@code BUSY}), never as an internal error.
 */
public class BusyException extends CastpbException {
    private static final long serialVersionUID = 1L;

    public static final String CODE = "BUSY";

    /** How long a client is asked to wait before it tries again, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /**
     * SQL states of a lock that could not be had: Derby's lock wait timeout (40XL1, 40XL2 with diagnostics) and deadlock
     * (40001, also the standard serialization failure), PostgreSQL's lock not available (55P03) and deadlock (40P01).
     */
    private static final Set<String> LOCK_STATES = Set.of("40XL1", "40XL2", "40001", "55P03", "40P01");

    public BusyException() {
        super(CODE, "the records are being changed by another task (a large import, for instance); try again in "
                + RETRY_AFTER_SECONDS + " s", RETRY_AFTER_SECONDS);
    }

    /**
     * The failure as a busy refusal when one of its causes is a lock the database could not give in time; otherwise
     * null. The doors use it for failures that reach them as persistence errors of any service.
     */
    public static BusyException of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusyException busy) {
                return busy;
            }
            if (t instanceof SQLException sql && isLockWait(sql)) {
                return new BusyException();
            }
        }
        return null;
    }

    private static boolean isLockWait(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (s.getSQLState() != null && LOCK_STATES.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
