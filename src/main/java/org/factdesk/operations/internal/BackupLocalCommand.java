package org.factdesk.operations.internal;

import org.factdesk.common.cli.LocalCommand;
import org.factdesk.operations.BackupCommand;
import org.factdesk.operations.BackupService;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code backup} carried out by the running app for a command line on the same data directory. */
@Component
class BackupLocalCommand implements LocalCommand {

    private final BackupService backups;

    BackupLocalCommand(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public int run(List<String> args, Path workingDirectory, PrintStream out, PrintStream err) {
        return BackupCommand.runInApp(args, workingDirectory, backups, out, err);
    }
}
