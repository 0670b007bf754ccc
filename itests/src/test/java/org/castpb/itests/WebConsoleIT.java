package org.castpb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in a real browser: Debian's chromium, headless, driven through chromium-driver against the
 * unpacked distribution (one start for the class). Officials sign in with their realm accounts, see what their
 * scope holds, approve a request, check an import, switch language; the pages call the REST API with the session
 * cookie and its CSRF token. Screenshots of each page go to target/screenshots/.
 */
public class WebConsoleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin";
    private static final String LOCAL_ADMIN = "zj-admin";
    private static final String LOCAL_PASSWORD = "Zhe-Jiang-2026";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static UnpackedDistribution server;
    private static WebDriver browser;
    private static final List<Long> NATIONAL = new ArrayList<>();
    private static long zhejiang;
    private static long beijing;
    private static long requestId;

    @BeforeClass
    public static void startServerAndBrowser() throws Exception {
        assertTrue("chromium-driver is not installed (apt-get install chromium chromium-driver; .ci/run does)",
                Files.isExecutable(Path.of("/usr/bin/chromedriver")));
        server = UnpackedDistribution.unpack("web-console");
        server.start(ADMIN, ADMIN_PASSWORD);
        // three national societies counted by coverage, none covered yet; one request to organise the first
        for (int i = 0; i < 3; i++) {
            NATIONAL.add(createSociety("中国测绘学会" + i, Usccs.valid("100000", 9801 + i), "NATIONAL", "100000"));
        }
        zhejiang = createSociety("浙江省测绘学会", Usccs.valid("330000", 9811), "PROVINCIAL", "330000");
        beijing = createSociety("北京测绘学会", Usccs.valid("110000", 9812), "PROVINCIAL", "110000");
        HttpResponse<String> request = rest("POST", "/establishment-requests", "application/json", branch("中国测绘学会0党支部", NATIONAL.get(0)));
        assertEquals(request.body(), 201, request.statusCode());
        requestId = JSON.readTree(request.body()).get("id").asLong();
        HttpResponse<String> submitted = rest("POST", "/establishment-requests/" + requestId + "/submit", "application/json",
                "{\"comment\":\"请审批\"}", "If-Match", request.headers().firstValue("ETag").orElseThrow());
        assertEquals(submitted.body(), 200, submitted.statusCode());
        HttpResponse<String> account = rest("POST", "/accounts", "application/json", "{\"userName\":\"" + LOCAL_ADMIN
                + "\",\"role\":\"local-admin\",\"regionPrefix\":\"33\",\"password\":\"" + LOCAL_PASSWORD + "\"}");
        assertEquals(account.body(), 201, account.statusCode());

        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1100");
        browser = new ChromeDriver(options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterClass
    public static void stopBrowserAndServer() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @After
    public void signOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    public void theRootLeadsToTheConsoleAndAChangeWithoutTheCsrfTokenIs403() throws Exception {
        HttpResponse<String> root = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElseThrow().endsWith("/console/"));

        HttpResponse<String> signedIn = form("user=" + ADMIN + "&password=" + ADMIN_PASSWORD);
        assertEquals(303, signedIn.statusCode());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie, cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"));
        String session = cookie.substring(0, cookie.indexOf(';'));
        String token = JSON.readTree(withCookie("GET", "/console/session", session, null).body()).get("csrfToken").asText();

        HttpResponse<String> read = withCookie("GET", "/api/v1/societies?limit=1", session, null);
        assertEquals(read.body(), 200, read.statusCode());
        HttpResponse<String> noToken = withCookie("POST", "/api/v1/coverage/snapshots", session, null);
        assertEquals(noToken.body(), 403, noToken.statusCode());
        assertEquals("CSRF_TOKEN_MISSING", JSON.readTree(noToken.body()).get("code").asText());
        assertTrue("the refusal is in the access log with the session's user", refusals().stream().anyMatch(r ->
                r.get("userName").asText().equals(ADMIN) && r.get("code").asText().equals("CSRF_TOKEN_MISSING")
                        && r.get("what").asText().equals("POST /coverage/snapshots")));
        assertEquals(403, withCookie("POST", "/api/v1/coverage/snapshots", session, token + "x").statusCode());
        assertEquals(200, withCookie("POST", "/api/v1/coverage/snapshots", session, token).statusCode());

        assertEquals(204, withCookie("POST", "/console/logout", session, token).statusCode());
        HttpResponse<String> ended = withCookie("GET", "/api/v1/societies?limit=1", session, null);
        assertEquals(401, ended.statusCode());
        assertEquals("SESSION_EXPIRED", JSON.readTree(ended.body()).get("code").asText());
        assertFalse("no Basic dialog for a page's call", ended.headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    public void failedSignInsAreThrottledLikeBasicLogins() throws Exception {
        String location = "";
        for (int i = 0; i < 7 && !location.contains("LOGIN_THROTTLED"); i++) {
            location = form("user=nobody-web&password=wrong" + i).headers().firstValue("Location").orElseThrow();
            assertTrue(location, location.contains("error=BAD_CREDENTIALS") || location.contains("error=LOGIN_THROTTLED"));
        }
        assertTrue(location, location.contains("error=LOGIN_THROTTLED&wait="));
        List<JsonNode> refused = refusals().stream().filter(r -> r.get("userName").asText().equals("nobody-web")).toList();
        assertTrue(refused.toString(), refused.stream().allMatch(r -> r.get("door").asText().equals("WEB")
                && r.get("what").asText().equals("POST /console/login")));
        assertTrue(refused.toString(), refused.stream().anyMatch(r -> r.get("code").asText().equals("UNAUTHORIZED")));
        assertTrue(refused.toString(), refused.stream().anyMatch(r -> r.get("code").asText().equals("LOGIN_THROTTLED")));
        browser.get(server.base() + location);
        String shown = browser.findElement(By.id("message")).getText();
        assertTrue(shown, shown.contains("登录失败次数过多"));
    }

    @Test
    public void nationalAdministratorSeesCoverageApprovesARequestAndSeesTheCoverageRise() throws Exception {
        String lastMonth = TODAY.minusMonths(1).toString().substring(0, 7);
        assertEquals(200, rest("POST", "/coverage/snapshots?month=" + lastMonth, null, null).statusCode());
        signIn(ADMIN, ADMIN_PASSWORD);
        open("overview");
        // the trend: the stored snapshot of last month, then today's figures
        assertEquals(List.of(lastMonth, TODAY.toString().substring(0, 7)), ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('chart-trend').chart.getOption().xAxis[0].data"));
        // nothing covered yet: 0 of the 3 national societies
        assertEquals(percent(0, NATIONAL.size()), text("#kpi-organisation-rate .figure"));
        assertEquals("3", text("#kpi-in-scope .figure"));
        Object png = ((JavascriptExecutor) browser).executeScript("return document.getElementById('chart-trend').chart.getDataURL({type: 'png'})");
        assertTrue(String.valueOf(png).startsWith("data:image/png;base64,"));
        screenshot("overview");

        open("queues");
        WebElement card = browser.findElement(By.id("request-" + requestId));
        assertTrue(card.getText(), card.getText().contains("中国测绘学会0党支部"));
        assertTrue(text("#children"), text("#children").contains("尚无下级单位报送"));
        browser.findElement(By.id("comment-" + requestId)).sendKeys("同意成立");
        screenshot("queues");
        browser.findElement(By.id("approve-" + requestId)).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-notice"), "已批准"));
        assertTrue(browser.findElements(By.id("request-" + requestId)).isEmpty());

        open("overview");
        assertEquals(percent(1, NATIONAL.size()), text("#kpi-organisation-rate .figure"));
        JsonNode approved = JSON.readTree(rest("GET", "/establishment-requests/" + requestId, null, null).body());
        assertEquals("APPROVED", approved.get("state").asText());
        assertEquals("同意成立", approved.get("transitions").get(approved.get("transitions").size() - 1).get("comment").asText());
    }

    @Test
    public void societiesPageFiltersAndShowsASocietysRecordLedgerAndHistory() throws Exception {
        signIn(ADMIN, ADMIN_PASSWORD);
        open("societies");
        new Select(browser.findElement(By.id("filter-level"))).selectByValue("PROVINCIAL");
        browser.findElement(By.id("society-search")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("society-count"), "共 2 条"));
        String listed = text("#society-table");
        assertTrue(listed, listed.contains("浙江省测绘学会") && listed.contains("北京测绘学会") && listed.contains("浙江省"));
        screenshot("societies");

        browser.findElement(By.linkText("浙江省测绘学会")).click();
        awaitPage("society");
        assertEquals("浙江省测绘学会", text("#society-name"));
        assertTrue(text("#society-record"), text("#society-record").contains("省级"));
        // no ledger recorded yet: each of the five clears says what it lacks
        String ledger = text("#society-ledger");
        assertTrue(ledger, ledger.contains("尚无台账"));
        assertEquals(ledger, 5, browser.findElements(By.cssSelector("#society-ledger li[data-section] .bad")).size());
        assertTrue(ledger, ledger.contains("运行情况清") && ledger.contains("未清，缺："));
        assertTrue("labels, not field names: " + ledger, ledger.contains("运行状态") && !ledger.contains("runningState"));
        assertTrue(text("#society-history"), text("#society-history").contains(ADMIN));
        assertTrue(text("#society-commendations"), text("#society-commendations").contains("尚无表彰"));
        screenshot("society");
    }

    @Test
    public void anImportIsCheckedRowByRowBeforeAnythingIsWrittenAndOtherFilesAreRefused() throws Exception {
        String valid = Usccs.valid("330000", 9821);
        String invalid = Usccs.withWrongCheck(Usccs.valid("330000", 9822))[0];
        String header = rest("GET", "/exports/societies?limit=1", null, null).body().lines().findFirst().orElseThrow().replace("\uFEFF", "");
        Path csv = Files.createTempFile("societies", ".csv");
        Files.writeString(csv, header + "\n" + row(header, "浙江省地理学会", valid) + "\n" + row(header, "浙江省地质学会", invalid) + "\n");
        Path text = Files.createTempFile("societies", ".txt");
        Files.writeString(text, "not a table");

        signIn(ADMIN, ADMIN_PASSWORD);
        open("import");
        browser.findElement(By.id("import-file")).sendKeys(text.toAbsolutePath().toString());
        browser.findElement(By.id("import-check")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("import-report"), text.getFileName().toString()));
        assertTrue(text("#import-report"), text("#import-report").contains("只能导入 CSV 或 Excel"));

        browser.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("import-check")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-errors tbody tr")));
        List<WebElement> errors = browser.findElements(By.cssSelector("#import-errors tbody tr"));
        assertEquals(1, errors.size());
        List<WebElement> cells = errors.get(0).findElements(By.tagName("td"));
        assertEquals("3", cells.get(0).getText());
        assertEquals("统一社会信用代码", cells.get(1).getText());
        assertTrue(cells.get(2).getText(), cells.get(2).getText().contains(invalid));
        assertTrue(text("#import-report"), text("#import-report").contains("1 行有错误"));
        screenshot("import");
        assertEquals(0, JSON.readTree(rest("GET", "/societies?regionPrefix=33&limit=50", null, null).body()).get("items")
                .findValues("uscc").stream().filter(u -> u.asText().equals(valid)).count());
    }

    @Test
    public void aLocalAdministratorSeesOnlyItsRegion() throws Exception {
        signIn(LOCAL_ADMIN, LOCAL_PASSWORD);
        open("societies");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("society-count")));
        String listed = text("#society-table");
        assertTrue(listed, listed.contains("浙江省测绘学会"));
        assertFalse(listed, listed.contains("北京测绘学会") || listed.contains("中国测绘学会"));
        assertTrue(text("#society-count"), text("#society-count").contains("共 1 条"));
        screenshot("societies-local");

        browser.get(server.base() + "/console/#/societies/" + beijing);
        awaitPage("society");
        assertTrue(text("#page"), text("#page").contains("没有这条记录，或它不在您的管辖范围内"));
        assertEquals("NOT_FOUND", browser.findElement(By.cssSelector("#page .message")).getAttribute("data-code"));
        assertFalse(text("#page"), text("#page").contains("北京测绘学会"));

        open("overview");
        assertEquals("0", text("#kpi-in-scope .figure"));
        open("plugins");
        assertTrue(text("#modules"), text("#modules").contains("全国"));
        screenshot("plugins");
    }

    @Test
    public void englishIsOneClickAwayAndStaysChosen() throws Exception {
        signIn(ADMIN, ADMIN_PASSWORD);
        open("plugins");
        browser.findElement(By.id("lang-en")).click();
        awaitPage("plugins");
        assertEquals("Overview", browser.findElement(By.cssSelector("#nav a[data-page=overview]")).getText());
        assertTrue(text("#modules"), text("#modules").contains("Evaluation modules"));
        screenshot("plugins-en");
        open("overview");
        assertTrue(text("#page"), text("#page").contains("Organisation coverage"));
        screenshot("overview-en");
        browser.findElement(By.id("lang-zh")).click();
        awaitPage("overview");
        assertEquals("总览", browser.findElement(By.cssSelector("#nav a[data-page=overview]")).getText());
    }

    @Test
    public void anEndedSessionLeadsToSignInAndTheFormIsThereAfterwards() throws Exception {
        signIn(ADMIN, ADMIN_PASSWORD);
        open("societies");
        browser.findElement(By.id("filter-regionPrefix")).sendKeys("33");
        // the session ends on the server (as after the idle timeout) while the official is filling the form
        Cookie cookie = browser.manage().getCookieNamed("CASTPB_SESSION");
        String session = "CASTPB_SESSION=" + cookie.getValue();
        String token = JSON.readTree(withCookie("GET", "/console/session", session, null).body()).get("csrfToken").asText();
        assertEquals(204, withCookie("POST", "/console/logout", session, token).statusCode());

        browser.findElement(By.id("society-search")).click();
        wait(ExpectedConditions.urlContains("/console/login.html"));
        assertTrue(browser.findElement(By.id("message")).getText().contains("登录已超时"));
        browser.findElement(By.id("user")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        awaitPage("societies");
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("#/societies"));
        assertEquals("33", browser.findElement(By.id("filter-regionPrefix")).getAttribute("value"));
    }

    // ---- the browser ----

    private static void signIn(String user, String password) {
        browser.get(server.base() + "/console/login.html");
        ((JavascriptExecutor) browser).executeScript("localStorage.clear(); sessionStorage.clear();");
        browser.get(server.base() + "/console/login.html");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-in"), "登录"));
        browser.findElement(By.id("user")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        awaitPage("overview");
    }

    private static void open(String page) {
        browser.get(server.base() + "/console/#/" + page);
        browser.navigate().refresh();
        awaitPage(page);
    }

    private static void awaitPage(String page) {
        wait(ExpectedConditions.and(
                ExpectedConditions.attributeToBe(By.id("page"), "data-page", page),
                ExpectedConditions.attributeToBe(By.id("page"), "data-ready", "true")));
    }

    private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A rate as the overview shows it: covered / total as a percentage with one decimal. */
    private static String percent(long covered, long total) {
        return BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP) + "%";
    }

    // ---- the REST door and the sign-in form, without the browser ----

    private static HttpResponse<String> rest(String method, String path, String type, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> refusals() throws IOException, InterruptedException {
        List<JsonNode> entries = new ArrayList<>();
        JSON.readTree(rest("GET", "/access-log?limit=200", null, null).body()).forEach(entries::add);
        return entries;
    }

    private static HttpResponse<String> form(String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> withCookie(String method, String path, String cookie, String csrfToken)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path)).header("Cookie", cookie)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long createSociety(String name, String uscc, String level, String region) throws Exception {
        HttpResponse<String> created = rest("POST", "/societies", "application/json", JSON.writeValueAsString(Map.of(
                "name", name, "uscc", uscc, "kind", "SOCIETY", "level", level, "regionCode", region,
                "discipline", "SCIENCE", "groupMemberStatus", "MEMBER")));
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    /** A branch of five formal members for one society, its term the prescribed three years: no rule warns. */
    private static String branch(String name, long society) throws IOException {
        return JSON.writeValueAsString(Map.of("name", name, "type", "BRANCH", "societyIds", List.of(society),
                "secretary", Map.of("name", "王小明", "source", "PRINCIPAL_LEADER"), "formalMembers", 5,
                "probationaryMembers", 0, "establishedOn", TODAY.toString(), "termStartsOn", TODAY.toString(),
                "termEndsOn", TODAY.plusYears(3).minusDays(1).toString()));
    }

    /** A CSV row under the export's header: a provincial society of Zhejiang, the other columns empty. */
    private static String row(String header, String name, String uscc) {
        Map<String, String> values = Map.of("名称", name, "统一社会信用代码", uscc, "类型", "学会", "级别", "省级",
                "行政区划代码", "330000", "学科", "理科", "团体会员状态", "团体会员", "登记状态", "正常");
        List<String> cells = new ArrayList<>();
        for (String column : header.split(",")) {
            cells.add(values.getOrDefault(column, ""));
        }
        return String.join(",", cells);
    }
}
