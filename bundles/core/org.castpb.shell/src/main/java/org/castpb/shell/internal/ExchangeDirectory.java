package org.castpb.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.karaf.shell.support.CommandException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one directory console commands read files from and write files to. The console runs as the
 * server, so a path it accepted anywhere would let any console user read or overwrite the server's
 * own files (its configuration, its keys, {@code deploy/}): a name is resolved inside this directory,
 * and one that leads out of it, by {@code ..}, as an absolute path or through a symbolic link, is refused.
 */
@Component(service = ExchangeDirectory.class, configurationPid = ExchangeDirectory.PID)
@Designate(ocd = ExchangeDirectory.Config.class)
public class ExchangeDirectory {

    static final String PID = "org.castpb.shell.exchange";
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeDirectory.class);

    @ObjectClassDefinition(name = "castpb console exchange directory",
            description = "Where the console's file commands (society:export, society:import) read and write")
    public @interface Config {
        @AttributeDefinition(description = "The directory; empty for the exchange directory under Karaf's data directory")
        String directory() default "";
    }

    private final Path root;

    @Activate
    public ExchangeDirectory(Config config) throws IOException {
        this(config.directory().isBlank() ? Paths.get(System.getProperty("karaf.data", "data"), "exchange") : Paths.get(config.directory()));
        LOG.info("Console file commands read and write in {}", root);
    }

    ExchangeDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        this.root = directory.toRealPath();
    }

    Path root() {
        return root;
    }

    /** A file to read: it must exist inside the directory and be readable. */
    Path fileToRead(String name) throws CommandException {
        Path path = resolve(name);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw CastpbCommand.badInput("cannot read " + path + ": no such file in the exchange directory, or not readable");
        }
        return path;
    }

    /** A file to write: inside the directory, in a directory that exists. */
    Path fileToWrite(String name) throws CommandException {
        Path path = resolve(name);
        if (Files.isDirectory(path)) {
            throw CastpbCommand.badInput(path + " is a directory: name the file to write");
        }
        if (!Files.isDirectory(path.getParent())) {
            throw CastpbCommand.badInput("cannot write " + path + ": no such directory in the exchange directory");
        }
        return path;
    }

    /**
     * Writes what {@code content} produces to a file inside the directory, refusing to overwrite one unless
     * {@code force}; the content is produced before the file is touched, so a refusal leaves no broken file.
     */
    Path write(String name, boolean force, Content content) throws Exception {
        Path path = fileToWrite(name);
        if (Files.exists(path) && !force) {
            throw CastpbCommand.badInput(path + " exists: give --force to overwrite it");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        content.writeTo(out);
        Files.write(path, out.toByteArray());
        return path;
    }

    /** What {@link #write} writes. */
    interface Content {
        void writeTo(java.io.OutputStream out) throws Exception;
    }

    /**
     * The name resolved inside the directory, with every symbolic link on the way followed; refused when that
     * leaves the directory. A file that does not exist yet is judged by the real path of its directory.
     */
    private Path resolve(String name) throws CommandException {
        Path asked;
        try {
            asked = root.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw CastpbCommand.badInput("'" + name + "' is not a file name");
        }
        if (!asked.startsWith(root) || asked.equals(root)) {
            throw outside(name);
        }
        Path real;
        try {
            if (Files.exists(asked, LinkOption.NOFOLLOW_LINKS)) {
                real = asked.toRealPath();
            } else {
                Path parent = asked.getParent();
                real = Files.exists(parent) ? parent.toRealPath().resolve(asked.getFileName()) : asked;
            }
        } catch (IOException e) {
            // a link that points nowhere: where it would lead cannot be judged, so it is not followed
            throw outside(name);
        }
        if (!real.startsWith(root) || real.equals(root)) {
            throw outside(name);
        }
        return real;
    }

    private CommandException outside(String name) {
        return CastpbCommand.badInput(name + " is outside the exchange directory " + root
                + ": console commands read and write files only there; name the file relative to it");
    }
}
