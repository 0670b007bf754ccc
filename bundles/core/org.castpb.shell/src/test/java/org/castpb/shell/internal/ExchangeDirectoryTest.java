package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ExchangeDirectoryTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path home;
    private ExchangeDirectory exchange;

    @Before
    public void exchangeUnderAKarafHome() throws Exception {
        home = folder.getRoot().toPath().toRealPath();
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/users.properties"), "admin = admin,_g_:admingroup\n", StandardCharsets.UTF_8);
        exchange = new ExchangeDirectory(home.resolve("data/exchange"));
    }

    @Test
    public void theDirectoryIsCreatedAndRelativeNamesResolveInsideIt() throws Exception {
        Path root = home.resolve("data/exchange");
        assertTrue(Files.isDirectory(root));
        assertEquals(root.resolve("national.csv"), exchange.fileToWrite("national.csv"));
        Files.createDirectories(root.resolve("2026"));
        assertEquals(root.resolve("2026/national.csv"), exchange.fileToWrite("2026/./national.csv"));
        assertEquals(root.resolve("national.csv"), exchange.fileToWrite(root.resolve("national.csv").toString()));
        Files.writeString(root.resolve("in.csv"), "名称\n");
        assertEquals(root.resolve("in.csv"), exchange.fileToRead("in.csv"));
    }

    @Test
    public void namesLeavingTheDirectoryAreRefusedForWritingAndReading() {
        for (String name : new String[] {"../../etc/org.castpb.evil.cfg", "../exchange/../../etc/users.properties",
                home.resolve("etc/users.properties").toString(), "/etc/passwd", "..", "."}) {
            assertOutside(() -> exchange.fileToWrite(name));
            assertOutside(() -> exchange.fileToRead(name));
        }
    }

    @Test
    public void symbolicLinksLeadingOutAreRefused() throws Exception {
        Path root = home.resolve("data/exchange");
        Files.createSymbolicLink(root.resolve("etc"), home.resolve("etc"));
        Files.createSymbolicLink(root.resolve("users.csv"), home.resolve("etc/users.properties"));
        Files.createSymbolicLink(root.resolve("dangling.csv"), home.resolve("etc/new.cfg"));
        for (String name : new String[] {"etc/users.properties", "etc/new.cfg", "users.csv", "dangling.csv"}) {
            assertOutside(() -> exchange.fileToWrite(name));
            assertOutside(() -> exchange.fileToRead(name));
        }
        // a link that stays inside is followed
        Files.writeString(root.resolve("real.csv"), "名称\n");
        Files.createSymbolicLink(root.resolve("alias.csv"), root.resolve("real.csv"));
        assertEquals(root.resolve("real.csv"), exchange.fileToRead("alias.csv"));
    }

    @Test
    public void aMissingFileOrDirectoryIsNamedWithoutReadingAnything() {
        assertMessage(() -> exchange.fileToRead("missing.csv"), "no such file in the exchange directory");
        assertMessage(() -> exchange.fileToWrite("nowhere/out.csv"), "no such directory in the exchange directory");
    }

    private interface Resolution {
        Path run() throws CommandException;
    }

    private static void assertOutside(Resolution resolution) {
        assertMessage(resolution, "is outside the exchange directory");
    }

    private static void assertMessage(Resolution resolution, String expected) {
        try {
            fail("accepted: " + resolution.run());
        } catch (CommandException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Error: ") && e.getMessage().contains(expected));
        }
    }
}
