package org.castpb.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Derby's execution plan of the last statement run on a connection, for code that opens its own connections
 * (the coverage service): every connection handed out has runtime statistics and timing on, and on close() the
 * wrapper first reads SYSCS_GET_RUNTIMESTATISTICS() of the statement just run and keeps it in {@link #last}.
 */
final class PlanCapture {

    volatile String last;

    /**
     * Whether connections handed out now collect statistics. Off while a benchmark times the code: Derby's runtime
     * statistics and timing, and reading them back at every close, cost more than a query of a millisecond.
     */
    volatile boolean capturing = true;
    final DataSource dataSource;

    PlanCapture(DataSource target) {
        this.dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c && method.getName().equals("getConnection") ? wrap(c) : result;
                });
    }

    private Connection wrap(Connection c) throws SQLException {
        if (!capturing) {
            return c;
        }
        try (Statement st = c.createStatement()) {
            st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            st.execute("CALL SYSCS_UTIL.SYSCS_SET_STATISTICS_TIMING(1)");
        }
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().equals("close")) {
                last = statistics(c);
            }
            return invoke(c, method, args);
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    static String statistics(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** Calls the wrapped object's method, throwing what it throws. */
    static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
