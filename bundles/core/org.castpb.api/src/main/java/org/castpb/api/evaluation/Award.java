package org.castpb.api.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One award of a funding allocation: who gets how much, through which channel, and why.
 * <p>
 * Since 2.1.0 an award may carry its explanation in other languages too ({@link #translations()}, keyed by language,
 * e.g. {@code zh}), so that each reader reads it in theirs ({@link #in(Locale)}).
 *
 * @param societyId    the society funded
 * @param channel      award in lieu of subsidy, dues-funded support or service purchase
 * @param amount       yuan, positive, at most two decimals
 * @param explanation  how the amount follows from the society's result and the scheme's rules, for people, in the
 *                     scheme's own language
 * @param translations the explanation in other languages, by language code ({@link Locale#getLanguage()})
 */
public record Award(long societyId, FundingChannel channel, BigDecimal amount, String explanation,
                    Map<String, String> translations) {

    public Award {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** An award explained in one language only. */
    public Award(long societyId, FundingChannel channel, BigDecimal amount, String explanation) {
        this(societyId, channel, amount, explanation, Map.of());
    }

    /** An award explained in English (the scheme's own language) and in Chinese. */
    public static Award explained(long societyId, FundingChannel channel, BigDecimal amount, org.castpb.api.text.Bilingual why) {
        return new Award(societyId, channel, amount, why.en()).translated("en", why.en()).translated("zh", why.zh());
    }

    /** This award with its explanation in {@code language} too (a language code such as {@code zh}). */
    public Award translated(String language, String explanation) {
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("a translation needs the explanation");
        }
        Map<String, String> all = new LinkedHashMap<>(translations);
        all.put(Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT), explanation);
        return new Award(societyId, channel, amount, this.explanation, all);
    }

    /** This award as a reader of {@code locale} reads it: its explanation in that language when given; its translations kept. */
    public Award in(Locale locale) {
        String t = locale == null ? null : translations.get(locale.getLanguage());
        return t == null ? this : new Award(societyId, channel, amount, t, translations);
    }
}
