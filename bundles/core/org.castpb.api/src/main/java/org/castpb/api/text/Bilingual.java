package org.castpb.api.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A text in English and in Chinese, as a plugin words its evidence or explanations: read from the plugin's own
 * message bundles ({@link #texts}), a record field by its label ({@link #field}), or the same in both ({@link #same}).
 *
 * @param en the English text
 * @param zh the Chinese text
 */
public record Bilingual(String en, String zh) {

    public Bilingual {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /** The same words in both languages (a name, a code). */
    public static Bilingual same(String text) {
        return new Bilingual(text, text);
    }

    /** A record field by its label in each language, never its internal name. */
    public static Bilingual field(String name) {
        return new Bilingual(FieldLabels.of(name, Locale.ENGLISH), FieldLabels.of(name, Locale.CHINESE));
    }

    /** The text in a language ({@code zh} Chinese, anything else English). */
    public String in(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? zh : en;
    }

    /**
     * The texts of the message bundles {@code bundle_en} and {@code bundle_zh} in {@code owner}'s package, read with
     * its class loader (a plugin's own bundles, from inside the plugin).
     */
    public static Texts texts(Class<?> owner, String bundle) {
        return new Texts(owner.getPackageName() + "." + bundle, owner.getClassLoader());
    }

    /** A plugin's message bundles in both languages. */
    public static final class Texts {

        private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);

        private final String baseName;
        private final ClassLoader loader;

        private Texts(String baseName, ClassLoader loader) {
            this.baseName = baseName;
            this.loader = loader;
        }

        /**
         * The text of {@code key} in both languages, {@code {0}}, {@code {1}}... filled with {@code args} as each
         * language words them: a wording in its language, a castpb enumeration by its label, anything else (numbers,
         * dates, names) as written.
         */
        public Bilingual of(String key, Object... args) {
            return new Bilingual(format(Locale.ENGLISH, key, args), format(Locale.CHINESE, key, args));
        }

        /** The parts joined with the separator kept under {@code separatorKey}. */
        public Bilingual join(String separatorKey, List<Bilingual> parts) {
            return new Bilingual(String.join(text(Locale.ENGLISH, separatorKey), parts.stream().map(Bilingual::en).toList()),
                    String.join(text(Locale.CHINESE, separatorKey), parts.stream().map(Bilingual::zh).toList()));
        }

        private String format(Locale locale, String key, Object... args) {
            String text = text(locale, key);
            for (int i = 0; i < args.length; i++) {
                text = text.replace("{" + i + "}", word(args[i], locale));
            }
            return text;
        }

        private static String word(Object arg, Locale locale) {
            if (arg instanceof Bilingual w) {
                return w.in(locale);
            }
            if (arg instanceof Enum<?> e) {
                return Labels.of(e, locale);
            }
            return String.valueOf(arg);
        }

        private String text(Locale locale, String key) {
            return ResourceBundle.getBundle(baseName, locale, loader, CONTROL).getString(key);
        }
    }
}
