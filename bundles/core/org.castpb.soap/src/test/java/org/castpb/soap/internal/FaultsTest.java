package org.castpb.soap.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
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
}
