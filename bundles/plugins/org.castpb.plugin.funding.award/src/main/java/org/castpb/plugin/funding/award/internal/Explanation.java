package org.castpb.plugin.funding.award.internal;

import java.util.Locale;
import java.util.ResourceBundle;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.FundingChannel;
import org.castpb.api.text.Labels;

/**
 * An award's explanation in English and in Chinese, read from the scheme's message bundles ({@code explanations_en},
 * {@code explanations_zh}) by key, {@code {0}}, {@code {1}}... filled with the arguments as each language words them:
 * an explanation in its language, a castpb enumeration by its label, anything else (amounts, dates, names) as written.
 */
record Explanation(String en, String zh) {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.CHINESE;
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The text of {@code key} in both languages, filled with {@code args}. */
    static Explanation of(String key, Object... args) {
        return new Explanation(format(EN, key, args), format(ZH, key, args));
    }

    /** Words that differ by language without a key: an enumeration's constant name in English, its label in Chinese. */
    static Explanation named(Enum<?> value) {
        return new Explanation(value.name(), Labels.of(value, ZH));
    }

    /** An award explained in English (the scheme's own language) and in Chinese. */
    static Award award(long societyId, FundingChannel channel, java.math.BigDecimal amount, Explanation why) {
        return new Award(societyId, channel, amount, why.en()).translated("en", why.en()).translated("zh", why.zh());
    }

    private static String format(Locale locale, String key, Object... args) {
        String text = ResourceBundle.getBundle(Explanation.class.getPackageName() + ".explanations", locale,
                Explanation.class.getClassLoader(), CONTROL).getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", word(args[i], locale));
        }
        return text;
    }

    private static String word(Object arg, Locale locale) {
        if (arg instanceof Explanation e) {
            return locale == EN ? e.en() : e.zh();
        }
        if (arg instanceof Enum<?> e) {
            return Labels.of(e, locale);
        }
        return String.valueOf(arg);
    }
}
