package org.factdesk.common.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A command-line tool that works on the database and that a running FactDesk carries out on the
 * command line's behalf (the embedded database belongs to one process at a time). A Spring bean;
 * the command channel finds it by {@link #name()}.
 *
 * @see <a href="../../../../../../../docs/adr/0010-embedded-database-and-command-channel.md">ADR 10</a>
 */
public interface LocalCommand {

    /** The first word on the command line, e.g. {@code export}. */
    String name();

    /**
     * Runs the command and returns its exit code. Relative paths in {@code args} are resolved
     * against {@code workingDirectory} (the caller's, not the app's); {@code out} and {@code err}
     * are the caller's standard output and error.
     */
    int run(List<String> args, Path workingDirectory, PrintStream out, PrintStream err);

    /**
     * Runs the command with the bytes the command line sent along (a file it read itself, so the app
     * never opens a path on its behalf); null when it sent none. Commands that take no input refuse one.
     */
    default int run(List<String> args, Path workingDirectory, byte[] attachment, PrintStream out, PrintStream err) {
        if (attachment != null) {
            err.println("factdesk " + name() + ": takes no file from the command line");
            return 2;
        }
        return run(args, workingDirectory, out, err);
    }
}
