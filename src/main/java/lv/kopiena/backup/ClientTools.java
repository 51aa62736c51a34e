package lv.kopiena.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs MariaDB's own clients ({@code mariadb-dump}, {@code mariadb}) against the application's
 * database. The account and password go to the tool in a temporary option file that only the
 * owner may read ({@code --defaults-extra-file}, removed afterwards), never on the command line
 * where {@code ps} shows them to everybody on the machine.
 */
class ClientTools {

    /** How much of a tool's error output goes into the exception (and so the log). */
    private static final int MAX_ERROR = 2000;

    private final @Nullable Path binDir;
    private final DatabaseAddress address;
    private final String username;
    private final String password;

    ClientTools(@Nullable Path binDir, DatabaseAddress address, String username, String password) {
        this.binDir = binDir;
        this.address = address;
        this.username = username;
        this.password = password;
    }

    DatabaseAddress address() {
        return address;
    }

    /** What a tool does with its standard input and output. */
    interface Streams {
        void run(OutputStream toTool, InputStream fromTool) throws IOException;
    }

    /**
     * Runs the first of {@code names} that exists (e.g. mariadb-dump, then mysqldump) with the
     * connection options and {@code args}; the tool's standard input and output are handed to
     * {@code streams} while it runs. Fails with the tool's error output when it exits non-zero.
     */
    void run(List<String> names, List<String> args, Streams streams) {
        Path tool = find(names).orElseThrow(() -> new BackupException("None of " + names + " found in "
                + (binDir != null ? binDir : "the PATH") + "; set kopiena.backup.bin-dir to MariaDB's client tools"));
        Path options = null;
        Path errors = null;
        try {
            options = Files.createTempFile("kopiena-db-", ".cnf", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(options, optionFile(), StandardCharsets.UTF_8);
            errors = Files.createTempFile("kopiena-db-", ".err");
            List<String> command = new ArrayList<>();
            command.add(tool.toString());
            // must be the first option
            command.add("--defaults-extra-file=" + options);
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            Path libs = tool.getParent().resolveSibling("libs");
            if (Files.isDirectory(libs)) {
                // the embedded server's binaries bring their client library along
                builder.environment().merge("LD_LIBRARY_PATH", libs.toString(), (old, add) -> add + ":" + old);
            }
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream(); InputStream out = process.getInputStream()) {
                streams.run(in, out);
            } catch (IOException e) {
                process.destroy();
                throw new BackupException(tool.getFileName() + " failed: " + e.getMessage() + tail(errors), e);
            }
            if (!process.waitFor(1, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new BackupException(tool.getFileName() + " did not finish within an hour");
            }
            if (process.exitValue() != 0) {
                throw new BackupException(tool.getFileName() + " exited with " + process.exitValue() + tail(errors));
            }
        } catch (IOException e) {
            throw new BackupException("Cannot run " + tool + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("Interrupted while running " + tool.getFileName(), e);
        } finally {
            deleteQuietly(options);
            deleteQuietly(errors);
        }
    }

    /** The [client] option file: who logs in, and where. */
    String optionFile() {
        StringBuilder file = new StringBuilder("[client]\n")
                .append("user=").append(quoted(username)).append('\n')
                .append("password=").append(quoted(password)).append('\n');
        if (address.socket() != null) {
            // a local socket needs no TLS (and the embedded server has none)
            file.append("protocol=SOCKET\nsocket=").append(quoted(address.socket())).append('\n')
                    .append("skip-ssl\n");
        } else {
            file.append("protocol=TCP\nhost=").append(address.host()).append('\n')
                    .append("port=").append(address.port()).append('\n');
            // TLS as the application's driver uses it (newer clients would insist on it otherwise)
            switch (address.sslMode()) {
                case "disable", "false" -> file.append("skip-ssl\n");
                case "trust" -> file.append("ssl\nskip-ssl-verify-server-cert\n");
                default -> file.append("ssl\nssl-verify-server-cert\n");
            }
        }
        return file.toString();
    }

    /** An option file value: quotes keep spaces and '#', a backslash is the only escape inside. */
    private static String quoted(String value) {
        if (value.contains("\n") || value.contains("\r")) {
            throw new BackupException("A database password or path with a line break cannot be passed to the client tools");
        }
        return "\"" + value.replace("\\", "\\\\") + "\"";
    }

    private Optional<Path> find(List<String> names) {
        List<Path> dirs = new ArrayList<>();
        if (binDir != null) {
            dirs.add(binDir);
        } else {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
                if (!dir.isEmpty()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        for (String name : names) {
            for (Path dir : dirs) {
                Path candidate = dir.resolve(name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toAbsolutePath());
                }
            }
        }
        return Optional.empty();
    }

    private static String tail(Path errors) {
        try {
            String text = Files.readString(errors, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return "";
            }
            return ": " + (text.length() <= MAX_ERROR ? text : "…" + text.substring(text.length() - MAX_ERROR));
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file in the temp folder; the option file is owner-only anyway
            }
        }
    }
}
