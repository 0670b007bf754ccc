package org.castpb.soap.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.cxf.helpers.CastUtils;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * The headers the REST door sends with every answer, on SOAP answers and faults too: no content sniffing, and no
 * caching of what a login unlocked.
 */
public class SecurityHeadersInterceptor extends AbstractPhaseInterceptor<Message> {

    static final Map<String, String> HEADERS = Map.of("X-Content-Type-Options", "nosniff", "Cache-Control", "no-store");

    public SecurityHeadersInterceptor() {
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public void handleMessage(Message message) {
        Map<String, List<String>> headers = CastUtils.cast((Map<?, ?>) message.get(Message.PROTOCOL_HEADERS));
        if (headers == null) {
            headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            message.put(Message.PROTOCOL_HEADERS, headers);
        }
        for (Map.Entry<String, String> header : HEADERS.entrySet()) {
            headers.put(header.getKey(), List.of(header.getValue()));
        }
    }
}
