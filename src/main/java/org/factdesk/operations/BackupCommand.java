package org.factdesk.operations;

import org.factdesk.common.cli.CommandMessages;
import org.factdesk.security.SystemAuthentication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code backup --out FILE}: an online backup of the embedded database, taken by the running app
 * when one holds the data directory, else by this process. Errors are one line on stderr; exit 2 for
 * bad arguments or a database FactDesk cannot back up (PostgreSQL), 1 when writing fails.
 */
public final class BackupCommand {

    static final String USAGE = """
            Usage: java -jar factdesk.jar backup --out FILE
              Writes a consistent backup of the embedded database while FactDesk runs.
              Restore it with: java -jar factdesk.jar restore --from FILE --data-dir NEW_DIR
            """;
    private static final String PREFIX = "factdesk backup: ";

    private BackupCommand() {
    }

    /** The backup file to write, or the exit code to stop with. */
    private record Parsed(Path out, Integer exitCode) {
    }

    private static Parsed parse(List<String> args, Path workingDirectory, PrintStream out, PrintStream err) {
        if (args.size() == 1 && (args.getFirst().equals("-h") || args.getFirst().equals("--help"))) {
            out.print(USAGE);
            out.flush();
            return new Parsed(null, 0);
        }
        if (args.size() != 2 || !args.getFirst().equals("--out") || args.get(1).isBlank()) {
            err.println(PREFIX + "give the file to write: backup --out FILE");
            return new Parsed(null, 2);
        }
        Path file = workingDirectory.resolve(args.get(1)).normalize();
        if (Files.isDirectory(file)) {
            err.println(PREFIX + file + " is a directory; give the file to write");
            return new Parsed(null, 2);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            err.println(PREFIX + file + " is not a regular file");
            return new Parsed(null, 2);
        }
        return new Parsed(file, null);
    }

    /** Runs in this process: {@code startSpring} opens the database (only after the arguments are checked). */
    public static int run(List<String> args, Path workingDirectory, Supplier<ConfigurableApplicationContext> startSpring,
                          PrintStream out, PrintStream err) {
        Parsed parsed = parse(args, workingDirectory, out, err);
        if (parsed.exitCode() != null) {
            return parsed.exitCode();
        }
        Optional<ConfigurableApplicationContext> started = CommandMessages.start(startSpring, PREFIX, err);
        if (started.isEmpty()) {
            return 1;
        }
        try (ConfigurableApplicationContext context = started.get()) {
            return backup(context.getBean(BackupService.class), parsed.out(), err);
        }
    }

    /** Runs inside the running app, for the command channel. */
    public static int runInApp(List<String> args, Path workingDirectory, BackupService backups, PrintStream out,
                               PrintStream err) {
        Parsed parsed = parse(args, workingDirectory, out, err);
        if (parsed.exitCode() != null) {
            return parsed.exitCode();
        }
        return backup(backups, parsed.out(), err);
    }

    private static int backup(BackupService backups, Path file, PrintStream err) {
        return SystemAuthentication.runAsSystem(() -> {
            try {
                BackupService.Backup backup = backups.backup(file);
                err.println("Backed up " + backup.articles() + " articles (" + CommandMessages.size(backup.bytes()) + ") to "
                        + backup.file());
                return 0;
            } catch (BackupService.NotEmbeddedException e) {
                err.println(PREFIX + e.getMessage());
                return 2;
            } catch (IOException e) {
                err.println(PREFIX + "cannot write " + file + ": " + CommandMessages.describe(e));
                return 1;
            } catch (RuntimeException e) {
                err.println(PREFIX + "backup failed: " + CommandMessages.firstLine(CommandMessages.rootCause(e)));
                return 1;
            }
        });
    }
}
