package org.castpb.itests;

import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading SOAP answers in tests: the text of elements by local name, whatever their prefix. */
final class SoapXml {

    private SoapXml() {
    }

    /** The text of the first element with this local name; fails the test when there is none. */
    static String element(String xml, String name) {
        Matcher m = tag(name).matcher(xml);
        assertTrue(name + " in " + xml, m.find());
        return m.group(1);
    }

    /** The text of every element with this local name, in document order. */
    static List<String> elements(String xml, String name) {
        List<String> found = new ArrayList<>();
        Matcher m = tag(name).matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Pattern tag(String name) {
        String qualified = "(?:[\\w.-]+:)?" + Pattern.quote(name);
        return Pattern.compile("<" + qualified + "(?:\\s[^>]*)?>((?:(?!<" + qualified + "[\\s>]).)*?)</" + qualified + ">", Pattern.DOTALL);
    }
}
