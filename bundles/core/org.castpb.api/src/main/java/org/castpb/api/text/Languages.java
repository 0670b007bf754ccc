package org.castpb.api.text;

import java.util.List;
import java.util.Locale;

/**
 * The languages castpb answers in, and which one a reader asked for. Chinese and English are kept; a site chooses
 * which of them a reader gets who names neither (Chinese for a Chinese site).
 */
public final class Languages {

    /** Chinese, the language of castpb's officials and the default of a Chinese site. */
    public static final Locale CHINESE = Locale.CHINESE;
    /** English. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages kept, in the order of preference when a reader accepts any. */
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Languages() {
    }

    /**
     * The language named by a configured value such as {@code zh}, {@code en} or {@code zh-CN}; Chinese for a value
     * that names no kept language (a blank or mistyped setting must not leave a site without answers).
     */
    public static Locale of(String language) {
        if (language != null) {
            String tag = language.strip().replace('_', '-');
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equalsIgnoreCase(Locale.forLanguageTag(tag).getLanguage())) {
                    return l;
                }
            }
        }
        return CHINESE;
    }

    /**
     * The kept language a reader's {@code Accept-Language} header prefers (its weights honoured, {@code zh-CN} read
     * as Chinese), or {@code fallback} when the header is absent, unreadable, {@code *} alone or names no kept
     * language.
     */
    public static Locale choose(String acceptLanguage, Locale fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String wanted = range.getRange();
            if ("*".equals(wanted)) {
                return fallback;
            }
            String language = wanted.split("-", 2)[0];
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equalsIgnoreCase(language)) {
                    return l;
                }
            }
        }
        return fallback;
    }

    /** Whether {@code locale} reads English (any other language reads Chinese). */
    static boolean english(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
