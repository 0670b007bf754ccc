package org.castpb.security.internal;

import java.util.Map;
import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.castpb.security.LoginGuard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The karaf realm's password hashing, chosen in etc/org.apache.karaf.jaas.cfg with
 * {@code encryption.name = castpb-pbkdf2}. Its cost is {@code passwordHashIterations} of pid
 * {@value LoginGuard#PID}: Karaf hands a hashing service only its algorithm and encoding, which this one ignores.
 * (The pid's form is the throttle's; this property rides along without a designate of its own.)
 */
@Component(configurationPid = LoginGuard.PID, property = "name=" + Pbkdf2EncryptionService.NAME)
public class Pbkdf2EncryptionService implements EncryptionService {

    @ObjectClassDefinition(name = "castpb password hashing")
    public @interface Config {
        @AttributeDefinition(description = "PBKDF2 iterations of newly hashed passwords (existing hashes keep their own)")
        int passwordHashIterations() default DEFAULT_ITERATIONS;
    }

    static final String NAME = "castpb-pbkdf2";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    static final int DEFAULT_ITERATIONS = 600_000;

    private final int iterations;

    @Activate
    public Pbkdf2EncryptionService(Config config) {
        this(config.passwordHashIterations());
    }

    Pbkdf2EncryptionService(int iterations) {
        // refused here, at activation, rather than at the first login
        new Pbkdf2Encryption(iterations);
        this.iterations = iterations;
    }

    @Override
    public Encryption createEncryption(Map<String, String> params) {
        return new Pbkdf2Encryption(iterations);
    }
}
