package org.castpb.api.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.castpb.api.CastpbException;
import org.castpb.api.FieldError;
import org.castpb.api.ValidationException;

/**
 * Refusals in the reader's language. The codes never change (integrators key on them); the sentences come from the
 * message bundles of this package, keyed by code and filled with the refusal's {@link CastpbException#arguments()}.
 * A code raised with different numbers of arguments keeps a sentence per number where they differ
 * ({@code VERSION_CONFLICT.0}, read before {@code VERSION_CONFLICT}); a sentence may quote the service's English message as
 * {@code {message}} where that says more than the sentence's words (the step refused, the roles it needs). A code
 * without a sentence in the reader's language, or a refusal without the arguments its sentence needs, reads as the
 * service's English message: never a blank, never a bare code. Every code raised has a sentence in both languages
 * (checked against the sources by the REST door's ErrorSentencesTest).
 */
public final class ErrorTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** Where a sentence quotes the service's own English message, for what it says beyond the sentence's words. */
    static final String MESSAGE = "{message}";

    private ErrorTexts() {
    }

    /** The sentence for a refusal: a field-by-field sentence for {@link ValidationException}. */
    public static String message(CastpbException e, Locale locale) {
        if (e instanceof ValidationException v) {
            return validation(v.errors(), v.getMessage(), locale);
        }
        return render(e.code(), e.arguments(), e.getMessage(), locale);
    }

    /**
     * The sentence kept for {@code code} in {@code locale} filled with {@code arguments}; {@code fallback} when none is
     * kept or it needs more arguments than given. A text argument naming a record kind ({@code society}) is put in
     * the reader's words when a word is kept for it ({@code record.society}), else the fallback is used.
     */
    public static String render(String code, List<Object> arguments, String fallback, Locale locale) {
        String pattern = code == null ? null : Bundles.find("errors", locale, code + "." + arguments.size());
        if (pattern == null && code != null) {
            pattern = Bundles.find("errors", locale, code);
        }
        return fill(pattern, arguments, fallback, locale);
    }

    /**
     * {@code pattern} (a sentence of a message bundle, e.g. a door's own) filled as {@link #render} fills a code's
     * sentence: numbered arguments, enumerations by their label, {@code {message}} for {@code fallback}, the English
     * message; {@code fallback} itself when there is no pattern or it needs more arguments than given.
     *
     * @since 1.3.0
     */
    public static String fill(String pattern, List<Object> arguments, String fallback, Locale locale) {
        if (pattern == null || needed(pattern) > arguments.size()) {
            return fallback;
        }
        Object[] values = new Object[arguments.size() + 1];
        values[arguments.size()] = fallback;
        pattern = pattern.replace(MESSAGE, "{" + arguments.size() + "}");
        for (int i = 0; i < arguments.size(); i++) {
            Object a = arguments.get(i);
            values[i] = a instanceof Number n ? String.valueOf(n) : a; // ids and versions are not grouped: 1203, not 1,203
            if (a instanceof Enum<?> en) {
                values[i] = Labels.of(en, locale);
            }
        }
        if (pattern.contains("{0,record}")) {
            String word = values.length == 0 ? null : Bundles.find("errors", locale, "record." + values[0]);
            if (word == null) {
                return fallback;
            }
            values[0] = word;
            pattern = pattern.replace("{0,record}", "{0}");
        }
        return new MessageFormat(pattern, locale).format(values);
    }

    /**
     * A field error with its message in {@code locale}: the code's sentence naming the field by its label ({@code {0}}),
     * with the service's English message ({@code {1}}) where the sentence keeps it for what it says more.
     */
    public static FieldError field(FieldError error, Locale locale) {
        String pattern = error.code() == null ? null : Bundles.find("errors", locale, "field." + error.code());
        if (pattern == null) {
            return error;
        }
        String message = new MessageFormat(pattern, locale).format(new Object[] {FieldLabels.of(error.field(), locale),
                error.message()});
        return new FieldError(error.field(), error.code(), message);
    }

    /** Every field error in {@code locale}, in order. */
    public static List<FieldError> fields(List<FieldError> errors, Locale locale) {
        List<FieldError> localised = new ArrayList<>(errors.size());
        errors.forEach(e -> localised.add(field(e, locale)));
        return localised;
    }

    /**
     * The sentence for invalid input: the English message the service wrote where every error kept its English
     * message, else each field's label and message in the reader's language.
     */
    public static String validation(List<FieldError> errors, String fallback, Locale locale) {
        List<FieldError> localised = fields(errors, locale);
        if (localised.equals(errors) && Languages.english(locale)) {
            return fallback;
        }
        String separator = Bundles.find("errors", locale, "separator");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < errors.size(); i++) {
            if (b.length() > 0) {
                b.append(separator == null ? "; " : separator);
            }
            FieldError original = errors.get(i);
            FieldError e = localised.get(i);
            b.append(e == original ? original.field() + ": " + original.message() : e.message());
        }
        return b.length() == 0 ? fallback : b.toString();
    }

    private static int needed(String pattern) {
        int n = 0;
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            n = Math.max(n, Integer.parseInt(m.group(1)) + 1);
        }
        return n;
    }
}
