package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.Locale;
import org.apache.karaf.shell.support.CommandException;
import org.castpb.api.NotFoundException;
import org.castpb.api.text.Languages;
import org.junit.Test;

public class CastpbCommandTest {

    @Test
    public void theConsoleReadsTheSessionsLanguageElseChineseForAChineseJvmElseEnglish() {
        assertEquals(Languages.CHINESE, CastpbCommand.language("zh", Locale.US));
        assertEquals(Languages.ENGLISH, CastpbCommand.language("en", Locale.SIMPLIFIED_CHINESE));
        assertEquals(Languages.CHINESE, CastpbCommand.language(null, Locale.SIMPLIFIED_CHINESE));
        assertEquals(Languages.ENGLISH, CastpbCommand.language(null, Locale.US));
        assertEquals(Languages.ENGLISH, CastpbCommand.language(" ", Locale.FRANCE));
        assertEquals(Languages.CHINESE, CastpbCommand.language("fr", Locale.CHINA)); // a language castpb keeps no words in
    }

    @Test
    public void aRefusalIsPrintedWithItsCodeAndInTheSessionsLanguage() throws Exception {
        CastpbCommand refused = new CastpbCommand() {
            @Override
            protected Object run() {
                throw new NotFoundException("society", 42L);
            }
        };
        assertEquals("Error: NOT_FOUND: 没有编号为 42 的学会", error(refused, "zh"));
        assertEquals("Error: NOT_FOUND: no society with id 42", error(refused, "en"));
    }

    private static String error(CastpbCommand command, String language) throws Exception {
        command.session = (org.apache.karaf.shell.api.console.Session) java.lang.reflect.Proxy.newProxyInstance(
                CastpbCommandTest.class.getClassLoader(), new Class<?>[] {org.apache.karaf.shell.api.console.Session.class},
                (p, m, a) -> "get".equals(m.getName()) && CastpbCommand.LANGUAGE.equals(a[0]) ? language : null);
        try {
            command.execute();
            fail("not refused");
            return null;
        } catch (CommandException e) {
            return e.getMessage();
        }
    }
}
