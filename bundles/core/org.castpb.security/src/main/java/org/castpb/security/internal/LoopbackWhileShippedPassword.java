package org.castpb.security.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Properties;
import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start: while the account admin still logs in with the shipped password admin, the HTTP server and the ssh
 * console listen on 127.0.0.1 only, whatever etc/ configures, and the log and the console say why. Decided once
 * per start: after the password is changed, the configured addresses apply from the next start.
 */
@Component(immediate = true)
public class LoopbackWhileShippedPassword {

    static final String SHIPPED_USER = "admin";
    static final String SHIPPED_PASSWORD = "admin";
    /** The marks etc/org.apache.karaf.jaas.cfg puts around a hashed password. */
    static final String CRYPT = "{CRYPT}";
    static final String WARNING = "castpb: the account admin still has the shipped password 'admin', so HTTP and ssh listen on "
            + LoopbackOnly.LOOPBACK + " only. Change the password (README, \"Change the admin password\") and restart to "
            + "listen on the addresses configured in etc/org.ops4j.pax.web.cfg and etc/org.apache.karaf.shell.cfg.";
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackWhileShippedPassword.class);

    private final ServiceRegistration<ConfigurationPlugin> plugin;

    @Activate
    public LoopbackWhileShippedPassword(BundleContext context, @Reference ConfigurationAdmin configurations,
                                        @Reference(target = "(name=" + Pbkdf2EncryptionService.NAME + ")") EncryptionService hashing) {
        Path users = Path.of(System.getProperty("karaf.etc", "etc"), "users.properties");
        if (!shippedPasswordIn(users, hashing.createEncryption(Map.of()))) {
            LOG.info("castpb: admin does not have the shipped password; HTTP and ssh listen where etc/ says");
            plugin = null;
            return;
        }
        LOG.warn(WARNING);
        // the log is not on the console by default, and whoever started the server must read this there
        System.out.println(WARNING);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(ConfigurationPlugin.CM_TARGET, new String[] {LoopbackOnly.HTTP_PID, LoopbackOnly.SSH_PID});
        properties.put(ConfigurationPlugin.CM_RANKING, 500);
        plugin = context.registerService(ConfigurationPlugin.class, new LoopbackOnly(), properties);
        // the HTTP server or the console may have started on the configured address before this ran
        redeliver(configurations, LoopbackOnly.HTTP_PID);
        redeliver(configurations, LoopbackOnly.SSH_PID);
    }

    @Deactivate
    void deactivate() {
        if (plugin != null) {
            plugin.unregister();
        }
    }

    /**
     * Reads admin's entry of etc/users.properties rather than logging in: Karaf 4.4.10's realm fails every login
     * (StringIndexOutOfBoundsException) while a password there is still plain text, which it is at the first start
     * until the realm has hashed it. A site whose admin lives elsewhere (LDAP, JDBC) has no shipped password.
     */
    static boolean shippedPasswordIn(Path users, Encryption hashing) {
        Properties accounts = new Properties();
        try (Reader reader = Files.newBufferedReader(users, StandardCharsets.UTF_8)) {
            accounts.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("castpb: cannot read {} ({}); treating admin as having the shipped password", users, e.toString());
            return true;
        }
        String entry = accounts.getProperty(SHIPPED_USER);
        if (entry == null) {
            return false;
        }
        String stored = entry.split(",", 2)[0].trim();
        if (stored.length() > 2 * CRYPT.length() && stored.startsWith(CRYPT) && stored.endsWith(CRYPT)) {
            return hashing.checkPassword(SHIPPED_PASSWORD, stored.substring(CRYPT.length(), stored.length() - CRYPT.length()));
        }
        return SHIPPED_PASSWORD.equals(stored);
    }

    private static void redeliver(ConfigurationAdmin configurations, String pid) {
        try {
            Configuration configuration = configurations.getConfiguration(pid, null);
            Dictionary<String, Object> stored = configuration.getProperties();
            if (stored != null) {
                configuration.update(stored);
            }
        } catch (IOException e) {
            LOG.error("castpb: could not move {} to loopback; check that it does not listen on a public address", pid, e);
        }
    }
}
