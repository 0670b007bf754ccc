package org.castpb.api.text;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.castpb.api.Discipline;
import org.junit.Test;

public class BilingualTest {

    private static final Bilingual.Texts TEXTS = Bilingual.texts(BilingualTest.class, "sample");

    @Test
    public void aTextIsFilledInEachLanguageWithWordingsInTheirLanguageAndEnumerationsByTheirLabel() {
        Bilingual society = new Bilingual("the Chinese Society of Physics", "中国物理学会");
        Bilingual text = TEXTS.of("greeting", society, 1200, Discipline.SCIENCE);
        assertEquals("the Chinese Society of Physics has 1200 members (" + Labels.of(Discipline.SCIENCE, Locale.ENGLISH) + ")",
                text.en());
        assertEquals("中国物理学会有1200名党员（" + Labels.of(Discipline.SCIENCE, Locale.CHINESE) + "）", text.zh());
        assertEquals(text.zh(), text.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(text.en(), text.in(Locale.FRENCH));
    }

    @Test
    public void partsAreJoinedWithEachLanguagesSeparatorAndFieldsReadAsTheirLabels() {
        Bilingual joined = TEXTS.join("separator", List.of(Bilingual.same("A"), Bilingual.field("lastInspectionResult")));
        assertEquals("A, " + FieldLabels.of("lastInspectionResult", Locale.ENGLISH), joined.en());
        assertEquals("A、最近年检结果", joined.zh());
    }

    @Test
    public void aMissingKeyIsAnError() {
        assertThrows(MissingResourceException.class, () -> TEXTS.of("no.such.key"));
    }
}
