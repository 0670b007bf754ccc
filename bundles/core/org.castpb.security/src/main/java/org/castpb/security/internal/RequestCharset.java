package org.castpb.security.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The charset a request's {@code Content-Type} names, and whether this Java can decode it. A name is echoed to the
 * caller only when it is made of the characters a charset name may hold (RFC 2978), so a refusal never carries
 * markup or a forged header back.
 */
final class RequestCharset {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+-]{0,39}");

    private RequestCharset() {
    }

    /**
     * What to tell a caller whose {@code Content-Type} names a charset this Java cannot decode, or empty when the
     * header names none or a supported one.
     */
    static Optional<String> unsupported(String contentType) {
        String name = charsetOf(contentType);
        if (name == null || supported(name)) {
            return Optional.empty();
        }
        String named = NAME.matcher(name).matches() ? "the charset '" + name + "'" : "the charset named in Content-Type";
        return Optional.of(named + " is not supported here; send the body in UTF-8 (Content-Type: ...; charset=UTF-8)");
    }

    /** The value of the {@code charset} parameter, unquoted, or null if there is none. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("charset")) {
                String value = parameter.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).trim();
                }
                return value;
            }
        }
        return null;
    }

    private static boolean supported(String name) {
        try {
            return !name.isEmpty() && Charset.isSupported(name);
        } catch (IllegalCharsetNameException illegal) {
            return false;
        }
    }
}
