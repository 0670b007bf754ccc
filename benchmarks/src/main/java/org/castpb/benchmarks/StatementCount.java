package org.castpb.benchmarks;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The statements a call sends to the database: while {@link #counting}, every connection handed out records the SQL of
 * each statement it prepares or creates, and each connection taken. Off while timing (the proxy would cost both sides).
 */
final class StatementCount {

    volatile boolean counting;
    final List<String> statements = new ArrayList<>();
    int connections;
    final DataSource dataSource;

    StatementCount(DataSource target) {
        this.dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = PlanCapture.invoke(target, method, args);
                    if (counting && result instanceof Connection c && method.getName().equals("getConnection")) {
                        connections++;
                        return wrap(c);
                    }
                    return result;
                });
    }

    private Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                statements.add(String.valueOf(args[0]));
            } else if (name.equals("createStatement")) {
                statements.add("(a Statement)");
            }
            return PlanCapture.invoke(c, method, args);
        });
    }

    /** Counts what the call does: "n statements on m connections" and the statements' SQL. */
    String of(java.util.concurrent.Callable<?> call) throws Exception {
        statements.clear();
        connections = 0;
        counting = true;
        try {
            call.call();
        } finally {
            counting = false;
        }
        StringBuilder out = new StringBuilder().append(statements.size()).append(" statement(s) on ").append(connections).append(" connection(s)");
        statements.forEach(s -> out.append("\n        ").append(s.length() > 400 ? s.substring(0, 400) + "..." : s));
        return out.toString();
    }
}
