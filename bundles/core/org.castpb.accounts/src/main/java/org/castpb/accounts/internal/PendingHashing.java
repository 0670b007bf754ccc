package org.castpb.accounts.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Karaf hashes a plain-text password of etc/users.properties (one typed in by an administrator, or a test's) by
 * reading the whole file, hashing slowly (PBKDF2), and writing back what it read. A user castpb adds to the file
 * in the meantime is overwritten: the account exists, its user is refused (401). So castpb waits, a bounded
 * time, until no password in the file is plain before it changes the realm.
 *
 * @param users  the realm's users file
 * @param prefix the mark before a hashed password ({@code encryption.prefix})
 * @param suffix the mark after it ({@code encryption.suffix})
 */
record PendingHashing(Path users, String prefix, String suffix) {

    /** Karaf's mark of a group line, as java.util.Properties reads it. */
    private static final String GROUP = "_g_:";

    /**
     * The hashing to wait for in a login module's options: the properties module's users file when the realm hashes
     * with marked passwords, else none (a realm that does not hash, or whose hashes cannot be told from plain text).
     */
    static PendingHashing of(Map<String, ?> options) {
        Object users = options.get("users");
        String prefix = text(options.get("encryption.prefix"));
        String suffix = text(options.get("encryption.suffix"));
        if (users == null || !Boolean.parseBoolean(text(options.get("encryption.enabled"))) || prefix.isEmpty() && suffix.isEmpty()) {
            return null;
        }
        return new PendingHashing(Path.of(users.toString()), prefix, suffix);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    /** Whether a user's password in the file is still plain text (a file that cannot be read has none). */
    boolean plainPasswordLeft() {
        Properties entries = new Properties();
        try (Reader reader = Files.newBufferedReader(users, StandardCharsets.ISO_8859_1)) {
            entries.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        for (String user : entries.stringPropertyNames()) {
            if (user.startsWith(GROUP)) {
                continue;
            }
            String stored = entries.getProperty(user).split(",", 2)[0].trim();
            boolean hashed = stored.length() > prefix.length() + suffix.length() && stored.startsWith(prefix) && stored.endsWith(suffix);
            if (!stored.isEmpty() && !hashed) {
                return true;
            }
        }
        return false;
    }

    /** Waits until no password is plain, at most {@code longest}; whether none is. */
    boolean awaitHashed(Duration longest, Duration step) {
        long deadline = System.nanoTime() + longest.toNanos();
        while (plainPasswordLeft()) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(step.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
