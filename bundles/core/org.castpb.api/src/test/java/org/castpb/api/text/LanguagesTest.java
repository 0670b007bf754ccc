package org.castpb.api.text;

import static org.junit.Assert.assertEquals;

import java.util.Locale;
import org.junit.Test;

public class LanguagesTest {

    private static final Locale ZH = Languages.CHINESE;
    private static final Locale EN = Languages.ENGLISH;

    @Test
    public void theReadersPreferredKeptLanguageWins() {
        assertEquals(EN, Languages.choose("en-GB,en;q=0.9,zh;q=0.5", ZH));
        assertEquals(ZH, Languages.choose("zh-CN,zh;q=0.9,en;q=0.8", EN));
        assertEquals(EN, Languages.choose("fr, en;q=0.5", ZH));
        assertEquals(ZH, Languages.choose("en;q=0.3, zh;q=0.8", EN));
    }

    @Test
    public void noHeaderAnyLanguageOrAnUnknownOneGetsTheSitesDefault() {
        assertEquals(ZH, Languages.choose(null, ZH));
        assertEquals(EN, Languages.choose("", EN));
        assertEquals(EN, Languages.choose("*", EN));
        assertEquals(ZH, Languages.choose("fr-FR", ZH));
        assertEquals(EN, Languages.choose("not a ;;; header", EN));
    }

    @Test
    public void aConfiguredLanguageIsReadLeniently() {
        assertEquals(EN, Languages.of("en"));
        assertEquals(EN, Languages.of(" EN-us "));
        assertEquals(ZH, Languages.of("zh_CN"));
        assertEquals(ZH, Languages.of("klingon"));
        assertEquals(ZH, Languages.of(null));
    }
}
