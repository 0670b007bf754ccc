package org.castpb.soap.internal;

import static org.junit.Assert.assertEquals;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.castpb.api.BusyException;
import org.castpb.api.FieldError;
import org.castpb.api.NotFoundException;
import org.castpb.api.ValidationException;
import org.castpb.api.text.Languages;
import org.junit.After;
import org.junit.Test;

public class FaultsTest {

    @After
    public void backToChinese() {
        Faults.setDefaultLanguage(Languages.CHINESE);
    }

    @Test
    public void aFaultReadsInTheSitesDefaultLanguageAndKeepsItsCode() {
        NotFoundException e = new NotFoundException("society", 5L);
        FaultInfo zh = Faults.info(e);
        assertEquals("NOT_FOUND", zh.code);
        assertEquals("没有编号为 5 的学会", zh.message);

        Faults.setDefaultLanguage(Languages.ENGLISH);
        assertEquals("no society with id 5", Faults.info(e).message);
    }

    @Test
    public void fieldErrorsOfAFaultNameTheFieldsLabel() {
        FaultInfo zh = Faults.info(new ValidationException(new FieldError("lastInspectionResult", "REQUIRED", "lastInspectionResult is required")));
        assertEquals("最近年检结果：必填", zh.message);
        assertEquals("lastInspectionResult", zh.errors.get(0).field);
        assertEquals("最近年检结果：必填", zh.errors.get(0).message);
    }

    @Test
    public void theAcceptLanguageHeaderIsReadWhateverItsCase() {
        Message message = new MessageImpl();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("accept-language", List.of("en-US", "en;q=0.9"));
        message.put(Message.PROTOCOL_HEADERS, headers);
        assertEquals("en-US,en;q=0.9", Faults.acceptLanguage(message));
        assertEquals(Languages.ENGLISH, Languages.choose(Faults.acceptLanguage(message), Languages.CHINESE));
        assertEquals(null, Faults.acceptLanguage(new MessageImpl()));
    }

    @Test
    public void aLockTheDatabaseCouldNotGiveInTimeIsABusyServerFaultNotAnInternalError() {
        FaultInfo busy = Faults.info(new RuntimeException("could not read",
                new SQLException("A lock could not be obtained within the time requested", "40XL1", 30000)));
        assertEquals("BUSY", busy.code);
        assertEquals("记录正由其他任务（例如大批量导入）修改，暂时无法读取或修改；请在 30 秒后重试", busy.message);
        Faults.setDefaultLanguage(Languages.ENGLISH);
        assertEquals("the records are being changed by another task (a large import, for instance); try again in 30 s",
                Faults.info(new BusyException()).message);
        assertEquals("INTERNAL_ERROR", Faults.info(new RuntimeException(new SQLException("no such table", "42X05"))).code);
    }
}
