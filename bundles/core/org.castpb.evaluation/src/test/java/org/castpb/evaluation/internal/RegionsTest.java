package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

public class RegionsTest {

    @Test
    public void blankIsNationalAndFullCodesLoseTheirTrailingZeroPairs() {
        assertEquals("", Regions.prefix(null));
        assertEquals("", Regions.prefix(" "));
        assertEquals("33", Regions.prefix("330000"));
        assertEquals("3301", Regions.prefix("330100"));
        assertEquals("330106", Regions.prefix("330106"));
        assertEquals("33", Regions.prefix(" 33 "));
    }

    @Test
    public void anythingButTwoFourOrSixDigitsIsRefusedByName() {
        for (String bad : new String[] {"3", "333", "33a", "3300000", "浙江"}) {
            try {
                Regions.prefix(bad);
                fail(bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("'" + bad + "'"));
            }
        }
    }

    @Test
    public void aPrefixCoversTheCodesThatStartWithIt() {
        assertTrue(Regions.covers("", "110000"));
        assertTrue(Regions.covers("33", "330106"));
        assertFalse(Regions.covers("33", "110000"));
        assertFalse(Regions.covers("3301", "330200"));
        assertFalse(Regions.covers("33", null));
    }
}
