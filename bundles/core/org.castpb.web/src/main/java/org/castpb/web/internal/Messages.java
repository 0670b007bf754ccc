package org.castpb.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/** The console's labels: {@code i18n/messages_LANG.properties} (UTF-8) served as one JSON object per language. */
final class Messages {

    /** Chinese first: the default and the fallback of every label. */
    static final String DEFAULT_LANGUAGE = "zh";
    static final Set<String> LANGUAGES = Set.of("zh", "en");

    private Messages() {
    }

    /** The labels of {@code language} as JSON; a label the language lacks comes from Chinese. */
    static String json(String language, java.util.function.Function<String, URL> resources) {
        Map<String, String> labels = new TreeMap<>(load(resources.apply(path(DEFAULT_LANGUAGE))));
        if (!DEFAULT_LANGUAGE.equals(language)) {
            labels.putAll(load(resources.apply(path(language))));
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
