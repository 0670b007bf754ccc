package org.castpb.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.budgets.SpendingCategory;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.RequestState;
import org.castpb.api.reports.ReportState;
import org.castpb.api.text.Labels;

/**
 * The console's labels: {@code i18n/messages_LANG.properties} (UTF-8) served as one JSON object per language, with
 * the words of castpb's enumerations taken from the one table the exports also use ({@link Labels}), keyed
 * {@code prefix.CONSTANT} (e.g. {@code level.NATIONAL}).
 */
final class Messages {

    /** Chinese first: the default and the fallback of every label. */
    static final String DEFAULT_LANGUAGE = "zh";
    static final Set<String> LANGUAGES = Set.of("zh", "en");

    private static final Map<String, Class<? extends Enum<?>>> ENUMERATIONS = new LinkedHashMap<>();

    static {
        ENUMERATIONS.put("level", SocietyLevel.class);
        ENUMERATIONS.put("discipline", Discipline.class);
        ENUMERATIONS.put("kind", SocietyKind.class);
        ENUMERATIONS.put("groupMemberStatus", GroupMemberStatus.class);
        ENUMERATIONS.put("registrationStatus", RegistrationStatus.class);
        ENUMERATIONS.put("organisationType", OrganisationType.class);
        ENUMERATIONS.put("coverageKind", CoverageKind.class);
        ENUMERATIONS.put("outcome", Outcome.class);
        ENUMERATIONS.put("grade", Grade.class);
        ENUMERATIONS.put("requestState", RequestState.class);
        ENUMERATIONS.put("reportState", ReportState.class);
        ENUMERATIONS.put("spending", SpendingCategory.class);
    }

    private Messages() {
    }

    /** The enumerations' words in {@code language}, keyed prefix.CONSTANT. */
    static Map<String, String> enumerations(String language) {
        Map<String, String> words = new TreeMap<>();
        Locale locale = Locale.forLanguageTag(language);
        ENUMERATIONS.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                words.put(prefix + "." + constant.name(), Labels.of(constant, locale));
            }
        });
        return words;
    }

    /** The labels of {@code language} as JSON; a label the language lacks comes from Chinese. */
    static String json(String language, java.util.function.Function<String, URL> resources) {
        Map<String, String> labels = new TreeMap<>(load(resources.apply(path(DEFAULT_LANGUAGE))));
        labels.putAll(enumerations(DEFAULT_LANGUAGE));
        if (!DEFAULT_LANGUAGE.equals(language)) {
            labels.putAll(load(resources.apply(path(language))));
            labels.putAll(enumerations(language));
        }
        return Json.object(labels);
    }

    static String path(String language) {
        return "/i18n/messages_" + language + ".properties";
    }

    static Map<String, String> load(URL resource) {
        if (resource == null) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (InputStream in = resource.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> labels = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> labels.put(k, properties.getProperty(k)));
        return labels;
    }
}
