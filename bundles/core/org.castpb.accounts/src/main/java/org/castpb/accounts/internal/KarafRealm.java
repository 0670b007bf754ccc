package org.castpb.accounts.internal;

import java.security.Principal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.BackingEngineService;
import org.castpb.api.CastpbException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realm {@code karaf} through Karaf's backing engines: the properties realm by default, or any realm whose
 * login module has a backing engine (JDBC, LDAP read-only). The castpb role is a realm role of the user, so
 * the realm keeps authenticating and castpb keeps the scope.
 * <p>
 * Changes are made one at a time (a backing engine reads the users file, changes it and writes it whole), and not
 * while Karaf is still hashing a plain-text password of the file, whose write would undo them (see
 * {@link PendingHashing}).
 */
@Component(service = Realm.class)
public class KarafRealm implements Realm {

    static final String REALM = "karaf";
    /** How long a change waits for Karaf to hash a plain-text password (it takes a second or two). */
    private static final Duration HASHING_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(KarafRealm.class);

    private final List<BackingEngineFactory> factories = new CopyOnWriteArrayList<>();
    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindFactory(BackingEngineFactory factory) {
        factories.add(factory);
    }

    void unbindFactory(BackingEngineFactory factory) {
        factories.remove(factory);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindRealm(JaasRealm realm) {
        realms.add(realm);
    }

    void unbindRealm(JaasRealm realm) {
        realms.remove(realm);
    }

    /** The backing engine of the highest-ranked realm named karaf's first module that has one, with its module's options. */
    private Module module() {
        BackingEngineService service = new BackingEngineService();
        service.setEngineFactories(List.copyOf(factories));
        return realms.stream().filter(r -> REALM.equals(r.getName()))
                .sorted(Comparator.comparingInt(JaasRealm::getRank).reversed())
                .flatMap(r -> java.util.Arrays.stream(r.getEntries()))
                .map((AppConfigurationEntry entry) -> {
                    BackingEngine engine = service.get(entry);
                    return engine == null ? null : new Module(engine, entry);
                })
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new CastpbException("REALM_UNAVAILABLE",
                        "the realm " + REALM + " has no module whose users castpb can manage", REALM));
    }

    private BackingEngine engine() {
        return module().engine();
    }

    /** The engine to change the realm with, once no plain-text password waits to be hashed (see {@link PendingHashing}). */
    private BackingEngine engineForChange() {
        Module module = module();
        PendingHashing hashing = PendingHashing.of(module.entry().getOptions());
        if (hashing != null && !hashing.awaitHashed(HASHING_WAIT, Duration.ofMillis(100))) {
            LOG.warn("castpb: {} still holds a plain-text password after {} s; changing the realm anyway", hashing.users(),
                    HASHING_WAIT.toSeconds());
        }
        // read the users only now: Karaf's engines read them when they are made
        return hashing == null ? module.engine() : engine();
    }

    private record Module(BackingEngine engine, AppConfigurationEntry entry) {
    }

    @Override
    public boolean exists(String userName) {
        return engine().lookupUser(userName) != null;
    }

    @Override
    public synchronized void addUser(String userName, String password) {
        engineForChange().addUser(userName, password);
    }

    @Override
    public synchronized void deleteUser(String userName) {
        engineForChange().deleteUser(userName);
    }

    @Override
    public synchronized void setPassword(String userName, String password) {
        BackingEngine engine = engineForChange();
        if (engine.lookupUser(userName) == null) {
            throw new CastpbException("REALM_USER_MISSING", "the realm has no user " + userName, userName);
        }
        // adding a user the engine knows replaces its password (hashed when the realm encrypts) and keeps its roles
        engine.addUser(userName, password);
    }

    @Override
    public synchronized void replaceRole(String userName, String previous, String role) {
        BackingEngine engine = engineForChange();
        UserPrincipal user = engine.lookupUser(userName);
        List<String> held = user == null ? List.of() : engine.listRoles(user).stream().filter(RolePrincipal.class::isInstance)
                .map(Principal::getName).toList();
        if (previous != null && !previous.equals(role) && held.contains(previous)) {
            engine.deleteRole(userName, previous);
        }
        if (!held.contains(role)) {
            engine.addRole(userName, role);
        }
    }
}
