package org.castpb.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class UsccTest {

    @Test
    public void allZeroPrefixHasCheckCharacterZero() {
        // sum 0 -> 31 - 0 = 31 -> 0 -> '0'
        assertEquals('0', Uscc.checkCharacter("00000000000000000"));
    }

    @Test
    public void firstPositionWeighsOne() {
        // v=1, w=1: sum 1 -> 31 - 1 = 30 -> 'Y'
        assertEquals('Y', Uscc.checkCharacter("10000000000000000"));
    }

    @Test
    public void secondPositionWeighsThree() {
        // v=1, w=3: sum 3 -> 28 -> 'W'
        assertEquals('W', Uscc.checkCharacter("01000000000000000"));
    }

    @Test
    public void realPublishedCodeIsValid() {
        // 914403001922038216, worked by hand: weighted sum 831, 831 mod 31 = 25, 31 - 25 = 6
        assertEquals('6', Uscc.checkCharacter("91440300192203821"));
        assertTrue(Uscc.problem("914403001922038216").isEmpty());
    }

    @Test
    public void wrongCheckCharacterNamesTheExpectedOne() {
        String problem = Uscc.problem("914403001922038217").orElseThrow();
        assertTrue(problem, problem.contains("'6'"));
        assertTrue(problem, problem.contains("'7'"));
    }

    @Test
    public void lettersOutsideTheCharsetAreRefusedWithTheirPosition() {
        String problem = Uscc.problem("9144030019220382I6").orElseThrow();
        assertTrue(problem, problem.contains("'I'"));
        assertTrue(problem, problem.contains("position 17"));
    }

    @Test
    public void wrongLengthIsRefused() {
        assertEquals("must be 18 characters, got 5", Uscc.problem("51100").orElseThrow());
    }

    @Test
    public void normaliseTrimsAndUpperCases() {
        assertEquals("51100000ABC", Uscc.normalise("  51100000abc "));
        assertFalse(Uscc.problem(Uscc.normalise(" 914403001922038216 ")).isPresent());
    }
}
