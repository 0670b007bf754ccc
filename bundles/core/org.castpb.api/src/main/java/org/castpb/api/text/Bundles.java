package org.castpb.api.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads the message bundles of this package, one file per kept language ({@code _en}, {@code _zh}) and no root
 * file, so a text missing in one language is missing, never the other language's text; and no fallback to the
 * JVM's default locale, so a server started in another locale answers the same.
 */
final class Bundles {

    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /** The text of {@code key} in the bundle {@code name} for {@code locale}, or null when it keeps none. */
    static String find(String name, Locale locale, String key) {
        Locale l = Languages.english(locale) ? Languages.ENGLISH : Languages.CHINESE;
        try {
            return ResourceBundle.getBundle(Bundles.class.getPackageName() + "." + name, l, Bundles.class.getClassLoader(),
                    CONTROL).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
