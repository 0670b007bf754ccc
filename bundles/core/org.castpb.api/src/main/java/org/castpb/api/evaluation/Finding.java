package org.castpb.api.evaluation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One itemised finding of an evaluation module: a criterion, the points it gave out of the points it was worth,
 * and the evidence. A module's score is the sum of its findings' points, so every score is explainable from them.
 * <p>
 * Since 2.1.0 a finding may carry its title and evidence in other languages too ({@link #translations()}, keyed by
 * language, e.g. {@code zh}), so that each reader reads it in theirs ({@link #in(Locale)}); the title and evidence
 * are then the module's own language, shown where no translation is given.
 *
 * @param code         stable code of the criterion within its module, e.g. {@code LEDGER_FIVE_CLEARS}
 * @param title        the criterion, for people
 * @param points       points given, from 0 to {@code maxPoints}
 * @param maxPoints    points the criterion is worth; 0 when it could not be assessed and does not count
 * @param evidence     the facts the points rest on, for people (never empty); fields named by their labels, never
 *                     by their internal names
 * @param translations the title and evidence in other languages, by language code ({@link Locale#getLanguage()})
 */
public record Finding(String code, String title, int points, int maxPoints, String evidence,
                      Map<String, Wording> translations) {

    /**
     * A finding's title and evidence in one language.
     *
     * @param title    the criterion
     * @param evidence the facts the points rest on
     */
    public record Wording(String title, String evidence) {

        public Wording {
            if (title == null || title.isBlank() || evidence == null || evidence.isBlank()) {
                throw new IllegalArgumentException("a translation needs a title and its evidence");
            }
        }
    }

    public Finding {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a finding needs a code");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("finding " + code + " needs a title");
        }
        if (maxPoints < 0 || points < 0 || points > maxPoints) {
            throw new IllegalArgumentException("finding " + code + " gives " + points + " points out of " + maxPoints
                    + "; points must be between 0 and the maximum");
        }
        if (evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("finding " + code + " needs its evidence");
        }
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** A finding in one language only. */
    public Finding(String code, String title, int points, int maxPoints, String evidence) {
        this(code, title, points, maxPoints, evidence, Map.of());
    }

    /** A criterion met in full. */
    public static Finding met(String code, String title, int maxPoints, String evidence) {
        return new Finding(code, title, maxPoints, maxPoints, evidence);
    }

    /** A criterion not met: no points. */
    public static Finding missed(String code, String title, int maxPoints, String evidence) {
        return new Finding(code, title, 0, maxPoints, evidence);
    }

    /** A criterion that could not be assessed (no records kept): worth nothing, so it neither helps nor hurts. */
    public static Finding notAssessed(String code, String title, String evidence) {
        return new Finding(code, title, 0, 0, evidence);
    }

    /** A finding worded in English (its own language) and in Chinese. */
    public static Finding worded(String code, org.castpb.api.text.Bilingual title, int points, int maxPoints,
                                 org.castpb.api.text.Bilingual evidence) {
        return new Finding(code, title.en(), points, maxPoints, evidence.en())
                .translated("en", title.en(), evidence.en())
                .translated("zh", title.zh(), evidence.zh());
    }

    /** This finding with its title and evidence in {@code language} too (a language code such as {@code zh}). */
    public Finding translated(String language, String title, String evidence) {
        Map<String, Wording> all = new LinkedHashMap<>(translations);
        all.put(Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT), new Wording(title, evidence));
        return new Finding(code, this.title, points, maxPoints, this.evidence, all);
    }

    /**
     * This finding as a reader of {@code locale} reads it: its title and evidence in that language when given, else
     * in the module's own; its translations kept.
     */
    public Finding in(Locale locale) {
        Wording w = locale == null ? null : translations.get(locale.getLanguage());
        return w == null ? this : new Finding(code, w.title(), points, maxPoints, w.evidence(), translations);
    }

    /** Whether the criterion gave all its points (false for one not assessed). */
    public boolean fullyMet() {
        return maxPoints > 0 && points == maxPoints;
    }

    @Override
    public String toString() {
        return code + " " + points + "/" + maxPoints + ": " + Objects.toString(evidence);
    }
}
