package org.castpb.accounts.internal;

import java.security.Principal;
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

/**
 * The realm {@code karaf} through Karaf's backing engines: the properties realm by default, or any realm whose
 * login module has a backing engine (JDBC, LDAP read-only). The castpb role is a realm role of the user, so
 * the realm keeps authenticating and castpb keeps the scope.
 */
@Component(service = Realm.class)
public class KarafRealm implements Realm {

    static final String REALM = "karaf";

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

    /** The backing engine of the highest-ranked realm named karaf's first module that has one. */
    private BackingEngine engine() {
        BackingEngineService service = new BackingEngineService();
        service.setEngineFactories(List.copyOf(factories));
        return realms.stream().filter(r -> REALM.equals(r.getName()))
                .sorted(Comparator.comparingInt(JaasRealm::getRank).reversed())
                .flatMap(r -> java.util.Arrays.stream(r.getEntries()))
                .map((AppConfigurationEntry entry) -> service.get(entry))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new CastpbException("REALM_UNAVAILABLE",
                        "the realm " + REALM + " has no module whose users castpb can manage"));
    }

    @Override
    public boolean exists(String userName) {
        return engine().lookupUser(userName) != null;
    }

    @Override
    public void addUser(String userName, String password) {
        engine().addUser(userName, password);
    }

    @Override
    public void deleteUser(String userName) {
        engine().deleteUser(userName);
    }

    @Override
    public void setPassword(String userName, String password) {
        BackingEngine engine = engine();
        if (engine.lookupUser(userName) == null) {
            throw new CastpbException("REALM_USER_MISSING", "the realm has no user " + userName);
        }
        // adding a user the engine knows replaces its password (hashed when the realm encrypts) and keeps its roles
        engine.addUser(userName, password);
    }

    @Override
    public void replaceRole(String userName, String previous, String role) {
        BackingEngine engine = engine();
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
