package org.castpb.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castpb.records.internal.RecordsAccess;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * One embedded Derby system (one JVM, one page cache, one derby.system.home under target/)
 * holding the benchmark's databases. Each database is created empty and brought to the
 * current schema by the records bundle's own Liquibase change log, as the schema bundle does
 * in Karaf, so the benchmark measures the shipped schema and indexes, not a copy.
 */
final class DerbySystem implements AutoCloseable {

    /** Liquibase logs every change set at INFO through java.util.logging; keep a strong reference so the level sticks. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private final Path home;

    DerbySystem(Path home) {
        this(home, false);
    }

    /** {@code keep}: the databases already under {@code home} are kept (a benchmark that can reuse what it generated). */
    DerbySystem(Path home, boolean keep) {
        this.home = home;
        // The system is rebuilt on every run; never wipe anything outside a build directory.
        if (!home.toAbsolutePath().normalize().toString().contains("/target/")) {
            throw new IllegalArgumentException("the Derby home must be under a target/ directory, got " + home);
        }
        if (!keep) {
            deleteRecursively(home);
        }
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Must be set before the embedded driver boots; databases are then named relative to it.
        System.setProperty("derby.system.home", home.toAbsolutePath().toString());
        // Derby as Karaf ships it syncs its transaction log (files opened "rws"); "test" turns syncing off
        // to show how the ratio looks when the disk is not the limit.
        if ("test".equals(System.getProperty("bench.derbyDurability"))) {
            System.setProperty("derby.system.durability", "test");
        }
        // Liquibase 4.30+ would try to report usage over the network (the schema bundle sets the same).
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showSummaryOutput", "log");
        System.setProperty("liquibase.showSummary", "OFF");
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    Path home() {
        return home;
    }

    /** A DataSource of a database in this system, created on first connection. */
    DataSource dataSource(String database) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(database);
        ds.setCreateDatabase("create");
        return ds;
    }

    /** Creates the database and runs db/changelog.xml from the records jar on it; returns the elapsed ms. */
    long migrate(DataSource ds) throws Exception {
        return migrate(ds, RecordsAccess.CHANGELOG);
    }

    /** Runs one change log found on the class path (records first, then e.g. db/organisations-changelog.xml); returns the elapsed ms. */
    long migrate(DataSource ds, String changelog) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = ds.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.ui.name(), new LoggerUIService()); // no "UPDATE SUMMARY" banner on stdout
            Scope.child(scope, () -> {
                Liquibase liquibase = new Liquibase(changelog,
                        new ClassLoaderResourceAccessor(RecordsAccess.class.getClassLoader()), database);
                liquibase.update(new Contexts(), new LabelExpression());
            });
            // Liquibase leaves autocommit off; Derby refuses to close a connection with work pending.
            database.commit();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * The records bundle's persistence unit "castpb", read from the jar's META-INF/persistence.xml,
     * with only its OSGi JNDI data source replaced by the given one. Every other property
     * (batch writing, no shared cache, weaving off) stays as shipped; {@code ledgerAfterSociety}
     * adds the commit-order workaround {@link LedgerAfterSociety}.
     */
    static EntityManagerFactory persistenceUnit(DataSource ds, boolean ledgerAfterSociety) {
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.nonJtaDataSource", ds);
        props.put("eclipselink.weaving", "false");
        if (ledgerAfterSociety) {
            props.put("eclipselink.session.customizer", LedgerAfterSociety.class.getName());
        }
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory("castpb", props);
        if (emf == null) {
            throw new IllegalStateException("persistence unit castpb not found on the class path");
        }
        return emf;
    }

    /** SELECT COUNT(*) and similar one-number queries, for checks. */
    static long number(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Size on disk of one database directory, in MB. */
    long sizeMb(String database) {
        try (Stream<Path> files = Files.walk(home.resolve(database))) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Shuts the whole embedded engine down (Derby reports success as SQLState XJ015). */
    @Override
    public void close() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException e) {
            if (!"XJ015".equals(e.getSQLState())) {
                System.err.println("Derby shutdown: " + e.getMessage());
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
