package org.castpb.api.members;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.FieldError;
import org.junit.Test;

public class CitizenIdsTest {

    /** The worked example of GB 11643-1999's annex. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    public void theStandardsExampleEndsInX() {
        assertEquals('X', CitizenIds.checkCharacter(STANDARD_EXAMPLE.substring(0, 17)));
        assertTrue(CitizenIds.isValid(STANDARD_EXAMPLE));
    }

    @Test
    public void checkCharactersFollowIso7064Mod11Dash2() {
        assertEquals('4', CitizenIds.checkCharacter("44052418800101001"));
        assertEquals('X', CitizenIds.checkCharacter("33010619900101123"));
        assertTrue(CitizenIds.isValid("440524188001010014"));
        assertFalse(CitizenIds.isValid("440524188001010015"));
    }

    @Test
    public void aWrongCheckCharacterIsRefusedNamingTheExpectedOne() {
        List<FieldError> errors = new ArrayList<>();
        CitizenIds.check(errors, "citizenId", "110105194912310021");
        assertEquals(1, errors.size());
        assertEquals(CitizenIds.CHECK_CHARACTER, errors.get(0).code());
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("is 'X'"));
        // the number is not quoted whole, not even in an error
        assertFalse(errors.get(0).message(), errors.get(0).message().contains("110105194912310021"));
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("1101**********0021"));
    }

    @Test
    public void aNumberOfTheWrongShapeIsRefusedAsFormat() {
        for (String wrong : new String[] {null, "", "11010519491231002", "1101051949123100211", "11010519491231002Y", "A1010519491231002X"}) {
            List<FieldError> errors = new ArrayList<>();
            CitizenIds.check(errors, "citizenId", wrong);
            assertEquals(String.valueOf(wrong), List.of(CitizenIds.FORMAT), errors.stream().map(FieldError::code).toList());
        }
    }

    @Test
    public void aLowerCaseXIsNormalisedBeforeTheCheck() {
        assertTrue(CitizenIds.isValid(CitizenIds.normalise(" 11010519491231002x ")));
    }

    @Test
    public void theBirthDateIsReadFromPositionsSevenToFourteen() {
        assertEquals(LocalDate.of(1949, 12, 31), CitizenIds.birthDate(STANDARD_EXAMPLE));
        assertEquals(null, CitizenIds.birthDate("110105194913310021"));
    }

    @Test
    public void masksKeepTheEndsOnly() {
        assertEquals("3301**********123X", Masks.citizenId("33010619900101123X"));
        assertEquals("138****5678", Masks.phone("13812345678"));
        assertEquals("***", Masks.phone("123"));
        assertEquals(null, Masks.citizenId(null));
    }
}
