package org.castpb.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.castpb.api.CastpbException;
import org.castpb.api.FieldError;
import org.castpb.api.ValidationException;
import org.castpb.api.text.ErrorTexts;
import org.castpb.api.text.Languages;

/**
 * Puts a problem document in the reader's language. Its code, status, type and fields stay as they are (integrators
 * key on them); its title, detail and field messages are read from message bundles, and a text kept in no bundle
 * stays the English one the door or the service wrote.
 */
final class ProblemTexts {

    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    /**
     * {@code problem} in {@code locale}. {@code cause} is the service's refusal the problem reports, whose arguments
     * fill its sentence, or a {@link DoorRefusal} whose arguments fill the door's own sentence; null for a refusal of
     * the door itself that gives no arguments.
     */
    static Problem localise(Problem problem, CastpbException cause, Locale locale) {
        String title = word(locale, "title." + problem.title(), problem.title());
        List<FieldError> errors = problem.errors() == null ? List.of() : ErrorTexts.fields(problem.errors(), locale);
        String detail;
        if (cause instanceof DoorRefusal door) {
            detail = door(locale, problem, door.arguments());
        } else if (cause instanceof ValidationException v) {
            detail = ErrorTexts.validation(v.errors(), problem.detail(), locale);
        } else if (cause != null) {
            detail = ErrorTexts.message(cause, locale);
        } else if (!errors.isEmpty()) {
            detail = ErrorTexts.validation(problem.errors(), problem.detail(), locale);
        } else {
            detail = door(locale, problem, List.of());
        }
        return new Problem(problem.type(), title, problem.status(), detail, problem.code(), errors);
    }

    /** The door's sentence for the problem's code given that many arguments, else its sentence for the code. */
    private static String door(Locale locale, Problem problem, List<Object> arguments) {
        String pattern = word(locale, "detail." + problem.code() + "." + arguments.size(), null);
        return ErrorTexts.fill(pattern == null ? word(locale, "detail." + problem.code(), null) : pattern, arguments,
                problem.detail(), locale);
    }

    private static String word(Locale locale, String key, String fallback) {
        Locale l = Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Languages.ENGLISH : Languages.CHINESE;
        try {
            return ResourceBundle.getBundle(ProblemTexts.class.getPackageName() + ".problems", l,
                    ProblemTexts.class.getClassLoader(), CONTROL).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
