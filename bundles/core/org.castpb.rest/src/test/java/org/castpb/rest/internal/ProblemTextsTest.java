package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import org.castpb.api.CastpbException;
import org.castpb.api.FieldError;
import org.castpb.api.NotFoundException;
import org.castpb.api.ValidationException;
import org.castpb.api.text.Languages;
import org.junit.Test;

public class ProblemTextsTest {

    private static final Locale ZH = Languages.CHINESE;
    private static final Locale EN = Languages.ENGLISH;

    @Test
    public void aNotFoundProblemReadsInChineseAndKeepsItsCodeAndStatus() {
        NotFoundException e = new NotFoundException("society", 42L);
        Problem zh = ProblemTexts.localise(ProblemMapper.problemFor(e), e, ZH);
        assertEquals("未找到", zh.title());
        assertEquals("没有编号为 42 的学会", zh.detail());
        assertEquals("NOT_FOUND", zh.code());
        assertEquals(404, zh.status());
        assertEquals("urn:castpb:problem:NOT_FOUND", zh.type());
    }

    @Test
    public void inEnglishAProblemReadsAsTheServiceWroteIt() {
        NotFoundException e = new NotFoundException("society", 42L);
        Problem en = ProblemTexts.localise(ProblemMapper.problemFor(e), e, EN);
        assertEquals(ProblemMapper.problemFor(e), en);
    }

    @Test
    public void invalidInputNamesFieldsByTheirLabelsInChineseAndKeepsTheirApiNames() {
        ValidationException e = new ValidationException(List.of(
                new FieldError("lastInspectionResult", "INVALID_VALUE", "'GOOD' is not one of QUALIFIED, UNQUALIFIED")));
        Problem zh = ProblemTexts.localise(ProblemMapper.problemFor(e), e, ZH);
        assertEquals("输入无效", zh.title());
        assertEquals("最近年检结果：取值无效（'GOOD' is not one of QUALIFIED, UNQUALIFIED）", zh.detail());
        assertEquals("lastInspectionResult", zh.errors().get(0).field());
        assertEquals("INVALID_VALUE", zh.errors().get(0).code());
        assertEquals("最近年检结果：取值无效（'GOOD' is not one of QUALIFIED, UNQUALIFIED）", zh.errors().get(0).message());
        assertTrue(!zh.detail().contains("lastInspectionResult"));
    }

    @Test
    public void aRefusalOfTheDoorItselfReadsInChineseFromTheDoorsBundle() {
        Problem unauthorized = Problem.of(401, "Unauthorized", "UNAUTHORIZED", "authenticate with HTTP Basic");
        Problem zh = ProblemTexts.localise(unauthorized, null, ZH);
        assertEquals("未认证", zh.title());
        assertEquals("请使用 HTTP Basic 认证（castpb 账户的用户名和密码）", zh.detail());
    }

    @Test
    public void aCodeWithoutAChineseSentenceKeepsTheEnglishDetailUnderAChineseTitle() {
        CastpbException e = new CastpbException("CODE_NOBODY_RAISES", "campaign 3 is funded already");
        Problem zh = ProblemTexts.localise(ProblemMapper.problemFor(e), e, ZH);
        assertEquals("请求被拒绝", zh.title());
        assertEquals("campaign 3 is funded already", zh.detail());
        assertEquals("CODE_NOBODY_RAISES", zh.code());
    }

    @Test
    public void aBodyThatIsNotJsonIsRefusedInChineseNamingWhereItBreaksAndInEnglishAsBefore() throws Exception {
        com.fasterxml.jackson.core.JsonProcessingException json = null;
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"name\": \n  x}");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            json = e;
        }
        Problem problem = ProblemMapper.problemFor(json);
        DoorRefusal cause = ProblemMapper.malformed(json, problem.detail());
        Problem zh = ProblemTexts.localise(problem, cause, ZH);
        assertEquals("MALFORMED_JSON", zh.code());
        assertEquals("请求格式有误", zh.title());
        assertTrue(zh.detail(), zh.detail().startsWith("请求正文不是有效的 JSON（第 2 行第 3 列）：Unrecognized token 'x'"));
        assertEquals(problem, ProblemTexts.localise(problem, cause, EN));
    }

    @Test
    public void aThrottledLoginAndAnUnreadableIfMatchAreRefusedInChineseWithTheirFigures() {
        Problem throttled = Problem.of(429, "Too Many Requests", "LOGIN_THROTTLED", "too many failed logins; try again in 30 s");
        Problem zh = ProblemTexts.localise(throttled, new DoorRefusal("LOGIN_THROTTLED", throttled.detail(), 30L), ZH);
        assertEquals("请求过多", zh.title());
        assertEquals("该账户或该地址登录失败次数过多：请在 30 秒后重试", zh.detail());
        assertEquals(throttled, ProblemTexts.localise(throttled, new DoorRefusal("LOGIN_THROTTLED", throttled.detail(), 30L), EN));

        Problem ifMatch = Problem.of(400, "Bad request", "INVALID_IF_MATCH", "If-Match must be one ETag; got abc");
        assertEquals("If-Match 须为 GET 所给的一个 ETag，例如 \"3\"；收到的是 abc", ProblemTexts.localise(ifMatch,
                new DoorRefusal("INVALID_IF_MATCH", ifMatch.detail(), "abc"), ZH).detail());
        // made where no refusal could be kept, the sentence quotes the English detail rather than leave it alone
        assertEquals("If-Match 须为 GET 所给的一个 ETag，例如 \"3\"（If-Match must be one ETag; got abc）",
                ProblemTexts.localise(ifMatch, null, ZH).detail());
    }

    @Test
    public void theFilterAnswersInTheAcceptedLanguageElseTheConfiguredDefaultAndSaysWhichOne() {
        ReaderLanguage language = new ReaderLanguage(ZH);
        Problem notFound = Problem.of(404, "Not found", "NOT_FOUND", "no such resource");

        Answer english = answer(language, "en-US,en;q=0.9", notFound);
        assertEquals("en", english.headers.getFirst("Content-Language"));
        assertEquals("no such resource", ((Problem) english.entity[0]).detail());

        Answer byDefault = answer(language, null, notFound);
        assertEquals("zh", byDefault.headers.getFirst("Content-Language"));
        assertEquals("没有这个资源", ((Problem) byDefault.entity[0]).detail());

        language.setDefaultLanguage(EN);
        Answer configured = answer(language, "fr", notFound);
        assertEquals("en", configured.headers.getFirst("Content-Language"));
        assertEquals("Not found", ((Problem) configured.entity[0]).title());
    }

    private record Answer(MultivaluedMap<String, Object> headers, Object[] entity) {
    }

    /** Runs the filter over a request with {@code acceptLanguage} and an answer carrying {@code entity}. */
    private static Answer answer(ReaderLanguage filter, String acceptLanguage, Object entity) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        Object[] body = {entity};
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "getHeaderString" -> "Accept-Language".equalsIgnoreCase((String) a[0]) ? acceptLanguage : null;
                    default -> null;
                });
        ContainerResponseContext response = (ContainerResponseContext) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {ContainerResponseContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "getHeaders" -> headers;
                    case "getEntity" -> body[0];
                    case "setEntity" -> {
                        body[0] = a[0];
                        yield null;
                    }
                    default -> null;
                });
        filter.filter(request, response);
        return new Answer(headers, body);
    }

    private static ClassLoader getLoader() {
        return ProblemTextsTest.class.getClassLoader();
    }
}
