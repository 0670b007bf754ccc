package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Every error code the code base can raise (services, plugins and the REST door, read from their sources) reads in
 * English and in Chinese, and each sentence asks for no argument a refusal of its code does not give: else a reader
 * of either language would see the other language, or the sentence could never be filled.
 */
public class ErrorSentencesTest {

    private static final Path BUNDLES = Paths.get("..", "..").toAbsolutePath().normalize();
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern CONSTANT = Pattern.compile("\\bString ([A-Z][A-Z0-9_]+) = \"([A-Z][A-Z0-9_]+)\";");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** Expressions that pass on a code raised and collected elsewhere (a field error re-addressed, a warning kept). */
    private static final Set<String> FORWARDED = Set.of("code", "error.code()", "f.code()", "w.code()", "r.code()");

    private static final Map<String, List<String>> SOURCES = sources();
    private static final Map<String, Set<String>> CONSTANTS = constants();
    private static final Properties ERRORS_EN = bundle("/org/castpb/api/text/errors_en.properties");
    private static final Properties ERRORS_ZH = bundle("/org/castpb/api/text/errors_zh.properties");
    private static final Properties DOOR_EN = bundle("/org/castpb/rest/internal/problems_en.properties");
    private static final Properties DOOR_ZH = bundle("/org/castpb/rest/internal/problems_zh.properties");

    @Test
    public void theScanFindsTheCodesItIsMeantToFind() {
        Map<String, Set<Integer>> refusals = refusals();
        assertTrue(refusals.keySet().containsAll(Set.of("NOT_FOUND", "VERSION_CONFLICT", "OUT_OF_SCOPE", "FORBIDDEN",
                "CAMPAIGN_RUNNING", "SCHEME_FAILED", "DUPLICATE_USCC", "ACCOUNT_DISABLED")));
        assertEquals(Set.of(2, 3), refusals.get("SCHEME_FAILED"));
        assertEquals(Set.of(2), refusals.get("NOT_FOUND"));
        assertTrue(fieldCodes().containsAll(Set.of("REQUIRED", "ALREADY_ON_ROLL", "STEP_OUT_OF_ORDER", "EMPTY_FILE",
                "UNDER_AGE", "NO_ORGANISATION_OR_REQUEST", "RECORDED_OUTSIDE_RANGE")));
        assertTrue(doorCodes().containsAll(Set.of("MALFORMED_JSON", "LOGIN_THROTTLED", "INVALID_IF_MATCH", "UNAUTHORIZED",
                "SESSION_EXPIRED", "CLIENT_DISCONNECTED")));
    }

    @Test
    public void everyRefusalCodeHasASentenceInEnglishAndChineseThatItsArgumentsFill() {
        List<String> faults = new ArrayList<>();
        refusals().forEach((code, arities) -> {
            for (int given : arities) {
                check(faults, "en", code, given, ERRORS_EN);
                check(faults, "zh", code, given, ERRORS_ZH);
            }
        });
        assertEquals("refusal codes without a sentence they can fill", List.of(), faults);
    }

    @Test
    public void everyFieldCodeHasASentenceInEnglishAndChineseOfItsLabelAndMessage() {
        List<String> faults = new ArrayList<>();
        for (String code : fieldCodes()) {
            for (Properties b : List.of(ERRORS_EN, ERRORS_ZH)) {
                String sentence = b.getProperty("field." + code);
                String language = b == ERRORS_EN ? "en" : "zh";
                if (sentence == null) {
                    faults.add(language + " field." + code + " missing");
                } else if (!Set.of(0, 1).containsAll(placeholders(sentence)) || !sentence.contains("{")) {
                    faults.add(language + " field." + code + " uses other than {0} (label) and {1} (message): " + sentence);
                }
            }
            if (ERRORS_ZH.getProperty("field." + code) != null && !ERRORS_ZH.getProperty("field." + code).contains("{0}")) {
                faults.add("zh field." + code + " does not name the field by its label {0}");
            }
        }
        assertEquals("field codes without a sentence", List.of(), faults);
    }

    @Test
    public void everyRefusalOfTheRestDoorItselfReadsInEnglishAndChinese() {
        List<String> faults = new ArrayList<>();
        for (String code : doorCodes()) {
            String en = DOOR_EN.getProperty("detail." + code, ERRORS_EN.getProperty(code));
            String zh = DOOR_ZH.getProperty("detail." + code, ERRORS_ZH.getProperty(code));
            if (en == null || zh == null) {
                faults.add(code + (en == null ? " en" : "") + (zh == null ? " zh" : "") + " missing");
            } else if (needed(en) > 0 || needed(zh) > 0) {
                faults.add(code + " needs arguments a problem made without them cannot give: " + en + " / " + zh);
            }
        }
        assertEquals("door codes without a sentence in both languages", List.of(), faults);
    }

    @Test
    public void everyChineseSentenceHasItsEnglishOneAndTheOtherWayRound() {
        List<String> faults = new ArrayList<>();
        for (String key : ERRORS_ZH.stringPropertyNames()) {
            if (!key.startsWith("record.") && ERRORS_EN.getProperty(key) == null) {
                faults.add(key + " has no English sentence");
            }
        }
        for (String key : ERRORS_EN.stringPropertyNames()) {
            if (ERRORS_ZH.getProperty(key) == null) {
                faults.add(key + " has no Chinese sentence");
            }
        }
        for (String key : DOOR_ZH.stringPropertyNames()) {
            String plain = key.replaceAll("\\.\\d+$", "");
            if (key.startsWith("detail.") && DOOR_EN.getProperty(plain) == null) {
                faults.add(key + " has no English sentence");
            }
        }
        assertEquals(List.of(), faults);
    }

    /** A sentence for {@code code} that a refusal giving {@code given} arguments fills (as ErrorTexts picks it). */
    private static void check(List<String> faults, String language, String code, int given, Properties b) {
        String sentence = b.getProperty(code + "." + given);
        if (sentence == null) {
            sentence = b.getProperty(code);
        }
        if (sentence == null) {
            faults.add(language + " " + code + " with " + given + " argument(s)");
        } else if (needed(sentence) > given) {
            faults.add(language + " " + code + " asks for " + needed(sentence) + " argument(s), given " + given);
        }
    }

    private static int needed(String sentence) {
        return placeholders(sentence).stream().mapToInt(i -> i + 1).max().orElse(0);
    }

    private static Set<Integer> placeholders(String sentence) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(sentence);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** Codes of refusals (CastpbException and its kinds) with the numbers of arguments their raisers give. */
    private static Map<String, Set<Integer>> refusals() {
        Map<String, Set<Integer>> found = new TreeMap<>();
        SOURCES.forEach((file, texts) -> texts.forEach(text -> {
            for (List<String> args : calls(text, "new (CastpbException|ConflictException|ForbiddenException)\\(")) {
                if (args.size() == 1) {
                    found.computeIfAbsent("FORBIDDEN", c -> new TreeSet<>()).add(0); // ForbiddenException(message)
                } else {
                    codes(file, args.get(0)).forEach(c -> found.computeIfAbsent(c, k -> new TreeSet<>()).add(args.size() - 2));
                }
            }
            for (List<String> args : calls(text, "\\bsuper\\(")) {
                if (file.contains("/org/castpb/api/") && file.endsWith("Exception.java") && args.size() >= 2
                        && args.get(0).matches("\"?[A-Z][A-Z0-9_]+\"?")) {
                    codes(file, args.get(0)).forEach(c -> found.computeIfAbsent(c, k -> new TreeSet<>()).add(args.size() - 2));
                }
            }
        }));
        return found;
    }

    /** Codes of field errors: given to FieldError, to a file's refusal, or raised as a rule's warning or reason. */
    private static Set<String> fieldCodes() {
        Set<String> found = new TreeSet<>();
        SOURCES.forEach((file, texts) -> texts.forEach(text -> {
            calls(text, "new FieldError\\(").forEach(args -> found.addAll(codes(file, args.get(1))));
            calls(text, "\\bfileError\\(").forEach(args -> found.addAll(codes(file, args.get(0))));
            calls(text, "new (RuleWarning|AdmissionReason)\\(").forEach(args -> found.addAll(codes(file, args.get(0))));
        }));
        return found;
    }

    /** Codes of the problems the REST door makes itself. */
    private static Set<String> doorCodes() {
        Set<String> found = new TreeSet<>();
        SOURCES.forEach((file, texts) -> {
            if (file.contains("/org.castpb.rest/")) {
                texts.forEach(text -> {
                    calls(text, "\\bProblem\\.of\\(").forEach(args -> found.addAll(doorCodes(args.get(2))));
                    calls(text, "\\brefusal\\(").forEach(args -> found.addAll(doorCodes(args.get(1))));
                    calls(text, "\\bproblem\\(").stream().filter(args -> args.size() > 2)
                            .forEach(args -> found.addAll(doorCodes(args.get(2))));
                });
            }
        });
        return found;
    }

    /** A door's code given literally or as a constant; none for a code made at run time ("HTTP_" + status). */
    private static Set<String> doorCodes(String expression) {
        if (expression.contains("+")) {
            return Set.of();
        }
        Set<String> found = literalCodes(expression);
        if (expression.matches("[A-Z][A-Z0-9_]+")) {
            found.addAll(CONSTANTS.getOrDefault(expression, Set.of()));
        }
        return found;
    }

    /** The codes an argument expression gives: literal codes, constants resolved by name; a code passed on gives none. */
    private static Set<String> codes(String file, String expression) {
        if (expression.matches("[A-Z]\\w* [a-z]\\w*")) {
            return Set.of(); // the declaration of a method that is given a code
        }
        Set<String> found = literalCodes(expression);
        String withoutLiterals = expression.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
        Matcher m = Pattern.compile("(?<![\\w\"])(?:[A-Z]\\w*\\.)?([A-Z][A-Z0-9_]+)\\b(?!\\()").matcher(withoutLiterals);
        while (m.find()) {
            Set<String> values = CONSTANTS.get(m.group(1));
            if (values == null) {
                throw new AssertionError("cannot resolve the code " + m.group() + " in " + file);
            }
            found.addAll(values);
        }
        if (found.isEmpty() && !FORWARDED.contains(expression)) {
            throw new AssertionError("no code in " + expression + " (" + file + "): name it or list it as passed on");
        }
        return found;
    }

    private static Set<String> literalCodes(String expression) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"").matcher(expression);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The argument lists of every call matching {@code start} (ending in its opening parenthesis) in {@code text}. */
    private static List<List<String>> calls(String text, String start) {
        List<List<String>> calls = new ArrayList<>();
        Matcher m = Pattern.compile(start).matcher(text);
        while (m.find()) {
            List<String> args = new ArrayList<>();
            int depth = 0;
            StringBuilder arg = new StringBuilder();
            for (int i = m.end(); i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    int end = i + 1;
                    while (end < text.length() && text.charAt(end) != c) {
                        end += text.charAt(end) == '\\' ? 2 : 1;
                    }
                    arg.append(text, i, Math.min(end + 1, text.length()));
                    i = end;
                    continue;
                }
                if (depth == 0 && (c == ',' || c == ')')) {
                    args.add(arg.toString().strip());
                    arg.setLength(0);
                    if (c == ')') {
                        break;
                    }
                    continue;
                }
                depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
                arg.append(c);
            }
            if (!(args.size() == 1 && args.get(0).isEmpty())) {
                calls.add(args);
            }
        }
        return calls;
    }

    private static Map<String, Set<String>> constants() {
        Map<String, Set<String>> found = new TreeMap<>();
        SOURCES.values().forEach(texts -> texts.forEach(text -> {
            Matcher m = CONSTANT.matcher(text);
            while (m.find()) {
                found.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }));
        found.put("CODE", Set.of()); // each exception class's own CODE, resolved where it is raised below
        return found;
    }

    /** Main sources of every core bundle and plugin, comments removed, by file. */
    private static Map<String, List<String>> sources() {
        Map<String, List<String>> found = new TreeMap<>();
        for (String part : List.of("core", "plugins")) {
            try (Stream<Path> files = Files.walk(BUNDLES.resolve(part))) {
                files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                        .forEach(p -> found.put(p.toString(), List.of(read(p))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue("sources read from " + BUNDLES, found.size() > 100);
        return found;
    }

    private static String read(Path file) {
        try {
            String text = Files.readString(file);
            text = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ");
            text = text.replaceAll("\\s+", " ");
            Matcher own = Pattern.compile("public static final String CODE = \"([A-Z_]+)\";").matcher(text);
            if (own.find()) { // CODE of an exception class means its own code wherever the class names it
                text = text.replaceAll("(?<![.\\w])CODE\\b", "\"" + own.group(1) + "\"");
            }
            return text.replace("NotFoundException.CODE", "\"NOT_FOUND\"")
                    .replace("ValidationException.CODE", "\"VALIDATION_FAILED\"")
                    .replace("ForbiddenException.CODE", "\"FORBIDDEN\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = ErrorSentencesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
