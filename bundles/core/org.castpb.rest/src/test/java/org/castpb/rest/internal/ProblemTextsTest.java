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
        CastpbException e = new CastpbException("CAMPAIGN_FUNDED", "campaign 3 is funded already");
        Problem zh = ProblemTexts.localise(ProblemMapper.problemFor(e), e, ZH);
        assertEquals("请求被拒绝", zh.title());
        assertEquals("campaign 3 is funded already", zh.detail());
        assertEquals("CAMPAIGN_FUNDED", zh.code());
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
