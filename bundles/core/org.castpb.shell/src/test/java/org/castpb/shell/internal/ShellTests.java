package org.castpb.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.apache.karaf.shell.support.CommandException;

/** What the command tests share: running a command as the console does, and hand-written fakes of services. */
final class ShellTests {

    private ShellTests() {
    }

    /** Runs the command with the console's output captured, as Karaf binds System.out to the session; lines end in \n. */
    static String run(CastpbCommand command) {
        PrintStream console = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(console);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    /** The message the console shows for a command that is refused. */
    static String error(CastpbCommand command) {
        PrintStream console = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } catch (CommandException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError("not shown as a console error", e);
        } finally {
            System.setOut(console);
        }
        throw new AssertionError("the command was not refused");
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    /** A service answering every call through {@code answer}, with the arguments (none: an empty array). */
    static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args == null ? new Object[0] : args)));
    }
}
