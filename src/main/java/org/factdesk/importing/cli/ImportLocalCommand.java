package org.factdesk.importing.cli;

import org.factdesk.common.cli.LocalCommand;
import org.factdesk.importing.ImportService;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code import} carried out by the running app for a command line on the same data directory, one input at a time. */
@Component
class ImportLocalCommand implements LocalCommand {

    private final ImportService imports;
    private final org.springframework.beans.factory.ObjectProvider<org.factdesk.importing.NewVersionImport> newVersions;

    ImportLocalCommand(ImportService imports,
                       org.springframework.beans.factory.ObjectProvider<org.factdesk.importing.NewVersionImport> newVersions) {
        this.imports = imports;
        this.newVersions = newVersions;
    }

    @Override
    public String name() {
        return ImportCommand.NAME;
    }

    @Override
    public int run(List<String> args, Path workingDirectory, PrintStream out, PrintStream err) {
        return run(args, workingDirectory, null, out, err);
    }

    /** The working directory is not used: the file comes as bytes, never as a path the app would open. */
    @Override
    public int run(List<String> args, Path workingDirectory, byte[] attachment, PrintStream out, PrintStream err) {
        return ImportCommand.runInApp(args, attachment, imports, newVersions.getIfAvailable(), out, err);
    }
}
