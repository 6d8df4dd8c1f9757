package org.factdesk.common.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/** One-line descriptions of failures for command-line output (no stack traces). */
public final class CommandMessages {

    private CommandMessages() {
    }

    public static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    public static String firstLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse(message);
    }

    public static String describe(Throwable e) {
        return switch (e) {
            case AccessDeniedException denied -> denied.getFile() + ": permission denied";
            case NoSuchFileException missing -> missing.getFile() + ": cannot be created";
            case FileAlreadyExistsException exists -> exists.getFile() + ": exists and is not a directory";
            case FileSystemException fs when fs.getReason() != null -> fs.getFile() + ": " + fs.getReason();
            case FileSystemException fs -> fs.getFile() + ": cannot be written";
            case IOException io -> firstLine(io);
            default -> firstLine(rootCause(e));
        };
    }

    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts the application for a command; a failed start is told in one line ({@code prefix} +
     * why) and gives an empty result.
     */
    public static Optional<ConfigurableApplicationContext> start(Supplier<ConfigurableApplicationContext> startSpring,
                                                                 String prefix, java.io.PrintStream err) {
        try {
            return Optional.of(startSpring.get());
        } catch (RuntimeException e) {
            err.println(prefix + (causedBy(e, SQLException.class) ? "cannot open the database: " : "cannot start: ")
                    + firstLine(rootCause(e)));
            return Optional.empty();
        }
    }
}
