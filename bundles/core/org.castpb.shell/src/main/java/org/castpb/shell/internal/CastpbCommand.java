package org.castpb.shell.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.castpb.api.CastpbException;
import org.castpb.api.text.ErrorTexts;
import org.castpb.api.text.Languages;

/**
 * Base of castpb's commands: a refusal by a service is shown as {@code Error: CODE: message}, the message in the
 * console's language (the session variable {@value #LANGUAGE}, e.g. {@code castpb.language = zh}, else the JVM's
 * locale: Chinese for a Chinese locale, English otherwise), a file that cannot be read or written as
 * {@code Error: the failure: the file}.
 * Both are rethrown as a {@link CommandException} because Karaf prints those as they are and keeps
 * them out of the error log, where any other exception would land with its stack trace.
 */
public abstract class CastpbCommand implements Action {

    /** The session variable naming the console's language, {@code zh} or {@code en}. */
    static final String LANGUAGE = "castpb.language";

    @Reference(optional = true)
    Session session;

    @Override
    public final Object execute() throws Exception {
        try {
            return run();
        } catch (CastpbException e) {
            ShellActors.refused(name(), e);
            throw new CommandException("Error: " + e.code() + ": " + ErrorTexts.message(e,
                    language(session == null ? null : session.get(LANGUAGE), Locale.getDefault())), e);
        } catch (UncheckedIOException e) {
            throw ioError(e.getCause());
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** The console's language: {@code setting} (the session's {@value #LANGUAGE}) when given, else the JVM's locale. */
    static Locale language(Object setting, Locale jvm) {
        Locale byDefault = jvm != null && Languages.CHINESE.getLanguage().equals(jvm.getLanguage()) ? Languages.CHINESE
                : Languages.ENGLISH;
        return setting == null || setting.toString().isBlank() ? byDefault : Languages.choose(setting.toString(), byDefault);
    }

    /** The command as typed at the console, e.g. {@code society:show}. */
    private String name() {
        org.apache.karaf.shell.api.action.Command command = getClass().getAnnotation(org.apache.karaf.shell.api.action.Command.class);
        return command == null ? getClass().getSimpleName() : command.scope() + ":" + command.name();
    }

    /** The command itself; it prints to {@code System.out}, which Karaf binds to the session. */
    protected abstract Object run() throws Exception;

    /** A file that could not be read or written: the kind of failure and the file say enough. */
    private static CommandException ioError(IOException e) {
        return new CommandException("Error: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }

    /** A refusal of the command line itself, before any service was asked. */
    static CommandException badInput(String message) {
        return new CommandException("Error: " + message);
    }
}
