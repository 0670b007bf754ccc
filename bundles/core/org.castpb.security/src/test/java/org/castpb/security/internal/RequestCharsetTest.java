package org.castpb.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.junit.Test;

public class RequestCharsetTest {

    @Test
    public void aKnownCharsetOrNoneIsLetThrough() {
        assertFalse(RequestCharset.unsupported(null).isPresent());
        assertFalse(RequestCharset.unsupported("application/json").isPresent());
        assertFalse(RequestCharset.unsupported("application/json; charset=UTF-8").isPresent());
        assertFalse(RequestCharset.unsupported("text/xml;Charset=\"gb18030\"").isPresent());
    }

    @Test
    public void anUnknownCharsetIsNamedInTheRefusal() {
        Optional<String> refusal = RequestCharset.unsupported("application/json; charset=x-unknown");
        assertTrue(refusal.orElseThrow(), refusal.orElseThrow().startsWith("the charset 'x-unknown' is not supported here"));
        assertTrue(RequestCharset.unsupported("text/xml; charset=\"\"").isPresent());
    }

    @Test
    public void anIllegalNameIsRefusedWithoutEchoingIt() {
        String refusal = RequestCharset.unsupported("application/json; charset=<script>\"x").orElseThrow();
        assertTrue(refusal, refusal.startsWith("the charset named in Content-Type is not supported"));
        assertFalse(refusal.contains("<"));
    }

    @Test
    public void theParameterIsFoundAmongOthersAndUnquoted() {
        assertEquals("utf-8", RequestCharset.charsetOf("multipart/related; type=\"text/xml\"; charset=\"utf-8\""));
        assertNull(RequestCharset.charsetOf("application/json; boundary=x"));
    }
}
