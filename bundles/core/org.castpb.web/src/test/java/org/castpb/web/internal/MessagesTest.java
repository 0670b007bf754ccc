package org.castpb.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class MessagesTest {

    private static Map<String, String> bundle(String language) {
        return Messages.load(MessagesTest.class.getResource(Messages.path(language)));
    }

    @Test
    public void chineseAndEnglishLabelTheSameKeys() {
        assertEquals(bundle("zh").keySet(), bundle("en").keySet());
    }

    @Test
    public void everyLabelThePagesAskForIsInTheBundles() throws IOException, URISyntaxException {
        Pattern literal = Pattern.compile("\\bt\\('([a-zA-Z.]+)'");
        Set<String> asked = new TreeSet<>();
        Path scripts = Path.of(MessagesTest.class.getResource("/console/js").toURI());
        try (var files = Files.list(scripts)) {
            for (Path script : files.toList()) {
                Matcher m = literal.matcher(Files.readString(script, StandardCharsets.UTF_8));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertTrue(asked.size() > 50);
        asked.removeAll(bundle("zh").keySet());
        assertEquals("labels the pages use but the bundles lack", Set.of(), asked);
    }

    @Test
    public void enumerationsHaveTheWordsOfTheOneTableTheExportsUse() {
        String chinese = Messages.json("zh", MessagesTest.class::getResource);
        String english = Messages.json("en", MessagesTest.class::getResource);
        assertTrue(chinese, chinese.contains("\"level.PROVINCIAL\":\"省级\"") && chinese.contains("\"groupMemberStatus.NONE\":\"非会员\""));
        assertTrue(english, english.contains("\"level.PROVINCIAL\":\"Provincial\"") && english.contains("\"groupMemberStatus.NONE\":\"Not a member\""));
    }

    @Test
    public void everyEnumerationThePagesLabelHasWords() throws IOException, URISyntaxException {
        Pattern prefix = Pattern.compile("\\blabel\\('([a-zA-Z]+)'");
        Set<String> asked = new TreeSet<>();
        try (var files = Files.list(Path.of(MessagesTest.class.getResource("/console/js").toURI()))) {
            for (Path script : files.toList()) {
                Matcher m = prefix.matcher(Files.readString(script, StandardCharsets.UTF_8));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertTrue(asked.toString(), asked.size() >= 10);
        Set<String> known = new TreeSet<>(bundle("zh").keySet());
        known.addAll(Messages.enumerations("zh").keySet());
        asked.removeIf(p -> known.stream().anyMatch(k -> k.startsWith(p + ".")));
        assertEquals("enumerations the pages label without words", Set.of(), asked);
    }

    @Test
    public void everyProvinceOfGbt2260HasAChineseAndAnEnglishName() {
        long chinese = bundle("zh").keySet().stream().filter(k -> k.matches("region\\.\\d{2}0000")).count();
        long english = bundle("en").keySet().stream().filter(k -> k.matches("region\\.\\d{2}0000")).count();
        assertEquals("31 provinces and the national code", 32, chinese);
        assertEquals(32, english);
        assertEquals("浙江省", bundle("zh").get("region.330000"));
    }

    @Test
    public void aLanguageIsServedAsJsonWithChineseFillingItsGaps() {
        String english = Messages.json("en", path -> path.endsWith("_en.properties") ? null : MessagesTest.class.getResource(path));
        assertTrue(english, english.contains("\"nav.overview\":\"总览\""));
        String json = Messages.json("en", MessagesTest.class::getResource);
        assertTrue(json, json.startsWith("{") && json.contains("\"nav.overview\":\"Overview\""));
    }

    @Test
    public void jsonEscapesQuotesControlCharactersAndAngleBrackets() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\\u003c/script\\u003e\"", Json.quote("a\"b\\c\n\u0001</script>"));
        URL none = null;
        assertEquals(Map.of(), Messages.load(none));
    }
}
