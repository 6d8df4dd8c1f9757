package org.factdesk.revision.cli;

import org.factdesk.common.cli.LocalCommand;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code import --new-version-of} carried out by the running app for a command line on the same data directory. */
@Component
class NewVersionLocalCommand implements LocalCommand {

    private final ApplicationContext context;

    NewVersionLocalCommand(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return NewVersionCommand.CHANNEL_NAME;
    }

    @Override
    public int run(List<String> args, Path workingDirectory, PrintStream out, PrintStream err) {
        return run(args, workingDirectory, null, out, err);
    }

    /** The working directory is not used: the file comes as bytes, never as a path the app would open. */
    @Override
    public int run(List<String> args, Path workingDirectory, byte[] attachment, PrintStream out, PrintStream err) {
        return NewVersionCommand.runInApp(args, attachment, context, out, err);
    }
}
