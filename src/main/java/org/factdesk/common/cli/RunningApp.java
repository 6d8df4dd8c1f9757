package org.factdesk.common.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;

/**
 * The FactDesk running on the command line's data directory, as a command sees it: it carries out
 * one command (with the bytes of one file the command line read) and answers with the exit code, or
 * answers nothing when no app runs there, so the command opens the database itself. The operations
 * feature's command channel implements it; {@code Application} hands it to commands that may not
 * depend on operations.
 */
@FunctionalInterface
public interface RunningApp {

    /** The largest file a command line hands to the running app in one request. */
    int MAX_ATTACHMENT_BYTES = 32 * 1024 * 1024;

    /** A running app that is never there: the command works on the database itself. */
    RunningApp NONE = (command, args, attachment, out, err) -> OptionalInt.empty();

    OptionalInt run(String command, List<String> args, byte[] attachment, PrintStream out, PrintStream err);
}
