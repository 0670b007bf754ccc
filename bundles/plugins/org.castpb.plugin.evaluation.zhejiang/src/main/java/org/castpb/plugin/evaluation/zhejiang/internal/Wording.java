package org.castpb.plugin.evaluation.zhejiang.internal;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.text.FieldLabels;
import org.castpb.api.text.Labels;

/**
 * A text of Zhejiang's standard in English and in Chinese, read from its message bundles ({@code evidence_en},
 * {@code evidence_zh}) by key, {@code {0}}, {@code {1}}... filled with the arguments as each language words them: a
 * wording in its language, a castpb enumeration by its label, anything else (numbers, dates, names) as written.
 */
record Wording(String en, String zh) {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.CHINESE;
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The text of {@code key} in both languages, filled with {@code args}. */
    static Wording of(String key, Object... args) {
        return new Wording(format(EN, key, args), format(ZH, key, args));
    }

    /** The same words in both languages (a name). */
    static Wording same(String text) {
        return new Wording(text, text);
    }

    /** A record field by its label, never its internal name. */
    static Wording field(String name) {
        return new Wording(FieldLabels.of(name, EN), FieldLabels.of(name, ZH));
    }

    /** The parts joined with the separator kept under {@code separatorKey}. */
    static Wording join(String separatorKey, List<Wording> parts) {
        String enSeparator = text(EN, separatorKey);
        String zhSeparator = text(ZH, separatorKey);
        return new Wording(String.join(enSeparator, parts.stream().map(Wording::en).toList()),
                String.join(zhSeparator, parts.stream().map(Wording::zh).toList()));
    }

    /** A finding worded in English (the module's own language) and in Chinese. */
    static Finding finding(String code, Wording title, int points, int maxPoints, Wording evidence) {
        return new Finding(code, title.en(), points, maxPoints, evidence.en())
                .translated("en", title.en(), evidence.en())
                .translated("zh", title.zh(), evidence.zh());
    }

    private static String format(Locale locale, String key, Object... args) {
        String text = text(locale, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", word(args[i], locale));
        }
        return text;
    }

    private static String word(Object arg, Locale locale) {
        if (arg instanceof Wording w) {
            return locale == EN ? w.en() : w.zh();
        }
        if (arg instanceof Enum<?> e) {
            return Labels.of(e, locale);
        }
        return String.valueOf(arg);
    }

    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle(Wording.class.getPackageName() + ".evidence", locale, Wording.class.getClassLoader(),
                CONTROL).getString(key);
    }
}
