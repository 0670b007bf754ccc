package org.castpb.soap.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.cxf.helpers.CastUtils;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.Test;

public class SecurityHeadersInterceptorTest {

    @Test
    public void answersAreNotSniffedNorStored() {
        Message message = new MessageImpl();
        new SecurityHeadersInterceptor().handleMessage(message);
        Map<String, List<String>> headers = CastUtils.cast((Map<?, ?>) message.get(Message.PROTOCOL_HEADERS));
        assertEquals(List.of("nosniff"), headers.get("x-content-type-options"));
        assertEquals(List.of("no-store"), headers.get("Cache-Control"));
    }

    @Test
    public void headersAlreadySetAreKept() {
        Message message = new MessageImpl();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Content-Type", List.of("text/xml"));
        message.put(Message.PROTOCOL_HEADERS, headers);
        new SecurityHeadersInterceptor().handleMessage(message);
        assertEquals(List.of("text/xml"), headers.get("Content-Type"));
        assertEquals(List.of("nosniff"), headers.get("X-Content-Type-Options"));
    }
}
